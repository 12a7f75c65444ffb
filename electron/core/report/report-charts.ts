import type Database from 'better-sqlite3';
import { barChartSvg } from '../../../shared/analysis/charts/bar-chart';
import { networkSvg } from '../../../shared/analysis/charts/cooccurrence-network';
import { heatMapSvg } from '../../../shared/analysis/charts/heat-map';
import { CooccurrenceSpec } from '../../../shared/api/methods/analysis-methods';
import { runCooccurrence } from '../analysis/cooccurrence-query';
import type { ReportChart } from './report-chart-data';
import type { ReportMatrix } from './report-matrix-data';
import type { ReportTranslate } from './report-strings';

/** Heat maps larger than this (rows or columns) would not be readable on a page. */
const MAX_HEAT_MAP_SIDE = 40;
/** Bars per group in the frequency chart (top-level codes); more would not be told apart. */
const MAX_SERIES = 10;

/**
 * The charts of the report, all drawn by the shared chart builders (the same SVG the analysis view
 * saves): a heat map of every chosen count matrix, code frequencies by the first matrix's rows
 * (top-level codes as bars, in their code colours), and the network of codes whose segments overlap.
 */
export function planReportCharts(db: Database.Database, matrices: ReportMatrix[], tr: ReportTranslate, warn: (m: string) => void): ReportChart[] {
  const charts: ReportChart[] = [];
  for (const m of matrices) {
    const r = m.result;
    if (r.grandTotal === 0 || r.rows.length === 0 || r.columns.length === 0) continue;
    if (r.rows.length > MAX_HEAT_MAP_SIDE || r.columns.length > MAX_HEAT_MAP_SIDE) {
      warn(tr('report.charts.tooLarge', { title: m.title, rows: r.rows.length, columns: r.columns.length }));
      continue;
    }
    const title = tr('report.charts.heatMap', { title: m.title });
    charts.push({ title, svg: heatMapSvg({ title, rows: r.rows, columns: r.columns, values: r.values }) });
  }

  const colors = new Map((db.prepare('SELECT id, color FROM codes').all() as { id: string; color: string }[]).map((c) => [c.id, c.color]));
  const byCodes = matrices.find((m) => m.spec.columns.kind === 'codes' && m.spec.measure !== 'presence' && m.result.grandTotal > 0);
  if (byCodes) {
    const r = byCodes.result;
    const top = r.columns.map((c, j) => ({ c, j })).filter(({ c }) => (c.depth ?? 0) === 0).slice(0, MAX_SERIES);
    if (top.length > 0 && r.rows.length <= MAX_HEAT_MAP_SIDE) {
      const title = tr('report.charts.bars', { rows: byCodes.rowsLabel });
      charts.push({
        title,
        svg: barChartSvg({
          title,
          groups: r.rows.map((row) => row.label),
          series: top.map(({ c }) => ({ label: c.label, color: colors.get(c.key) ?? '#4363d8' })),
          values: r.rows.map((_, i) => top.map(({ j }) => r.values[i]![j]!)),
          valueLabel: byCodes.cellsLabel,
        }),
      });
    }
  }

  const co = runCooccurrence(db, CooccurrenceSpec.parse({ mode: 'overlap' }));
  const links: { source: number; target: number; weight: number }[] = [];
  co.counts.forEach((row, a) => row.forEach((w, b) => b > a && w > 0 && links.push({ source: a, target: b, weight: w })));
  if (links.length > 0 && co.codes.length <= 80) {
    const title = tr('report.charts.network');
    charts.push({
      title,
      svg: networkSvg({ title, nodes: co.codes.map((c, i) => ({ label: c.label, color: c.color, size: co.counts[i]![i]! })), links, seed: 7 }),
    });
  }
  return charts;
}
