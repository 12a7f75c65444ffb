import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heatMapSvg } from '../../../../shared/analysis/charts/heat-map';
import { tempDir } from '../../../support/temp-project';
import { buildSmallProject, type SmallProject } from './small-project';

let sp: SmallProject;
beforeAll(async () => {
  sp = await buildSmallProject();
});
afterAll(() => sp.project.close());

describe('matrix files', () => {
  it('CSV: header, rows with totals, totals row; code rows indented; spreadsheet formulas defused', async () => {
    await sp.project.call('cases.rename', { id: sp.cases.C, name: '=cmd' });
    const r = await sp.project
      .call('analysis.exportMatrix', { spec: { rows: { kind: 'codes' }, columns: { kind: 'cases' } }, format: 'csv' })
      .finally(() => sp.project.call('cases.rename', { id: sp.cases.C, name: 'C' }));
    const text = Buffer.from(r.base64!, 'base64').toString('utf8');
    expect(text.split('\r\n')).toEqual([
      "\uFEFFCodes × Cases: coded segments,'=cmd,A,B,Total",
      'P,0,4,1,5',
      '  C1,0,2,1,3',
      '  C2,0,2,0,2',
      'Q,1,2,1,4',
      'Total,1,5,2,8',
      '',
    ]);
    expect(r.fileName).toBe('Codes x Cases coded segments.csv');
  });

  it('XLSX: the same table, readable by a spreadsheet library, percentages kept exact', async () => {
    const file = path.join(tempDir(), 'matrix.xlsx');
    const r = await sp.project.call('analysis.exportMatrix', { spec: { normalization: 'rowPercent' }, format: 'xlsx', path: file });
    expect(r.path).toBe(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Matrix')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Cases × Codes: coded segments, % of row', 'P', 'C1', 'C2', 'Q', 'Total']);
    expect(ws.getRow(2).values).toEqual([undefined, 'A', 80, 40, 40, 40, 100]);
    expect(ws.getRow(3).getCell(2).value).toBeCloseTo(50, 10);
    expect(ws.getRow(5).getCell(1).value).toBe('Total');
  });

  it('charts are saved as SVG and rendered to PNG without a browser', async () => {
    const m = await sp.project.call('analysis.matrix', {});
    const svg = heatMapSvg({ title: m.title, rows: m.rows, columns: m.columns, values: m.values });
    const png = await sp.project.call('analysis.saveChart', { svg, format: 'png' });
    const bytes = Buffer.from(png.base64!, 'base64');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const svgWidth = Number(/width="([\d.]+)"/.exec(svg)![1]);
    expect(width).toBe(Math.ceil(svgWidth * 2));
    const out = path.join(tempDir(), 'heat.svg');
    await sp.project.call('analysis.saveChart', { svg, format: 'svg', path: out });
    expect(fs.readFileSync(out, 'utf8')).toBe(svg);
    await expect(sp.project.call('analysis.saveChart', { svg: '<html></html>', format: 'png' })).rejects.toThrow(/not an SVG document/);
  });
});
