import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { Block } from '../../../shared/api/methods/source-methods';
import type { Code } from '../../../shared/api/methods/code-methods';
import type { Coding } from '../../../shared/api/methods/coding-methods';
import { canonicalizeText } from '../../../shared/text/canonical';
import { PositionIndex } from '../../../shared/text/positions';
import { BlockRow, type RowContext } from '../../../renderer/src/document/BlockRow';
import { layoutBlocks, type BlockView } from '../../../renderer/src/document/document-layout';
import { codePointToDomPoint, domPointToCodePoint } from '../../../renderer/src/document/dom-positions';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { fixturePath } from '../../support/fixtures';

// Block rows whose text is drawn by a read-only Lexical editor: the DOM the reading view relies on
// (runs as span[data-s][data-e] inside .doc-block-text), selections mapped to exact code points, and
// a change of codings redrawing only the rows whose runs changed.

const code = (id: string, name: string, color: string): Code => ({ id, name, color, parentId: null }) as unknown as Code;
const coding = (id: string, codeId: string, start: number, end: number): Coding =>
  ({ id, codeId, coderId: 'u1', sourceId: 's1', start, end, snippet: '' }) as unknown as Coding;
const codes = new Map([
  ['k1', code('k1', 'Keluarga', '#1f77b4')],
  ['k2', code('k2', 'Perjalanan', '#d62728')],
]);

function rowContext(codings: readonly Coding[], selectedCodingId: string | null = null): RowContext {
  return {
    codings: new Map(codings.map((c) => [c.id, c])),
    lanes: new Map(codings.map((c, i) => [c.id, i])),
    laneCount: codings.length,
    codes,
    coderNames: new Map([['u1', 'Ayu']]),
    selectedCodingId,
    labelWidth: '9rem',
    onSelectCoding: () => undefined,
  };
}

function Rows({ views, ctx }: { views: BlockView[]; ctx: RowContext }) {
  return (
    <div>
      {views.map((v, i) => (
        <BlockRow key={i} view={v} prevEnd={i > 0 ? views[i - 1]!.block.end : v.block.bodyStart} focused={false} rowKey={`${v.signature}/${ctx.selectedCodingId}`} ctx={ctx} />
      ))}
    </div>
  );
}

