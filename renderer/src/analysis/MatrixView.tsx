import { useEffect, useId, useRef, useState } from 'react';
import type { MatrixResult, MatrixSpecInput } from '../../../shared/api/methods/analysis-methods';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { takeMatrixCellFocus } from './analysis-focus';
import { axisLabel, formatCell, matrixHeading } from './analysis-labels';
import { downloadBytes } from '../api/download-bytes';
import { notifyError } from '../state/notifications';
import { CooccurrenceTable } from './CooccurrenceTable';
import { EvidenceLinker } from './EvidenceLinker';
import { cellShade } from './matrix-shading';
import { MatrixSpecControls } from './MatrixSpecControls';
import { groupBySelection } from './segment-groups';
import { SegmentList } from './SegmentList';
import './analysis.css';
import { errorText } from '../i18n/error-text';

interface Drill {
  rowKey: string | null;
  columnKey: string | null;
  label: string;
  segments: RetrievedSegment[];
  total: number;
}

const REFRESH = ['codings.changed', 'codes.changed', 'cases.changed', 'sources.changed'] as const;

/** "6 segments", or "6 segments, 8 codings" when passages carry several codes or coders. */
function drillCount(drill: Drill): string {
  const n = groupBySelection(drill.segments).length;
  if (drill.total === n) return t(n === 1 ? 'analysis.drill.count.one' : 'analysis.drill.count', { n });
  return t('analysis.drill.countCodings', { n, codings: drill.total });
}

/** Column classes: top-level codes start a group (a rule on their left) and read bold; subcodes do not. */
function columnClass(m: MatrixResult, j: number): string | undefined {
  const c = m.columns[j]!;
  if (c.depth === undefined) return undefined;
  return [c.depth === 0 ? 'level-0' : 'child', c.depth === 0 && j > 0 ? 'group-start' : ''].filter(Boolean).join(' ');
}

/**
 * The count matrix (default: cases × codes, coded segments). Every cell and total drills down to
 * the segments behind it, each opening its place in the text; a cell can be cited in a conclusion.
 * Headers stay in view while a wide or long matrix scrolls; cells are shaded by their value.
 */
