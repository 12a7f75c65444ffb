import { codePointLength } from '../../../shared/text/code-points';

/**
 * Maps DOM selection points in the document view to code points of the source's canonical text.
 *
 * The view marks its DOM so that this needs no global text scan:
 * - every block row is `.doc-block` with `data-body-start` (first code point of its text, after
 *   the speaker label), `data-end` (end of the block) and `data-prev-end` (end of the previous
 *   block, or its own body start for the first one);
 * - its text lives in `.doc-block-text` (the root of the block's read-only Lexical editor, which
 *   draws a paragraph inside it); every run of text in there is a `span[data-s]` (a CodedRunNode)
 *   whose attribute is the code point where that run starts (runs never split a surrogate pair,
 *   since they are cut at code-point positions), holding the run's text as one DOM text node.
 * Speaker labels and timestamps sit outside `.doc-block-text` and are never part of a selection.
 */

function numberAttr(el: Element, name: string): number {
  const v = Number(el.getAttribute(name));
  if (!Number.isFinite(v)) throw new Error(`document view element lacks ${name}`);
  return v;
}

/** The start of the first run at or after child `offset` of `el`, looking no further than `box`. */
function runStartAtOrAfter(box: Element, el: Element, offset: number): number | null {
  let parent: Node = el;
  let from = offset;
  for (;;) {
    for (let k = from; k < parent.childNodes.length; k++) {
      const child = parent.childNodes[k]!;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const run = (child as Element).matches('[data-s]') ? (child as Element) : (child as Element).querySelector('[data-s]');
      if (run) return numberAttr(run, 'data-s');
    }
    const up: Node | null = parent.parentNode;
    if (parent === box || !up) return null;
    from = Array.prototype.indexOf.call(up.childNodes, parent) + 1;
    parent = up;
  }
}

/** The code point a DOM point (node, offset) stands for; `edge` says whether it starts or ends a range. */
export function domPointToCodePoint(node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  if (!el) return null;
  const row = el.closest('.doc-block');
  if (!row) return null;
  const textBox = row.querySelector('.doc-block-text');
  if (!textBox) return null;

  if (node.nodeType === Node.TEXT_NODE) {
    const run = el.closest('[data-s]');
    if (run && textBox.contains(run)) {
      return numberAttr(run, 'data-s') + codePointLength((node as Text).data.slice(0, offset));
    }
  } else if (textBox.contains(el)) {
    const run = el.closest('[data-s]');
    if (run && textBox.contains(run)) {
      // An element point inside a run: before its first child or after its last.
      return offset === 0 ? numberAttr(run, 'data-s') : numberAttr(run, 'data-s') + codePointLength(run.textContent ?? '');
    }
    // A point between runs (in the text box or the paragraph inside it): where the next run starts,
    // or the end of the block when no run follows.
    return runStartAtOrAfter(textBox, el, offset) ?? numberAttr(row, 'data-end');
  }

  // Outside the text (speaker label, gutter, the row itself): decide by where the point lies.
  const before = textBox.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING || (node === row && offset === 0);
  if (before) return edge === 'start' ? numberAttr(row, 'data-body-start') : numberAttr(row, 'data-prev-end');
  return numberAttr(row, 'data-end');
}

/** The DOM point for code point `cp` inside a rendered block row, or null when it is not rendered. */
export function codePointToDomPoint(root: ParentNode, cp: number): { node: Node; offset: number } | null {
  const runs = root.querySelectorAll<HTMLElement>('.doc-block-text [data-s]');
  // Runs are in document order and their starts increase: binary search the last run starting at or before cp.
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (Number(runs[mid]!.dataset.s) <= cp) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const run = runs[found]!;
  const text = run.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return { node: run, offset: 0 };
  const data = (text as Text).data;
  let units = 0;
  let n = Number(run.dataset.s);
  while (n < cp && units < data.length) {
    const c = data.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < data.length ? 2 : 1;
    n++;
  }
  if (n < cp) return null;
  return { node: text, offset: units };
}