/** Paragraph blocks, one per non-empty line: "[id1] " is the speaker label, apart from the text. */
function transcriptBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let cp = 0;
  for (const line of text.split('\n')) {
    const len = [...line].length;
    const label = /^\[(id\d)\] /.exec(line);
    if (len > 0) blocks.push({ start: cp, end: cp + len, bodyStart: cp + (label ? [...label[0]].length : 0), kind: 'turn', speaker: label ? label[1]! : null, timeStartMs: null, timeEndMs: null, level: null });
    cp += len + 1;
  }
  return blocks;
}

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('a block row drawn by a read-only Lexical editor', () => {
  const text = 'A: 👩‍👩‍👧 datang ke café x\u0301.\nB: kami pulang.\n';
  const index = new PositionIndex(text);
  const blocks: Block[] = [
    { start: 0, end: 27, bodyStart: 3, kind: 'turn', speaker: 'A', timeStartMs: null, timeEndMs: null, level: null },
    { start: 28, end: 43, bodyStart: 31, kind: 'turn', speaker: 'B', timeStartMs: 61_000, timeEndMs: null, level: null },
  ];
  const codings = [coding('c1', 'k1', 3, 8), coding('c2', 'k2', 5, 35)];

  it('renders each run as a span carrying its code points, highlight and overlap depth, inside a non-editable Lexical root', async () => {
    const { container } = render(<Rows views={layoutBlocks(index, blocks, codings)} ctx={rowContext(codings, 'c1')} />);
    const boxes = container.querySelectorAll<HTMLElement>('.doc-block-text');
    expect(boxes).toHaveLength(2);
    const box = boxes[0]!;
    expect(box.dataset.lexicalEditor).toBe('true');
    expect(box.hasAttribute('contenteditable')).toBe(false);
    // One paragraph, and the speaker label is not part of the text.
    expect(box.querySelectorAll('p.doc-paragraph')).toHaveLength(1);
    expect(box.textContent).toBe('👩‍👩‍👧 datang ke café x\u0301.');
    const spans = [...box.querySelectorAll<HTMLElement>('span[data-s]')];
    expect(spans.map((s) => [s.dataset.s, s.dataset.e, s.dataset.depth ?? '', s.textContent])).toEqual([
      ['3', '5', '1', '👩‍'],
      ['5', '8', '2', '👩‍👩‍👧'.slice(3)],
      ['8', '27', '1', ' datang ke café x\u0301.'],
    ]);
    expect(spans[1]!.dataset.codingIds).toBe('c1 c2');
    expect(spans[1]!.classList.contains('doc-coded')).toBe(true);
    expect(spans[1]!.classList.contains('doc-coded-selected')).toBe(true);
    expect(spans[2]!.classList.contains('doc-coded-selected')).toBe(false);
    expect(spans[1]!.style.boxShadow).toContain('#d62728');
    expect(spans[1]!.title).toBe('Keluarga (Ayu)\nPerjalanan (Ayu)');
    // Each run's text is a single DOM text node (dom-positions counts code points in it).
    for (const s of spans) expect([...s.childNodes].map((n) => n.nodeType)).toEqual([Node.TEXT_NODE]);
    // Speaker and time sit apart from the text; the gutter holds one stripe per coding touching the row
    // (drawn after all rows are measured: by the document view, or here by a microtask).
    await Promise.resolve();
    expect(container.querySelectorAll('.doc-block-label')[1]!.textContent).toBe('B01:01');
    expect(container.querySelectorAll('.doc-gutter')[0]!.querySelectorAll('rect.stripe')).toHaveLength(2);
    expect(container.querySelectorAll('.doc-gutter')[1]!.querySelectorAll('rect.stripe')).toHaveLength(1);
  });

  it('maps points in the Lexical-drawn text to exact code points, inside an emoji family and before a combining mark', () => {
    const { container } = render(<Rows views={layoutBlocks(index, blocks, codings)} ctx={rowContext(codings)} />);
    const first = container.querySelector<HTMLElement>('.doc-block-text [data-s="5"]')!.firstChild as Text;
    // "👩‍👧" begins at code point 5; UTF-16 offset 3 is after the second woman and the ZWJ.
    expect(domPointToCodePoint(first, 3, 'start')).toBe(7);
    expect(domPointToCodePoint(first, first.data.length, 'end')).toBe(8);
    const tail = container.querySelector<HTMLElement>('.doc-block-text [data-s="8"]')!.firstChild as Text;
    const x = tail.data.indexOf('x');
    // Between "x" and its combining accent.
    expect(domPointToCodePoint(tail, x + 1, 'end')).toBe(8 + x + 1);
    expect(domPointToCodePoint(tail, tail.data.length, 'end')).toBe(27);
    // Element points at the paragraph Lexical draws: before its first run, after its last.
    const paragraph = container.querySelector('.doc-block-text p')!;
    expect(domPointToCodePoint(paragraph, 0, 'start')).toBe(3);
    expect(domPointToCodePoint(paragraph, 1, 'start')).toBe(5);
    expect(domPointToCodePoint(paragraph, paragraph.childNodes.length, 'end')).toBe(27);
    // And back: a code point to the DOM point Lexical's text holds, never inside a surrogate pair.
    expect(codePointToDomPoint(container, 7)).toEqual({ node: first, offset: 3 });
    const second = container.querySelectorAll('.doc-block-text')[1]!.querySelector<HTMLElement>('[data-s="35"]')!.firstChild as Text;
    expect(codePointToDomPoint(container, 38)).toEqual({ node: second, offset: 3 });
    // A range from the middle of the emoji in row A to the middle of row B, as a mouse drag makes it.
    const range = document.createRange();
    range.setStart(first, 3);
    range.setEnd(second, 3);
    expect([domPointToCodePoint(range.startContainer, range.startOffset, 'start'), domPointToCodePoint(range.endContainer, range.endOffset, 'end')]).toEqual([7, 38]);
  });

  it('redraws only the rows whose runs changed when a coding is added', () => {
    const view = (cs: Coding[]) => layoutBlocks(index, blocks, cs);
    const { container, rerender } = render(<Rows views={view(codings)} ctx={rowContext(codings)} />);
    const before = [...container.querySelectorAll('.doc-block-text [data-s]')];
    const added = [...codings, coding('c3', 'k1', 36, 42)];
    rerender(<Rows views={view(added)} ctx={rowContext(added)} />);
    const rows = container.querySelectorAll('.doc-block-text');
    // Row A's runs did not change: the very same DOM elements are still there.
    const rowA = [...rows[0]!.querySelectorAll('[data-s]')];
    expect(rowA).toHaveLength(3);
    rowA.forEach((el, i) => expect(el).toBe(before[i]));
    // Row B now has the new coding's run.
    expect([...rows[1]!.querySelectorAll<HTMLElement>('[data-s]')].map((s) => [s.dataset.s, s.dataset.codingIds ?? '', s.textContent])).toEqual([
      ['31', 'c2', 'kami'],
      ['35', '', ' '],
      ['36', 'c3', 'pulang'],
      ['42', '', '.'],
    ]);
    // Selecting c3 re-renders every row (the row key names the selection), but only row B's runs
    // change: row A's editor keeps its DOM, row B's marks the selected run.
    rerender(<Rows views={view(added)} ctx={rowContext(added, 'c3')} />);
    expect(rows[0]!.querySelector('[data-s]')).toBe(before[0]);
    expect(rows[1]!.querySelector('[data-s="36"]')!.classList.contains('doc-coded-selected')).toBe(true);
  });

  it('shows the new text after an edit that keeps every run where it was', () => {
    const { container, rerender } = render(<Rows views={layoutBlocks(index, blocks, codings)} ctx={rowContext(codings)} />);
    expect(container.querySelectorAll('.doc-block-text')[1]!.textContent).toBe('kami pulang.');
    // "pulang" → "pergi!" is the same length: same runs, same signatures, same row keys. Only the
    // source's text (and so its blocks, reloaded with it) are new.
    const edited = text.replace('pulang', 'pergi!');
    const editedBlocks = blocks.map((b) => ({ ...b }));
    rerender(<Rows views={layoutBlocks(new PositionIndex(edited), editedBlocks, codings)} ctx={rowContext(codings)} />);
    expect(container.querySelectorAll('.doc-block-text')[1]!.textContent).toBe('kami pergi!.');
  });
});

