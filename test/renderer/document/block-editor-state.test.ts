import { describe, expect, it } from 'vitest';
import { $getRoot, $isParagraphNode, type LexicalEditor } from 'lexical';
import type { Block } from '../../../shared/api/methods/source-methods';
import type { Code } from '../../../shared/api/methods/code-methods';
import type { Coding } from '../../../shared/api/methods/coding-methods';
import { PositionIndex } from '../../../shared/text/positions';
import { layoutBlocks } from '../../../renderer/src/document/document-layout';
import { createBlockEditor, setBlockRuns, toRunViews, type RunViewContext } from '../../../renderer/src/document/lexical/block-editor-state';
import { $isCodedRunNode, type RunView } from '../../../renderer/src/document/lexical/coded-run-node';
import { highlightStyle } from '../../../renderer/src/document/lexical/highlight-style';

// "A: 👩‍👩‍👧 datang ke café x́.\n": the family emoji is 5 code points (8 UTF-16 units), "x" + U+0301
// stays two code points (no composed form).
const text = 'A: 👩‍👩‍👧 datang ke café x\u0301.\n';
const index = new PositionIndex(text);
const block: Block = { start: 0, end: index.length - 1, bodyStart: 3, kind: 'turn', speaker: 'A', timeStartMs: null, timeEndMs: null, level: null };

const code = (id: string, name: string, color: string): Code => ({ id, name, color, parentId: null }) as unknown as Code;
const coding = (id: string, codeId: string, start: number, end: number): Coding =>
  ({ id, codeId, coderId: 'u1', sourceId: 's1', start, end, snippet: '' }) as unknown as Coding;

const codings = [coding('c1', 'k1', 3, 8), coding('c2', 'k2', 5, 20)];
const ctx: RunViewContext = {
  codings: new Map(codings.map((c) => [c.id, c])),
  codes: new Map([
    ['k1', code('k1', 'Keluarga', '#1f77b4')],
    ['k2', code('k2', 'Perjalanan', '#d62728')],
  ]),
  coderNames: new Map([['u1', 'Ayu']]),
  selectedCodingId: 'c2',
};

function runsOf(editor: LexicalEditor): { text: string; paragraphs: number; nodes: { text: string; run: RunView }[] } {
  return editor.getEditorState().read(() => {
    const root = $getRoot();
    const paragraph = root.getFirstChildOrThrow();
    if (!$isParagraphNode(paragraph)) throw new Error('the block is not one paragraph');
    return {
      text: root.getTextContent(),
      paragraphs: root.getChildrenSize(),
      nodes: paragraph.getChildren().map((n) => {
        if (!$isCodedRunNode(n)) throw new Error(`a ${n.getType()} node in the block`);
        return { text: n.getTextContent(), run: n.getRun() };
      }),
    };
  });
}

describe('toRunViews', () => {
  it('gives each run its codes’ colours, hover text and whether the selected coding covers it', () => {
    const [view] = layoutBlocks(index, [block], codings);
    const runs = toRunViews(view!.runs, ctx);
    expect(runs.map((r) => [r.text, r.codingIds.join('+'), r.colors.join('+'), r.selected])).toEqual([
      ['👩‍', 'c1', '#1f77b4', false],
      ['👩‍👧', 'c1+c2', '#1f77b4+#d62728', true],
      [' datang ke c', 'c2', '#d62728', true],
      ['afé x\u0301.', '', '', false],
    ]);
    expect(runs[1]!.title).toBe('Keluarga (Ayu)\nPerjalanan (Ayu)');
    expect(runs[3]!.title).toBeNull();
  });
});

describe('block editor state', () => {
  it('holds one paragraph with one CodedRunNode per run: the block text, cut exactly at the coding edges', () => {
    const [view] = layoutBlocks(index, [block], codings);
    const runs = toRunViews(view!.runs, ctx);
    const editor = createBlockEditor();
    expect(editor.isEditable()).toBe(false);
    setBlockRuns(editor, runs);
    const state = runsOf(editor);
    expect(state.paragraphs).toBe(1);
    expect(state.text).toBe('👩‍👩‍👧 datang ke café x\u0301.');
    // Adjacent runs never merge, so every node is one run with its own code points.
    expect(state.nodes.map((n) => [n.text, n.run.start, n.run.end])).toEqual([
      ['👩‍', 3, 5],
      ['👩‍👧', 5, 8],
      [' datang ke c', 8, 20],
      ['afé x\u0301.', 20, 27],
    ]);
    for (const n of state.nodes) expect([...n.text].length).toBe(n.run.end - n.run.start);
  });

  it('replaces the content when the runs change (a new coding), keeping the text', () => {
    const editor = createBlockEditor();
    const [before] = layoutBlocks(index, [block], codings);
    setBlockRuns(editor, toRunViews(before!.runs, ctx));
    const [after] = layoutBlocks(index, [block], [...codings, coding('c3', 'k1', 22, 26)]);
    setBlockRuns(editor, toRunViews(after!.runs, ctx));
    const state = runsOf(editor);
    expect(state.text).toBe('👩‍👩‍👧 datang ke café x\u0301.');
    expect(state.nodes.map((n) => [n.run.start, n.run.end, n.run.codingIds.join('+')])).toEqual([
      [3, 5, 'c1'],
      [5, 8, 'c1+c2'],
      [8, 20, 'c2'],
      [20, 22, ''],
      [22, 26, 'c3'],
      [26, 27, ''],
    ]);
  });

  it('an empty block is an empty paragraph', () => {
    const editor = createBlockEditor();
    setBlockRuns(editor, []);
    expect(runsOf(editor)).toEqual({ text: '', paragraphs: 1, nodes: [] });
  });
});

describe('highlightStyle', () => {
  it('layers one translucent colour and one underline per code, so overlap shows as depth', () => {
    expect(highlightStyle([])).toBeNull();
    const two = highlightStyle(['#1f77b4', '#d62728'])!;
    expect(two.backgroundImage).toBe('linear-gradient(rgba(31, 119, 180, 0.28), rgba(31, 119, 180, 0.28)), linear-gradient(rgba(214, 39, 40, 0.28), rgba(214, 39, 40, 0.28))');
    expect(two.boxShadow).toBe('inset 0 -2px 0 #1f77b4, inset 0 -4px 0 #d62728');
    expect(two.paddingBottom).toBe('3px');
  });
});
