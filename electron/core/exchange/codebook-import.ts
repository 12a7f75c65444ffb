import path from 'node:path';
import type Database from 'better-sqlite3';
import type { CodebookImportReport } from '../../../shared/api/methods/exchange-methods';
import type { ParsedCodebook } from '../../../shared/exchange/codebook-entry';
import { parseCodeList } from '../../../shared/exchange/code-list';
import { errorPhrase } from '../i18n/error-phrase';
import { ImportError } from '../importers/imported-document';
import { decodeText } from '../importers/text-decoding';
import { readQdc } from './codebook-qdc';
import { readCodebookTable } from './codebook-table';
import { mergeCodebook } from './codebook-merge';
import { decodeRefiBytes } from './refi-xml';
import { readInputFile } from './output-file';

const MAX_CODEBOOK_BYTES = 25 * 1024 * 1024;

/** Reads a codebook file by its extension: .qdc, .csv/.tsv/.xlsx (a table) or .txt (a `category>>code` list). */
export async function readCodebookFile(bytes: Uint8Array, fileName: string): Promise<{ parsed: ParsedCodebook; format: CodebookImportReport['format'] }> {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.qdc') return { parsed: readQdc(decodeRefiBytes(bytes, { fileName }), fileName), format: 'qdc' };
  if (ext === '.csv' || ext === '.tsv' || ext === '.xlsx') return { parsed: await readCodebookTable(bytes, fileName), format: 'csv' };
  if (ext === '.txt') return { parsed: parseCodeList(decodeText(bytes, fileName).text, fileName), format: 'code-list' };
  throw new ImportError('unsupported-type', fileName, errorPhrase('errors.exchange.codebookType'));
}

/**
 * Reads `filePath` and merges it into the code tree in one transaction through `write` (dispatch's
 * recorded transaction); nothing is stored when reading fails.
 */
export async function importCodebookFile(
  db: Database.Database,
  filePath: string,
  coderId: string | null,
  write: <T>(fn: () => T) => T = (fn) => db.transaction(fn)(),
): Promise<CodebookImportReport> {
  const fileName = path.basename(filePath);
  const { parsed, format } = await readCodebookFile(readInputFile(filePath, MAX_CODEBOOK_BYTES), fileName);
  return write(() => mergeCodebook(db, parsed, fileName, format, coderId));
}
