import { useMemo, useState } from 'react';
import type { MatrixSpecInput } from '../../../shared/api/methods/analysis-methods';
import { barChartSvg } from '../../../shared/analysis/charts/bar-chart';
import { networkSvg } from '../../../shared/analysis/charts/cooccurrence-network';
import { heatMapSvg } from '../../../shared/analysis/charts/heat-map';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { COOCCURRENCE_MODE_KEYS, MEASURE_KEYS, matrixHeading, type CooccurrenceMode } from './analysis-labels';
import { CooccurrenceModeFields } from './CooccurrenceModeFields';
import { downloadBytes } from '../api/download-bytes';
import { HeatLegend } from './HeatLegend';
import { MatrixSpecControls } from './MatrixSpecControls';
import './analysis.css';
import { errorText } from '../i18n/error-text';

type ChartKind = 'heat' | 'bars' | 'network';
const REFRESH = ['codings.changed', 'codes.changed', 'cases.changed', 'sources.changed'] as const;

/**
 * Charts drawn by the same SVG builders the Word report uses (shared/analysis/charts): a heat map
 * of any count matrix, bars of code frequencies by group, and the co-occurrence network. Each can
 * be saved as SVG or PNG (rendered by the core with resvg).
 */
export function ChartsView() {
  const api = useApi();
  const [kind, setKind] = useState<ChartKind>('heat');
  const [spec, setSpec] = useState<MatrixSpecInput>({ rows: { kind: 'cases' }, columns: { kind: 'codes' } });
  const [mode, setMode] = useState<CooccurrenceMode>('overlap');
  const [distance, setDistance] = useState(100);
  const matrix = useApiData('analysis.matrix', kind === 'network' ? null : spec, [...REFRESH]);
  const co = useApiData('analysis.cooccurrence', kind === 'network' ? { mode, distance } : null, [...REFRESH]);
  const codeList = useApiData('codes.list', {}, ['codes.changed']).data;
  const attributeList = useApiData('attributes.list', {}, ['cases.changed']).data;
  const attributes = useMemo(() => attributeList ?? [], [attributeList]);
  const codes = useMemo(() => codeList ?? [], [codeList]);
  const [message, setMessage] = useState<string | null>(null);

  const svg = useMemo(() => {
    if (kind === 'network') {
      const c = co.data;
      if (!c) return null;
      const links: { source: number; target: number; weight: number }[] = [];
      c.counts.forEach((row, a) => row.forEach((n, b) => b > a && n > 0 && links.push({ source: a, target: b, weight: n })));
      return networkSvg({ title: t('analysis.charts.networkTitle', { mode: t(COOCCURRENCE_MODE_KEYS[mode]) }), nodes: c.codes.map((x, i) => ({ label: x.label, color: x.color, size: c.counts[i]![i]! })), links });
    }
    const m = matrix.data;
    if (!m) return null;
    const title = matrixHeading(spec, attributes);
    if (kind === 'heat') return heatMapSvg({ title, rows: m.rows, columns: m.columns, values: m.values });
    const colorOf = new Map(codes.map((c) => [c.id, c.color]));
    const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
    return barChartSvg({
      title,
      groups: m.rows.map((r) => r.label),
      series: m.columns.map((c, i) => ({ label: c.label, color: colorOf.get(c.key) ?? palette[i % palette.length]! })),
      values: m.values,
      valueLabel: t(MEASURE_KEYS[m.measure]),
    });
  }, [kind, co.data, matrix.data, codes, mode, spec, attributes]);

  const save = async (format: 'svg' | 'png') => {
    if (!svg) return;
    setMessage(null);
    try {
      const r = await api.call('analysis.saveChart', { svg, format });
      downloadBytes(`${t(`analysis.charts.file.${kind}`)}.${format}`, r.base64!);
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const error = kind === 'network' ? co.error : matrix.error;
  const empty =
    kind === 'network'
      ? !!co.data && co.data.codes.length === 0
      : !!matrix.data && (matrix.data.rows.length === 0 || matrix.data.columns.length === 0);

  return (
    <section className="analysis-view" aria-label={t('analysis.charts.title')}>
      <div className="analysis-segmented" role="radiogroup" aria-label={t('analysis.charts.kind')}>
        {(['heat', 'bars', 'network'] as const).map((k) => (
          <label key={k} className={kind === k ? 'checked' : undefined}>
            <input type="radio" name="chart-kind" checked={kind === k} onChange={() => setKind(k)} />
            {t(`analysis.charts.kind.${k}`)}
          </label>
        ))}
      </div>
      {kind === 'network' ? (
        <div className="analysis-controls">
          <CooccurrenceModeFields mode={mode} distance={distance} onMode={setMode} onDistance={setDistance} />
        </div>
      ) : (
        <MatrixSpecControls spec={spec} onChange={setSpec} />
      )}
      <div className="analysis-bar">
        <span className="analysis-bar-spacer" />
        <button type="button" disabled={!svg} onClick={() => void save('svg')}>
          {t('analysis.charts.saveSvg')}
        </button>
        <button type="button" disabled={!svg} onClick={() => void save('png')}>
          {t('analysis.charts.savePng')}
        </button>
      </div>
      {(error || message) && <p role="alert" className="hint">{(error ? errorText(error) : message)}</p>}
      {/* The SVG is built by our own builders, which escape every label. */}
      {empty && <p className="empty analysis-empty">{t(kind === 'network' ? 'analysis.charts.noCooccurrence' : 'analysis.matrix.empty')}</p>}
      {svg && !empty && (
        <figure className="analysis-figure">
          <div className="analysis-chart" dangerouslySetInnerHTML={{ __html: svg }} />
          {kind === 'heat' && matrix.data && <HeatLegend values={matrix.data.values} format={(v) => (Number.isInteger(v) ? String(v) : v.toFixed(1))} />}
        </figure>
      )}
    </section>
  );
}