describe('a real transcript drawn row by row', () => {
  it('shows every turn’s text exactly, with run boundaries at the codings', () => {
    const text = canonicalizeText(readFileSync(fixturePath('documents', 'transcript.txt'), 'utf8'));
    const index = new PositionIndex(text);
    const blocks = transcriptBlocks(text);
    // "slides" wherever it occurs, coded.
    const codings: Coding[] = [];
    for (let at = text.indexOf('slides'); at >= 0; at = text.indexOf('slides', at + 1)) {
      codings.push(coding(`s${codings.length}`, 'k2', index.toCodePoint(at), index.toCodePoint(at) + 6));
    }
    expect(codings.length).toBeGreaterThanOrEqual(2);
    const { container } = render(<Rows views={layoutBlocks(index, blocks, codings)} ctx={rowContext(codings)} />);
    const boxes = [...container.querySelectorAll('.doc-block-text')];
    expect(boxes).toHaveLength(blocks.length);
    boxes.forEach((box, i) => {
      const b = blocks[i]!;
      expect(box.textContent).toBe(text.slice(index.toUtf16(b.bodyStart), index.toUtf16(b.end)));
    });
    const coded = [...container.querySelectorAll<HTMLElement>('.doc-coded')];
    expect(coded.map((s) => s.textContent)).toEqual(codings.map(() => 'slides'));
    expect(coded.map((s) => Number(s.dataset.s))).toEqual(codings.map((c) => c.start));
  });
});
