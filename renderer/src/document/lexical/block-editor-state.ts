import { $createParagraphNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import type { Code } from '../../../../shared/api/methods/code-methods';
import type { Coding } from '../../../../shared/api/methods/coding-methods';
import type { Run } from '../document-layout';
import { $createCodedRunNode, CodedRunNode, type RunView } from './coded-run-node';
import { NO_CODE_COLOUR } from './highlight-style';

/** What turning layout runs into run views needs to know. */
export interface RunViewContext {
  codings: ReadonlyMap<string, Coding>;
  codes: ReadonlyMap<string, Code>;
  coderNames: ReadonlyMap<string, string>;
  selectedCodingId: string | null;
}


/** The runs of one block, with the colours, selection state and hover text each shows. */
export function toRunViews(runs: readonly Run[], ctx: RunViewContext): RunView[] {
  return runs.map((run) => {
    const title =
      run.codingIds.length === 0
        ? null
        : run.codingIds
            .map((id) => ctx.codings.get(id))
            .filter((c): c is Coding => !!c)
            .map((c) => `${ctx.codes.get(c.codeId)?.name ?? '?'} (${ctx.coderNames.get(c.coderId) ?? '?'})`)
            .join('\n');
    return {
      start: run.start,
      end: run.end,
      text: run.text,
      codingIds: run.codingIds,
      colors: run.codeIds.map((id) => ctx.codes.get(id)?.color ?? NO_CODE_COLOUR),
      hit: run.hit,
      selected: ctx.selectedCodingId !== null && run.codingIds.includes(ctx.selectedCodingId),
      title,
    };
  });
}

/** Class names the block editor gives the elements Lexical draws. */
export const BLOCK_EDITOR_THEME = { paragraph: 'doc-paragraph' } as const;

/**
 * A read-only Lexical editor for the text of one block. Not editable: Lexical never moves the DOM
 * selection of a read-only editor, so a selection spanning several rows (several editors) stays the
 * browser's own, and dom-positions.ts reads it.
 */
export function createBlockEditor(): LexicalEditor {
  return createEditor({
    namespace: 'telaah-document-block',
    editable: false,
    nodes: [CodedRunNode],
    theme: BLOCK_EDITOR_THEME,
    onError: (error) => {
      throw error;
    },
  });
}

/**
 * Replaces the editor's content with one paragraph holding one CodedRunNode per run, in order.
 * Inside an update. Runs must be contiguous ([start, end) of each run ends where the next starts),
 * as layoutBlocks makes them; an empty block is an empty paragraph.
 */
export function $setBlockRuns(runs: readonly RunView[]): void {
  const root = $getRoot();
  root.clear();
  const paragraph = $createParagraphNode();
  for (const run of runs) if (run.text.length > 0) paragraph.append($createCodedRunNode(run));
  root.append(paragraph);
}

/** Shows `runs` in the editor now (the DOM is up to date when this returns, so it can be measured). */
export function setBlockRuns(editor: LexicalEditor, runs: readonly RunView[]): void {
  editor.update(() => $setBlockRuns(runs), { discrete: true });
}
