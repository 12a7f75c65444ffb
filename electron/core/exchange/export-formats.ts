/**
 * Every way a project leaves Telaah as a file, by format id. `telaah export --format ID` and the
 * `exchange.export` method both dispatch through this table; a new format is one entry here.
 */
import type { ExportFormat } from './export-format';
import { buildQdc } from './codebook-qdc';
import { buildCodebookCsv } from './codebook-table';
import { exportQdpx } from './refi-project-export';
import { segmentRows, segmentsCsv, segmentsXlsx } from './segments-export';
import { writeOutputFile } from './output-file';
import { countedSummary } from './export-counts';
import { docxReportFormat, segmentsDocxFormat } from '../report/report-export-formats';

// Formats defined elsewhere should import these types from './export-format' (no cycle through here).
export type { ExportContext, ExportFormat } from './export-format';

const qdpx: ExportFormat = {
  id: 'qdpx',
  extension: '.qdpx',
  label: 'REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)',
  run: (out, { db }) => exportQdpx(db, out),
};

const qdc: ExportFormat = {
  id: 'qdc',
  extension: '.qdc',
  label: 'REFI-QDA codebook',
  run(out, { db }) {
    const { xml, codes } = buildQdc(db);
    return { path: out, format: 'qdc', bytes: writeOutputFile(out, xml), ...countedSummary({ codes }), warnings: [] };
  },
};

const codebookCsv: ExportFormat = {
  id: 'codebook-csv',
  extension: '.csv',
  label: 'Codebook as CSV (path, color, description, inclusion, exclusion, example, id, counts)',
  run(out, { db }) {
    const { csv, codes, warnings } = buildCodebookCsv(db);
    return { path: out, format: 'codebook-csv', bytes: writeOutputFile(out, csv), ...countedSummary({ codes }), warnings };
  },
};

const segmentsCsvFormat: ExportFormat = {
  id: 'csv',
  extension: '.csv',
  label: 'Coded segments as CSV (source, case, code, coder, start, end, text, created)',
  run(out, { db, options }) {
    const rows = segmentRows(db, options);
    return { path: out, format: 'csv', bytes: writeOutputFile(out, segmentsCsv(rows)), ...countedSummary({ segments: rows.length }), warnings: [] };
  },
};

const segmentsXlsxFormat: ExportFormat = {
  id: 'xlsx',
  extension: '.xlsx',
  label: 'Coded segments as an Excel workbook',
  async run(out, { db, options }) {
    const rows = segmentRows(db, options);
    const bytes = await segmentsXlsx(rows);
    return { path: out, format: 'xlsx', bytes: writeOutputFile(out, bytes), ...countedSummary({ segments: rows.length }), warnings: [] };
  },
};

export const exportFormats: Record<string, ExportFormat> = {
  qdpx,
  qdc,
  csv: segmentsCsvFormat,
  xlsx: segmentsXlsxFormat,
  'codebook-csv': codebookCsv,
  docx: docxReportFormat,
  'segments-docx': segmentsDocxFormat,
};

export function exportFormat(id: string): ExportFormat | undefined {
  return Object.prototype.hasOwnProperty.call(exportFormats, id) ? exportFormats[id] : undefined;
}
