import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { cellText, formatNumber, readCaseTable } from '../../../../electron/core/importers/case-table-reader';
import { ImportError } from '../../../../electron/core/importers/imported-document';
import { readFixture } from '../../../support/fixtures';
import { buildZip, deflatedZeros } from '../archive/zip-builder';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function refusal(p: Promise<unknown>): Promise<ImportError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ImportError);
  return err as ImportError;
}

describe('readCaseTable: CSV', () => {
  it('cases123.csv', async () => {
    const t = await readCaseTable(readFixture('documents', 'cases123.csv'), 'cases123.csv');
    expect(t.columns).toEqual(['case', 'Age', 'gender', 'interest']);
    expect(t.rows).toEqual([
      { case: 'ID1', Age: '20', gender: 'f', interest: 'science' },
      { case: 'ID2', Age: '22', gender: 'm', interest: 'performing arts' },
      { case: 'ID3', Age: '45', gender: 'f', interest: 'politics' },
    ]);
    expect(t.warnings).toEqual([]);
  });

  it('survey456.csv: the missing age is null, quoted commas stay in the cell', async () => {
    const t = await readCaseTable(readFixture('documents', 'survey456.csv'), 'survey456.csv');
    expect(t.columns).toEqual(['Case', 'Age', 'Gender', 'Interest', 'freetext']);
    expect(t.rows).toHaveLength(3);
    expect(t.rows[1]!.Age).toBeNull();
    expect(t.rows[1]!.Case).toBe('ID5');
    expect(t.rows[0]!.freetext).toBe(
      'I wanted to do some more studies but after leaving school and start working, I really lost the interest.',
    );
    expect(t.rows[2]!.freetext).toMatch(/^I did not enrol in any studies, even though I am retired\./);
  });

  it('detects semicolon and tab delimiters, and reads Windows-1252 bytes', async () => {
    const semi = await readCaseTable(enc('name;town\nAni;"Bandung; Jawa Barat"\n'), 'a.csv');
    expect(semi.rows).toEqual([{ name: 'Ani', town: 'Bandung; Jawa Barat' }]);
    const tab = await readCaseTable(enc('name\tage\nBudi\t30\n'), 'b.tsv');
    expect(tab.rows).toEqual([{ name: 'Budi', age: '30' }]);
    const cp1252 = new Uint8Array([...enc('name,quote\nCaf'), 0xe9, ...enc(',"'), 0x93, ...enc('hi'), 0x94, ...enc('"\n')]);
    expect((await readCaseTable(cp1252, 'c.csv')).rows).toEqual([{ name: 'Café', quote: '“hi”' }]);
  });

  it('names blank and repeated headers, warns about extra cells', async () => {
    const t = await readCaseTable(enc('id,,id\n1,2,3,4\n'), 'h.csv');
    expect(t.columns).toEqual(['id', 'Column 2', 'id (2)']);
    expect(t.rows).toEqual([{ id: '1', 'Column 2': '2', 'id (2)': '3' }]);
    expect(t.warnings.map((w) => w.english).join('\n')).toMatch(/row 2: 4 cells but 3 columns/);
  });

  it('an empty file is refused', async () => {
    expect((await refusal(readCaseTable(enc('\n\n'), 'e.csv'))).code).toBe('empty');
  });
});

describe('readCaseTable: XLSX', () => {
  it('cases456.xlsx: numbers as plain strings', async () => {
    const t = await readCaseTable(readFixture('documents', 'cases456.xlsx'), 'cases456.xlsx');
    expect(t.columns).toEqual(['case', 'Age', 'gender', 'interest']);
    expect(t.rows[0]).toEqual({ case: 'ID4', Age: '56', gender: 'f', interest: 'netball' });
    expect(t.rows).toHaveLength(3);
  });

  it('survey789.xlsx: the missing age is null, commas inside answers kept', async () => {
    const t = await readCaseTable(readFixture('documents', 'survey789.xlsx'), 'survey789.xlsx');
    expect(t.columns).toEqual(['Case', 'Age', 'Gender', 'Interest', 'Qual_hobby_opinions', 'Qual_pet_opinions']);
    expect(t.rows[1]).toMatchObject({ Case: 'ID8', Age: null, Gender: 'f', Qual_pet_opinions: 'A fish' });
    expect(t.rows[2]!.Qual_pet_opinions).toMatch(/^Cats are the best pets,soft and cute\./);
  });

  it('dates, floats, formulas and rich text from a workbook made here', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('data');
    ws.addRow(['name', 'born', 'met', 'score', 'sum', 'note']);
    ws.addRow(['Ani', new Date(Date.UTC(1990, 4, 12)), new Date(Date.UTC(2023, 4, 12, 14, 30)), 0.1 + 0.2, { formula: 'D2*2', result: 0.6000000000000001 }, { richText: [{ text: 'very ' }, { text: 'good' }] }]);
    ws.addRow([]);
    ws.addRow(['Budi', null, null, 7, null, '   ']);
    wb.addWorksheet('other');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const t = await readCaseTable(bytes, 'made.xlsx');
    expect(t.rows).toEqual([
      { name: 'Ani', born: '1990-05-12', met: '2023-05-12T14:30:00', score: '0.3', sum: '0.6', note: 'very good' },
      { name: 'Budi', born: null, met: null, score: '7', sum: null, note: null },
    ]);
    expect(t.warnings.map((w) => w.english)).toEqual(['made.xlsx: only the first sheet ("data") was read; 1 other sheet was ignored']);
  });

  it('refuses a zip bomb named .xlsx before exceljs sees it', async () => {
    const zeros = await deflatedZeros(300 * 1024 * 1024);
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', stored: zeros.stored, method: 8, crc32: 0, declaredSize: 100 }]);
    expect((await refusal(readCaseTable(bomb, 'survey.xlsx'))).code).toBe('zip-bomb');
  });

  it('refuses a truncated workbook and an old .xls', async () => {
    const bytes = readFixture('documents', 'cases456.xlsx');
    expect((await refusal(readCaseTable(bytes.subarray(0, 2000), 'cases456.xlsx'))).code).toBe('corrupt');
    expect((await refusal(readCaseTable(bytes, 'old.xls'))).message).toMatch(/save the sheet as \.xlsx or \.csv/);
  });

  it('cellText and formatNumber', () => {
    expect(formatNumber(1 / 3)).toBe('0.333333333333333');
    expect(formatNumber(1234567)).toBe('1234567');
    expect(formatNumber(-2.5)).toBe('-2.5');
    expect(cellText({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBe('#N/A');
    expect(cellText(true)).toBe('TRUE');
  });
});
