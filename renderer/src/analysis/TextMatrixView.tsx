import { useState } from 'react';
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

interface Editing {
  rowId: string;
  columnId: string;
  summary: string;
  rating: string | null;
  quotes: { sourceId: string; start: number; end: number; snippet: string }[];
  candidates: RetrievedSegment[];
}

function NewTextMatrixForm({ onCreated }: { onCreated(id: string): void }) {
  const api = useApi();
  const codes = useApiData('codes.list', {}, ['codes.changed']).data ?? [];
  const attributes = (useApiData('attributes.list', {}, ['cases.changed']).data ?? []).filter((a) => a.scope === 'case');
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<TextMatrixTemplate>('checklist');
  const [codeIds, setCodeIds] = useState<string[]>([]);
  const [orderAttributeId, setOrderAttributeId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const depth = new Map<string, number>();
  for (const c of codes) depth.set(c.id, c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0);
  const create = async () => {
    setError(null);
    try {
      const m = await api.call('textMatrices.create', { name, template, codeIds, ...(orderAttributeId ? { orderAttributeId } : {}) });
      setName('');
      onCreated(m.id);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="analysis-card" onSubmit={(e) => { e.preventDefault(); void create(); }} aria-label={t('analysis.tm.new')}>
      <h3>{t('analysis.tm.new')}</h3>
      <Field label={t('analysis.tm.name')}>
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </Field>
      <Field label={t('analysis.tm.template')}>
        <select value={template} onChange={(e) => setTemplate(e.target.value as TextMatrixTemplate)}>
          {Object.entries(TEMPLATE_KEYS).map(([k, key]) => (
            <option key={k} value={k}>
              {t(key)}
            </option>
          ))}
        </select>
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
      <Field label={t('analysis.tm.codes')}>
        <select multiple size={Math.min(10, Math.max(3, codes.length))} value={codeIds} onChange={(e) => setCodeIds([...e.target.selectedOptions].map((o) => o.value))}>
          {codes.map((c) => (
            <option key={c.id} value={c.id}>
              {`${'\u00a0\u00a0'.repeat(depth.get(c.id) ?? 0)}${c.name}`}
            </option>
          ))}
        </select>
      </Field>
      <p className="analysis-field-hint">{t('analysis.tm.codesHint')}</p>
      <div className="analysis-buttons">
        <button type="submit" className="primary" disabled={!name.trim() || codeIds.length === 0}>
          {t('analysis.tm.create')}
        </button>
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
    <div>
      <div className="analysis-table-wrap">
        <table className="text-matrix">
          <caption>{matrix.name}</caption>
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
        <section className="analysis-card" aria-label={t('analysis.tm.cellTitle', { row: rowLabel(editing.rowId), column: colLabel(editing.columnId) })}>
          <div className="analysis-drill-head">
            <h3>{t('analysis.tm.cellTitle', { row: rowLabel(editing.rowId), column: colLabel(editing.columnId) })}</h3>
            <span className="analysis-bar-spacer" />
            <button type="button" className="icon-button" aria-label={t('analysis.drill.close')} onClick={() => setEditing(null)}>
              ×
            </button>
          </div>
          <Field label={t('analysis.tm.summary')}>
            <textarea rows={4} value={editing.summary} onChange={(e) => setEditing({ ...editing, summary: e.target.value })} />
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
            <p className="empty">{t('analysis.tm.noQuotes')}</p>
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
          <div className="analysis-buttons">
            <button type="button" className="primary" onClick={() => void save()}>
              {t('analysis.save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('analysis.cancel')}
            </button>
          </div>
          {error && <p role="alert" className="hint">{error}</p>}
          <EvidenceLinker target={{ kind: 'text-matrix-cell', matrixId: matrix.id, rowId: editing.rowId, columnId: editing.columnId }} />
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
  const list = useApiData('textMatrices.list', {}, ['analysis.changed']).data ?? [];
  // Evidence in the conclusions ledger opens its text matrix here.
  const [selected, setSelected] = useState<string | null>(takeTextMatrixFocus);
  const current = selected ?? list[0]?.id ?? null;
  const matrix = useApiData('textMatrices.get', current ? { id: current } : null, ['analysis.changed', 'cases.changed', 'codes.changed']);
  const remove = async (id: string) => {
    await api.call('textMatrices.delete', { id });
    setSelected(null);
  };
  return (
    <section className="analysis-view" aria-label={t('analysis.tm.title')}>
      <div className="analysis-split">
        <div>
          <h2 className="analysis-title">{t('analysis.tm.list')}</h2>
          {list.length === 0 && <p className="empty">{t('analysis.tm.none')}</p>}
          <ul className="analysis-item-list">
            {list.map((m) => (
              <li key={m.id} className={m.id === current ? 'current' : undefined}>
                <button type="button" className="analysis-item" aria-current={m.id === current || undefined} onClick={() => setSelected(m.id)}>
                  {m.name}
                  <span className="row-meta">{t(TEMPLATE_KEYS[m.template])}</span>
                </button>
                <button type="button" className="icon-button" aria-label={t('analysis.tm.delete', { name: m.name })} onClick={() => void remove(m.id)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <NewTextMatrixForm onCreated={setSelected} />
        </div>
        <div>
          {matrix.error && <p role="alert" className="hint">{matrix.error.message}</p>}
          {matrix.data ? <TextMatrixGrid key={matrix.data.id} matrix={matrix.data} /> : !current && <p className="analysis-placeholder">{t('analysis.tm.intro')}</p>}
        </div>
      </div>
    </section>
  );
}
