import { describe, expect, it } from 'vitest';
import { domPointToCodePoint, codePointToDomPoint } from '../../../renderer/src/document/dom-positions';

/** Two rows as the document view renders them: label apart, text in runs carrying code points. */
function render(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `
    <div class="doc-block" data-body-start="3" data-end="16" data-prev-end="3">
      <div class="doc-block-label"><span>A</span></div>
      <div class="doc-block-text"><span data-s="3" data-e="8">👩‍👩‍👧</span><span data-s="8" data-e="16"> datang.</span></div>
    </div>
    <div class="doc-block" data-body-start="20" data-end="32" data-prev-end="16">
      <div class="doc-block-label"><span>B</span></div>
      <div class="doc-block-text"><span data-s="20" data-e="32">kami pulang.</span></div>
    </div>`;
  document.body.append(root);
  return root;
}

describe('dom positions', () => {
  it('turns a point inside a run into code points, counting an emoji family by its code points', () => {
    const root = render();
    const emoji = root.querySelector('[data-s="3"]')!.firstChild!;
    // After the first woman (2 UTF-16 units) and the ZWJ: 2 code points in.
    expect(domPointToCodePoint(emoji, 3, 'start')).toBe(5);
    expect(domPointToCodePoint(emoji, 8, 'end')).toBe(8);
    const datang = root.querySelector('[data-s="8"]')!.firstChild!;
    expect(domPointToCodePoint(datang, 2, 'start')).toBe(10);
    root.remove();
  });

  it('never counts the speaker label: a point in it maps to the text around it', () => {
    const root = render();
    const label = root.querySelectorAll('.doc-block-label span')[1]!.firstChild!;
    expect(domPointToCodePoint(label, 0, 'start')).toBe(20);
    // A selection ending in the next row's label ends at the end of the previous block.
    expect(domPointToCodePoint(label, 1, 'end')).toBe(16);
    root.remove();
  });

  it('finds the DOM point of a code point, never inside a surrogate pair', () => {
    const root = render();
    const p = codePointToDomPoint(root, 5)!;
    expect(p.node).toBe(root.querySelector('[data-s="3"]')!.firstChild);
    expect(p.offset).toBe(3);
    expect(codePointToDomPoint(root, 25)).toEqual({ node: root.querySelector('[data-s="20"]')!.firstChild, offset: 5 });
    expect(codePointToDomPoint(root, 1)).toBeNull();
    root.remove();
  });
});
