import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/api/methods/code-methods';
import { codeTreeRows, exportableFormats, fileSuffix, formatLabel, takesFilters, takesLanguage } from '../../../renderer/src/exchange/export-dialog-model';
import { defaultExportPath, safeFileStem, swapExtension } from '../../../renderer/src/exchange/file-names';
import { mimeTypeOf } from '../../../renderer/src/api/download-bytes';
import { setLanguage } from '../../../renderer/src/i18n/i18n';

const code = (id: string, parentId: string | null, name: string, sortKey: number): Code => ({
  id,
  parentId,
  name,
  sortKey,
  color: '#000000',
  description: '',
  inclusion: '',
  exclusion: '',
  example: '',
  codingCount: 0,
  sourceCount: 0,
});

// Listed children before parents and out of sort order, as a flat list from the API may come.
const CODES = [code('c2', 'p', 'Kedua', 2), code('g', 'c1', 'Cucu', 1), code('c1', 'p', 'Pertama', 1), code('p', null, 'Induk', 1), code('q', null, 'Lain', 2)];

describe('export dialog model', () => {
  it('orders codes as the tree, with depth and "A › B" paths', () => {
    expect(codeTreeRows(CODES).map((r) => [r.path, r.depth])).toEqual([
      ['Induk', 0],
      ['Induk › Pertama', 1],
      ['Induk › Pertama › Cucu', 2],
      ['Induk › Kedua', 1],
      ['Lain', 0],
    ]);
  });

  it('leaves the Word report to its own dialog, groups the rest, and names unknown formats by the core\'s label', () => {
    setLanguage('en');
    const formats = ['qdpx', 'qdc', 'csv', 'xlsx', 'codebook-csv', 'docx', 'segments-docx', 'future'].map((id) => ({ id, extension: `.${id}`, label: `label ${id}` }));
    expect(exportableFormats(formats).map((f) => f.id)).toEqual(['qdpx', 'qdc', 'codebook-csv', 'csv', 'xlsx', 'segments-docx', 'future']);
    expect(formatLabel({ id: 'future', extension: '.fut', label: 'Future format' })).toBe('Future format (.fut)');
    expect(formatLabel({ id: 'qdc', extension: '.qdc', label: 'x' })).toBe('REFI-QDA codebook (.qdc)');
    expect(['qdpx', 'qdc', 'codebook-csv', 'csv', 'xlsx', 'segments-docx'].filter(takesFilters)).toEqual(['csv', 'xlsx', 'segments-docx']);
    expect(takesLanguage('segments-docx')).toBe(true);
    expect(takesLanguage('csv')).toBe(false);
    expect([fileSuffix('qdpx'), fileSuffix('codebook-csv'), fileSuffix('csv')]).toEqual(['', '-codebook', '-segments']);
  });
});

describe('file names', () => {
  it('proposes ~/Telaah/<project><ext> with characters no file system takes replaced', () => {
    expect(safeFileStem('A/B: study?')).toBe('A B study');
    expect(safeFileStem(' :: ')).toBe('project');
    expect(defaultExportPath('Contoh: Tenaga honorer', '.qdpx')).toBe('~/Telaah/Contoh Tenaga honorer.qdpx');
  });

  it('swaps an extension only when the path ends with the old one', () => {
    expect(swapExtension('/x/data.CSV', '.csv', '.xlsx')).toBe('/x/data.xlsx');
    expect(swapExtension('/x/data.txt', '.csv', '.xlsx')).toBe('/x/data.txt');
  });

  it('gives downloads the MIME type of their extension', () => {
    expect(mimeTypeOf('p.qdpx')).toBe('application/zip');
    expect(mimeTypeOf('s.XLSX')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(mimeTypeOf('noext')).toBe('application/octet-stream');
  });
});
