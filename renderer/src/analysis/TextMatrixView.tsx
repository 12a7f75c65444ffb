import { useId, useState } from 'react';
import type { TextMatrix, TextMatrixTemplate } from '../../../shared/api/methods/analysis-methods';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { takeTextMatrixFocus } from './analysis-focus';
import { TEMPLATE_KEYS, ratingLabel } from './analysis-labels';
import { EvidenceLinker } from './EvidenceLinker';
import { SegmentList } from './SegmentList';
import { Field } from './Field';
import './analysis.css';
import { KeyedSelect } from './KeyedSelect';
import { errorText } from '../i18n/error-text';

interface Editing {
  rowId: string;
  columnId: string;
  summary: string;
  rating: string | null;
  quotes: { sourceId: string; start: number; end: number; snippet: string }[];
  candidates: RetrievedSegment[];
}

function NewTextMatrixForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel?: () => void }) {
  const api = useApi();
  const codes = useApiData('codes.list', {}, ['codes.changed']).data ?? [];
  const attributes = (useApiData('attributes.list', {}, ['cases.changed']).data ?? []).filter((a) => a.scope === 'case');
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<TextMatrixTemplate>('checklist');
  const [codeIds, setCodeIds] = useState<string[]>([]);
  const [orderAttributeId, setOrderAttributeId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const codesLegend = useId();
  const depth = new Map<string, number>();
  for (const c of codes) depth.set(c.id, c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0);
  const toggle = (id: string, on: boolean) => setCodeIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const create = async () => {
    setError(null);
    try {
      const m = await api.call('textMatrices.create', { name, template, codeIds, ...(orderAttributeId ? { orderAttributeId } : {}) });
      setName('');
      setCodeIds([]);
      onCreated(m.id);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="analysis-card text-matrix-form" onSubmit={(e) => { e.preventDefault(); void create(); }} aria-label={t('analysis.tm.new')}>
      <h3>{t('analysis.tm.new')}</h3>
      <div className="text-matrix-form-grid">
        <div>
          <Field label={t('analysis.tm.name')}>
            <input value={name} onChange={(e) => setName(e.target.value)} required />
          </Field>
          <Field label={t('analysis.tm.template')}>
            <KeyedSelect keys={TEMPLATE_KEYS} value={template} onChange={setTemplate} />
          </Field>
          <p className="analysis-field-hint">{t(`${TEMPLATE_KEYS[template]}.hint`)}</p>
          {template === 'case-ordered' && (
            <Field label={t('analysis.tm.orderBy')}>
              <select value={orderAttributeId} onChange={(e) => setOrderAttributeId(e.target.value)} required>
                <option value="">{t('analysis.tm.chooseAttribute')}</option>
                {attributes.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
        <fieldset className="analysis-code-choice" aria-labelledby={codesLegend}>
          <legend id={codesLegend}>{t('analysis.tm.codes')}</legend>
          <div className="analysis-code-choice-list">
            {codes.map((c) => (
              <label key={c.id} className="analysis-check" style={{ paddingLeft: `${(depth.get(c.id) ?? 0) * 1.2}em` }}>
                <input type="checkbox" checked={codeIds.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                {c.name}
              </label>
            ))}
          </div>
          <p className="analysis-field-hint">{t('analysis.tm.codesChosen', { n: codeIds.length })}</p>
        </fieldset>
      </div>
      <div className="analysis-buttons">
        <button type="submit" className="primary" disabled={!name.trim() || codeIds.length === 0}>
          {t('analysis.tm.create')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('analysis.cancel')}
          </button>
        )}
      </div>
      {error && <p role="alert" className="hint">{error}</p>}
    </form>
  );
}

/** Runs of adjacent columns under the same group (the parent code of a clustered matrix). */
function columnGroups(columns: TextMatrix['columns']): { key: string; label: string; span: number }[] {
  const out: { key: string; label: string; span: number }[] = [];
  for (const c of columns) {
    const last = out[out.length - 1];
    if (last && last.label === (c.group ?? '')) last.span++;
    else out.push({ key: c.id, label: c.group ?? '', span: 1 });
  }
  return out;
}

/** Where a rating sits on its scale: the first value reads strongest, the last weakest. */
function ratingTone(scale: string[], rating: string): 'high' | 'mid' | 'low' {
  const i = scale.indexOf(rating);
  if (i <= 0 || scale.length < 2) return i === 0 ? 'high' : 'mid';
  return i === scale.length - 1 ? 'low' : 'mid';
}

function TextMatrixGrid({ matrix }: { matrix: TextMatrix }) {
  const api = useApi();
  const nav = useNavigation();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cellAt = (rowId: string, columnId: string) => matrix.cells.find((c) => c.rowId === rowId && c.columnId === columnId);
  const groups = matrix.columns.some((c) => c.group);
  const titleId = useId();

  const edit = async (rowId: string, columnId: string) => {
    const cell = cellAt(rowId, columnId);
    const candidates = await api.call('textMatrices.candidateQuotes', { matrixId: matrix.id, rowId, columnId });
    setEditing({
      rowId,
      columnId,
      summary: cell?.summary ?? '',
      rating: cell?.rating ?? null,
      quotes: (cell?.quotes ?? []).map((q) => ({ sourceId: q.sourceId, start: q.start, end: q.end, snippet: q.snippet })),
      candidates,
    });
  };
  const save = async () => {
    if (!editing) return;
    setError(null);
    try {
      await api.call('textMatrices.setCell', {
        matrixId: matrix.id,
        rowId: editing.rowId,
        columnId: editing.columnId,
        summary: editing.summary,
        rating: editing.rating,
        quotes: editing.quotes.map(({ sourceId, start, end }) => ({ sourceId, start, end })),
      });
      setEditing(null);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const hasQuote = (s: RetrievedSegment) => editing?.quotes.some((q) => q.sourceId === s.sourceId && q.start === s.start && q.end === s.end) ?? false;
  const toggleQuote = (s: RetrievedSegment) =>
    setEditing((e) =>
      e && {
        ...e,
        quotes: hasQuote(s) ? e.quotes.filter((q) => !(q.sourceId === s.sourceId && q.start === s.start && q.end === s.end)) : [...e.quotes, { sourceId: s.sourceId, start: s.start, end: s.end, snippet: s.snippet }],
      },
    );
  const rowLabel = (id: string) => matrix.rows.find((r) => r.id === id)?.label ?? '';
  const colLabel = (id: string) => matrix.columns.find((c) => c.id === id)?.label ?? '';

  return (
    <div className="text-matrix-area">
      <div className="analysis-bar">
        <h2 id={titleId} className="analysis-title">
          {matrix.name}
        </h2>
        <span className="row-meta">{t(TEMPLATE_KEYS[matrix.template])}</span>
      </div>
      <div className="analysis-table-wrap">
        <table className="text-matrix" aria-labelledby={titleId}>
          <thead>
            {groups && (
              <tr className="group-row">
                <td className="corner" />
                {columnGroups(matrix.columns).map((g) => (
                  <th key={g.key} scope="colgroup" colSpan={g.span}>
                    {g.label}
                  </th>
                ))}
              </tr>
            )}
            <tr>
              <td className="corner" />
              {matrix.columns.map((c) => (
                <th key={c.id} scope="col">
                  {c.label}
                  {c.orderValue && <div className="row-meta">{c.orderValue}</div>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.label}
                  {r.orderValue && <div className="row-meta">{r.orderValue}</div>}
                </th>
                {matrix.columns.map((c) => {
                  const cell = cellAt(r.id, c.id);
                  return (
                    <td key={c.id}>
                      <button
                        type="button"
                        aria-current={(editing?.rowId === r.id && editing.columnId === c.id) || undefined}
                        onClick={() => void edit(r.id, c.id)}
                        aria-label={t('analysis.tm.editCell', { row: r.label, column: c.label })}
                      >
                        {cell?.rating && <span className={`rating rating-${ratingTone(matrix.ratingScale, cell.rating)}`}>{ratingLabel(cell.rating)}</span>}
                        {cell?.summary ? <span className="summary">{cell.summary}</span> : <span className="placeholder" aria-hidden="true">{t('analysis.tm.addSummary')}</span>}
                        {cell && cell.quotes.length > 0 && (
                          <span className="quotes">{t(cell.quotes.length === 1 ? 'analysis.tm.quoteCount.one' : 'analysis.tm.quoteCount', { n: cell.quotes.length })}</span>
                        )}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && (
        <section className="analysis-drill text-matrix-editor" aria-label={t('analysis.tm.cellTitle', { row: rowLabel(editing.rowId), column: colLabel(editing.columnId) })}>
          <div className="analysis-drill-head">
            <h3>{t('analysis.tm.cellTitle', { row: rowLabel(editing.rowId), column: colLabel(editing.columnId) })}</h3>
            <button type="button" className="icon-button" aria-label={t('analysis.drill.close')} onClick={() => setEditing(null)}>
              ×
            </button>
          </div>
          <Field label={t('analysis.tm.summary')}>
            <textarea rows={3} value={editing.summary} onChange={(e) => setEditing({ ...editing, summary: e.target.value })} />
          </Field>
          {matrix.ratingScale.length > 0 && (
            <Field label={t('analysis.tm.rating')} className="narrow">
              <select value={editing.rating ?? ''} onChange={(e) => setEditing({ ...editing, rating: e.target.value || null })}>
                <option value="">{t('analysis.tm.noRating')}</option>
                {matrix.ratingScale.map((r) => (
                  <option key={r} value={r}>
                    {ratingLabel(r)}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <h4>{t('analysis.tm.quotes')}</h4>
          {editing.quotes.length === 0 ? (
            <p className="analysis-field-hint">{t('analysis.tm.noQuotes')}</p>
          ) : (
            <ul className="analysis-quote-list">
              {editing.quotes.map((q) => (
                <li key={`${q.sourceId}:${q.start}:${q.end}`}>
                  <button type="button" className="analysis-link" onClick={() => nav.openSegment(q.sourceId, q.start, q.end)}>
                    {q.snippet}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h4>{t('analysis.tm.candidates')}</h4>
          <SegmentList
            segments={editing.candidates}
            action={(s) => (
              <label className="analysis-check">
                <input type="checkbox" checked={hasQuote(s)} onChange={() => toggleQuote(s)} />
                {t('analysis.tm.useQuote')}
              </label>
            )}
          />
          <div className="analysis-buttons analysis-sticky-actions">
            <button type="button" className="primary" onClick={() => void save()}>
              {t('analysis.save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('analysis.cancel')}
            </button>
          </div>
          {error && <p role="alert" className="hint">{error}</p>}
          <h4>{t('analysis.evidence.link')}</h4>
          <EvidenceLinker target={{ kind: 'text-matrix-cell', matrixId: matrix.id, rowId: editing.rowId, columnId: editing.columnId }} />
        </section>
      )}
    </div>
  );
}

/**
 * Miles and Huberman's text matrices: condensed summaries in a grid, each with the quotes behind
 * it and an optional rating; templates lay out checklist, conceptually clustered, case-ordered and
 * time-ordered displays.
 */
export function TextMatrixView() {
  const api = useApi();
  const listData = useApiData('textMatrices.list', {}, ['analysis.changed']);
  const list = listData.data ?? [];
  // Evidence in the conclusions ledger opens its text matrix here.
  const [selected, setSelected] = useState<string | null>(takeTextMatrixFocus);
  const [creating, setCreating] = useState(false);
  const pickerId = useId();
  const current = list.some((m) => m.id === selected) ? selected : (list[0]?.id ?? null);
  const matrix = useApiData('textMatrices.get', current ? { id: current } : null, ['analysis.changed', 'cases.changed', 'codes.changed']);
  const summary = list.find((m) => m.id === current);
  const remove = async (id: string) => {
    await api.call('textMatrices.delete', { id });
    setSelected(null);
  };
  const none = listData.data !== undefined && list.length === 0;
  return (
    <section className="analysis-view" aria-label={t('analysis.tm.title')}>
      <div className="analysis-bar">
        {list.length > 0 && (
          <span className="analysis-inline-field">
            <label htmlFor={pickerId}>{t('analysis.tm.list')}</label>
            <select id={pickerId} value={current ?? ''} onChange={(e) => setSelected(e.target.value)}>
              {list.map((m) => (
                <option key={m.id} value={m.id}>
                  {`${m.name} (${t(TEMPLATE_KEYS[m.template])})`}
                </option>
              ))}
            </select>
          </span>
        )}
        {summary && (
          <button type="button" className="danger-text" aria-label={t('analysis.tm.delete', { name: summary.name })} onClick={() => void remove(summary.id)}>
            {t('analysis.tm.deleteShort')}
          </button>
        )}
        <span className="analysis-bar-spacer" />
        {!none && (
          <button type="button" className="primary" aria-expanded={creating} onClick={() => setCreating((c) => !c)}>
            {t('analysis.tm.new')}
          </button>
        )}
      </div>
      {none && <p className="empty analysis-empty">{t('analysis.tm.none')}</p>}
      {(creating || none) && (
        <div className="analysis-pad">
          <NewTextMatrixForm
            onCreated={(id) => {
              setSelected(id);
              setCreating(false);
            }}
            onCancel={none ? undefined : () => setCreating(false)}
          />
        </div>
      )}
      {matrix.error && <p role="alert" className="hint">{errorText(matrix.error)}</p>}
      {matrix.data && current && <TextMatrixGrid key={matrix.data.id} matrix={matrix.data} />}
    </section>
  );
}
