import { useState } from 'react';
import type { MatrixSpecInput } from '../../../shared/api/methods/analysis-methods';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { formatCell } from './analysis-labels';
import { downloadBase64 } from './download';
import { EvidenceLinker } from './EvidenceLinker';
import { MatrixSpecControls } from './MatrixSpecControls';
import { SegmentList } from './SegmentList';
import './analysis.css';

interface Drill {
  rowKey: string | null;
  columnKey: string | null;
  label: string;
  segments: RetrievedSegment[];
  total: number;
}

const REFRESH = ['codings.changed', 'codes.changed', 'cases.changed', 'sources.changed'] as const;

/**
 * The count matrix (default: cases × codes, coded segments). Every cell and total drills down to
 * the segments behind it, each opening its place in the text; a cell can be cited in a conclusion.
 */
export function MatrixView() {
  const api = useApi();
  const [spec, setSpec] = useState<MatrixSpecInput>({ rows: { kind: 'cases' }, columns: { kind: 'codes' } });
  const { data: m, error, loading } = useApiData('analysis.matrix', spec, [...REFRESH]);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [drillError, setDrillError] = useState<string | null>(null);
  const normalized = (spec.normalization ?? 'none') !== 'none';

  const open = async (rowKey: string | null, columnKey: string | null, label: string) => {
    setDrillError(null);
    try {
      const r = await api.call('analysis.cellSegments', { spec, rowKey, columnKey });
      setDrill({ rowKey, columnKey, label, segments: r.segments, total: r.total });
    } catch (err) {
      setDrillError((err as Error).message);
    }
  };
  const save = async (format: 'csv' | 'xlsx') => {
    const r = await api.call('analysis.exportMatrix', { spec, format });
    downloadBase64(r.base64!, r.fileName, format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  };

  return (
    <section className="analysis-view" aria-label={t('analysis.matrix.title')}>
      <MatrixSpecControls spec={spec} onChange={(s) => { setSpec(s); setDrill(null); }} />
      <div className="toolbar">
        <button type="button" onClick={() => void save('csv')} disabled={!m}>
          {t('analysis.export.csv')}
        </button>
        <button type="button" onClick={() => void save('xlsx')} disabled={!m}>
          {t('analysis.export.xlsx')}
        </button>
        {m && <span className="hint">{t('analysis.matrix.stats', { codings: m.codingsConsidered, ms: m.elapsedMs })}</span>}
      </div>
      {error && <p role="alert" className="pane-message">{error.message}</p>}
      {loading && !m && <p className="pane-message">{t('analysis.loading')}</p>}
      {m && (
        <div className="analysis-table-wrap">
          <table className="analysis-matrix">
            <caption>{m.title}</caption>
            <thead>
              <tr>
                <th scope="col" />
                {m.columns.map((c) => (
                  <th key={c.key} scope="col" title={c.label}>
                    {c.label}
                  </th>
                ))}
                <th scope="col">{t('analysis.total')}</th>
              </tr>
            </thead>
            <tbody>
              {m.rows.map((r, i) => (
                <tr key={r.key}>
                  <th scope="row" style={{ paddingLeft: `${0.5 + (r.depth ?? 0)}em` }}>
                    {r.label}
                  </th>
                  {m.columns.map((c, j) => {
                    const v = m.values[i]![j]!;
                    const selected = drill?.rowKey === r.key && drill?.columnKey === c.key;
                    return (
                      <td key={c.key} className={v === 0 ? 'zero' : undefined} aria-selected={selected}>
                        <button
                          type="button"
                          className="cell-button"
                          aria-label={t('analysis.matrix.cellLabel', { row: r.label, column: c.label, value: formatCell(v, normalized) })}
                          onClick={() => void open(r.key, c.key, `${r.label} × ${c.label}`)}
                        >
                          {formatCell(v, normalized)}
                        </button>
                      </td>
                    );
                  })}
                  <td className="total">
                    <button type="button" className="cell-button" onClick={() => void open(r.key, null, r.label)}>
                      {formatCell(m.rowTotals[i]!, normalized)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('analysis.total')}</th>
                {m.columns.map((c, j) => (
                  <td key={c.key} className="total">
                    <button type="button" className="cell-button" onClick={() => void open(null, c.key, c.label)}>
                      {formatCell(m.columnTotals[j]!, normalized)}
                    </button>
                  </td>
                ))}
                <td className="total">{formatCell(m.grandTotal, normalized)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {drillError && <p role="alert" className="hint">{drillError}</p>}
      {drill && (
        <aside className="analysis-drill" aria-label={t('analysis.drill.title', { cell: drill.label })}>
          <h3>{t('analysis.drill.title', { cell: drill.label })}</h3>
          <p className="hint">{t('analysis.drill.count', { n: drill.total })}</p>
          {drill.rowKey !== null && drill.columnKey !== null && (
            <EvidenceLinker target={{ kind: 'matrix-cell', spec, rowKey: drill.rowKey, columnKey: drill.columnKey }} />
          )}
          <SegmentList segments={drill.segments} />
        </aside>
      )}
    </section>
  );
}
