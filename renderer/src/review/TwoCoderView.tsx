import { useId, useMemo, useState, type ReactNode } from 'react';
import type { Coding } from '../../../shared/api/methods/coding-methods';
import { buildSegments } from '../../../shared/text/segments';
import { PositionIndex } from '../../../shared/text/positions';
import { useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { errorText } from '../i18n/error-text';

interface Range {
  start: number;
  end: number;
}

/** The block's text with one coder's codings marked (code points; codings clipped to the block). */
function markedText(index: PositionIndex, block: Range, codings: readonly Coding[], codeInfo: Map<string, { name: string; color: string }>): ReactNode[] {
  const inside = codings
    .filter((c) => c.start < block.end && c.end > block.start)
    .map((c) => ({ id: c.id, codeId: c.codeId, start: Math.max(c.start, block.start), end: Math.min(c.end, block.end) }));
  const out: ReactNode[] = [];
  let at = block.start;
  for (const seg of buildSegments(inside)) {
    if (seg.start > at) out.push(index.slice(at, seg.start));
    const names = seg.codeIds.map((id) => codeInfo.get(id)?.name ?? id);
    const color = codeInfo.get(seg.codeIds[0]!)?.color ?? '#ffd54f';
    out.push(
      <mark key={seg.start} title={names.join(', ')} data-codes={names.join('|')} style={{ backgroundColor: `${color}55`, borderBottom: `2px solid ${color}` }}>
        {index.slice(seg.start, seg.end)}
      </mark>,
    );
    at = seg.end;
  }
  if (block.end > at) out.push(index.slice(at, block.end));
  return out;
}

/**
 * Two coders' codings of one document side by side, turn by turn (or paragraph by paragraph). With
 * `focus`, only the turns around that place are shown at first.
 */
export function TwoCoderView({ sourceId, coderA, coderB, focus, onClose }: { sourceId: string; coderA: string; coderB: string; focus?: Range; onClose?(): void }) {
  const source = useApiData('sources.get', { id: sourceId }, ['sources.changed']);
  const a = useApiData('codings.listBySource', { sourceId, coderIds: [coderA] }, ['codings.changed']);
  const b = useApiData('codings.listBySource', { sourceId, coderIds: [coderB] }, ['codings.changed']);
  const codes = useApiData('codes.list', {}, ['codes.changed']);
  const users = useApiData('users.list', {}, ['project.changed']);
  const [whole, setWhole] = useState(false);
  const headingId = useId();
  const codeInfo = useMemo(() => new Map((codes.data ?? []).map((c) => [c.id, { name: c.name, color: c.color }])), [codes.data]);
  const index = useMemo(() => (source.data ? new PositionIndex(source.data.text) : null), [source.data]);
  const nameOf = (id: string) => users.data?.find((u) => u.id === id)?.name ?? id;

  if (source.error) return <p role="alert">{errorText(source.error)}</p>;
  if (!source.data || !index || !a.data || !b.data) return <p className="pane-message">{t('review.loading')}</p>;
  const allBlocks: Range[] = source.data.blocks.length > 0 ? source.data.blocks.filter((bl) => bl.end > bl.start) : [{ start: 0, end: index.length }];
  let blocks = allBlocks;
  if (focus && !whole) {
    const hit = allBlocks.map((bl, i) => (bl.start < focus.end && bl.end > focus.start ? i : -1)).filter((i) => i >= 0);
    if (hit.length > 0) blocks = allBlocks.slice(Math.max(0, hit[0]! - 1), hit[hit.length - 1]! + 2);
  }
  const speakers = source.data.blocks;
  return (
    <section className="two-coder-view" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('review.sideBySide.title', { source: source.data.name, a: nameOf(coderA), b: nameOf(coderB) })}</h3>
      <div className="two-coder-actions">
        {focus ? (
          <button type="button" onClick={() => setWhole((w) => !w)}>
            {t(whole ? 'review.sideBySide.aroundPlace' : 'review.sideBySide.whole')}
          </button>
        ) : null}
        {onClose ? (
          <button type="button" onClick={onClose}>
            {t('review.close')}
          </button>
        ) : null}
      </div>
      <table className="two-coder-table">
        <thead>
          <tr>
            <th scope="col">{t('review.sideBySide.speaker')}</th>
            <th scope="col">{nameOf(coderA)}</th>
            <th scope="col">{nameOf(coderB)}</th>
          </tr>
        </thead>
        <tbody>
          {blocks.map((bl) => {
            const focused = focus && bl.start < focus.end && bl.end > focus.start;
            return (
              <tr key={bl.start} className={focused ? 'focused' : undefined}>
                <th scope="row">{speakers.find((s) => s.start === bl.start)?.speaker ?? ''}</th>
                <td data-coder="a">{markedText(index, bl, a.data!, codeInfo)}</td>
                <td data-coder="b">{markedText(index, bl, b.data!, codeInfo)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