export function MatrixView() {
  const api = useApi();
  // Evidence in the conclusions ledger opens its cell here: that matrix, drilled into that cell.
  const [focus] = useState(takeMatrixCellFocus);
  const [spec, setSpec] = useState<MatrixSpecInput>(focus?.spec ?? { rows: { kind: 'cases' }, columns: { kind: 'codes' } });
  // Codes against codes is the co-occurrence matrix, which has its own query and measures.
  const cooccurrence = spec.rows?.kind === 'codes' && spec.columns?.kind === 'codes';
  const matrix = useApiData('analysis.matrix', cooccurrence ? null : spec, [...REFRESH]);
  const m = cooccurrence ? undefined : matrix.data;
  const { error, loading } = matrix;
  const attributes = useApiData('attributes.list', {}, ['cases.changed']).data ?? [];
  const [drill, setDrill] = useState<Drill | null>(null);
  const [drillError, setDrillError] = useState<string | null>(null);
  const drillRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const normalized = (spec.normalization ?? 'none') !== 'none';
  const max = m ? Math.max(0, ...m.values.flat()) : 0;

  const focusOpened = useRef(false);
  useEffect(() => {
    if (!focus || !m || focusOpened.current) return;
    focusOpened.current = true;
    const row = m.rows.find((r) => r.key === focus.rowKey);
    const column = m.columns.find((c) => c.key === focus.columnKey);
    const label = [row?.label, column?.label].filter(Boolean).join(' × ');
    if (row || column) void open(focus.rowKey, focus.columnKey, label);
  });

  useEffect(() => {
    if (drill) drillRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [drill]);

  const open = async (rowKey: string | null, columnKey: string | null, label: string) => {
    setDrillError(null);
    try {
      const r = await api.call('analysis.cellSegments', { spec, rowKey, columnKey });
      setDrill({ rowKey, columnKey, label, segments: r.segments, total: r.total });
    } catch (err) {
      setDrillError((err as Error).message);
    }
  };
  // A failed export says why instead of failing silently.
  const save = async (format: 'csv' | 'xlsx') => {
    try {
      const r = await api.call('analysis.exportMatrix', { spec, format });
      downloadBytes(r.fileName, r.base64!);
    } catch (err) {
      notifyError(err);
    }
  };
  const isCurrent = (rowKey: string | null, columnKey: string | null) => drill !== null && drill.rowKey === rowKey && drill.columnKey === columnKey;
  const empty = m && (m.rows.length === 0 || m.columns.length === 0);

  return (
    <section className="analysis-view" aria-label={t('analysis.matrix.title')}>
      <MatrixSpecControls spec={spec} onChange={(s) => { setSpec(s); setDrill(null); }} />
      {cooccurrence && <CooccurrenceTable rollUp={spec.rollUp ?? true} />}
      {!cooccurrence && (
        <div className="analysis-bar">
          {m && (
            <h2 id={titleId} className="analysis-title">
              {matrixHeading(spec, attributes)}
            </h2>
          )}
          <span className="analysis-bar-spacer" />
          {m && <span className="row-meta">{t('analysis.matrix.stats', { codings: m.codingsConsidered, ms: m.elapsedMs })}</span>}
          <button type="button" onClick={() => void save('csv')} disabled={!m}>
            {t('analysis.export.csv')}
          </button>
          <button type="button" onClick={() => void save('xlsx')} disabled={!m}>
            {t('analysis.export.xlsx')}
          </button>
        </div>
      )}
      {error && <p role="alert" className="pane-message">{errorText(error)}</p>}
      {loading && !m && !cooccurrence && <p className="pane-message">{t('analysis.loading')}</p>}
      {m && empty && <p className="empty analysis-empty">{t('analysis.matrix.empty')}</p>}
      {m && !empty && (
        <div className="analysis-table-wrap">
          <table className="analysis-matrix" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col" className="corner">
                  <span className="corner-cols">{axisLabel(spec, 'columns', attributes)} →</span>
                  <span className="corner-rows">{axisLabel(spec, 'rows', attributes)} ↓</span>
                </th>
                {m.columns.map((c, j) => (
                  <th key={c.key} scope="col" title={c.label} className={columnClass(m, j)}>
                    <span className="col-label">{c.label}</span>
                  </th>
                ))}
                <th scope="col" className="total-col">
                  {t('analysis.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {m.rows.map((r, i) => (
                <tr key={r.key}>
                  <th scope="row" title={r.label} className={r.depth ? 'child' : undefined} style={{ paddingLeft: `${0.7 + (r.depth ?? 0) * 1.1}em` }}>
                    {r.label}
                  </th>
                  {m.columns.map((c, j) => {
                    const v = m.values[i]![j]!;
                    return (
                      <td key={c.key} className={[v === 0 ? 'zero' : '', columnClass(m, j) ?? ''].join(' ').trim() || undefined} style={{ background: cellShade(v, max) }}>
                        <button
                          type="button"
                          className="cell-button"
                          aria-current={isCurrent(r.key, c.key) || undefined}
                          aria-label={t('analysis.matrix.cellLabel', { row: r.label, column: c.label, value: formatCell(v, normalized) })}
                          onClick={() => void open(r.key, c.key, `${r.label} × ${c.label}`)}
                        >
                          {formatCell(v, normalized)}
                        </button>
                      </td>
                    );
                  })}
                  <td className="total total-col">
                    <button
                      type="button"
                      className="cell-button"
                      aria-current={isCurrent(r.key, null) || undefined}
                      aria-label={t('analysis.matrix.rowTotalLabel', { row: r.label, value: formatCell(m.rowTotals[i]!, normalized) })}
                      onClick={() => void open(r.key, null, r.label)}
                    >
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
                  <td key={c.key} className={['total', columnClass(m, j) ?? ''].join(' ').trim()}>
                    <button
                      type="button"
                      className="cell-button"
                      aria-current={isCurrent(null, c.key) || undefined}
                      aria-label={t('analysis.matrix.columnTotalLabel', { column: c.label, value: formatCell(m.columnTotals[j]!, normalized) })}
                      onClick={() => void open(null, c.key, c.label)}
                    >
                      {formatCell(m.columnTotals[j]!, normalized)}
                    </button>
                  </td>
                ))}
                <td className="total total-col grand">{formatCell(m.grandTotal, normalized)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {m && !empty && !drill && <p className="hint">{t('analysis.matrix.howTo')}</p>}
      {drillError && <p role="alert" className="hint">{drillError}</p>}
      {drill && (
        <aside ref={drillRef} className="analysis-drill" aria-label={t('analysis.drill.title', { cell: drill.label })}>
          <div className="analysis-drill-head">
            <h3>{t('analysis.drill.title', { cell: drill.label })}</h3>
            <button type="button" className="icon-button" aria-label={t('analysis.drill.close')} onClick={() => setDrill(null)}>
              ×
            </button>
          </div>
          <p className="row-meta analysis-drill-count">{drillCount(drill)}</p>
          {drill.rowKey !== null && drill.columnKey !== null && (
            <EvidenceLinker target={{ kind: 'matrix-cell', spec, rowKey: drill.rowKey, columnKey: drill.columnKey }} />
          )}
          <SegmentList segments={drill.segments} />
          {drill.segments.length < drill.total && <p className="hint">{t('analysis.drill.limited', { shown: drill.segments.length, total: drill.total })}</p>}
        </aside>
      )}
    </section>
  );
}
