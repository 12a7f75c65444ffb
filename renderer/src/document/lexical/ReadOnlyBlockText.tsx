import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { RunView } from './coded-run-node';
import { createBlockEditor, setBlockRuns } from './block-editor-state';

/** Whether two runs show the same thing (same place, text, codings, colours, state). */
function sameRun(a: RunView, b: RunView): boolean {
  return (
    a === b ||
    (a.start === b.start &&
      a.end === b.end &&
      a.text === b.text &&
      a.hit === b.hit &&
      a.selected === b.selected &&
      a.title === b.title &&
      a.codingIds.join(' ') === b.codingIds.join(' ') &&
      a.colors.join(' ') === b.colors.join(' '))
  );
}

export interface ReadOnlyBlockTextProps {
  /** The block's runs, contiguous and in order. */
  runs: readonly RunView[];
  className: string;
}

function sameRuns(a: readonly RunView[], b: readonly RunView[]): boolean {
  return a === b || (a.length === b.length && a.every((r, i) => sameRun(r, b[i]!)));
}

/**
 * The text of one block, drawn by its own read-only Lexical editor whose root is this element. The
 * editor's content is rebuilt only when the runs change (a new coding, a colour, a selected coding),
 * synchronously in a layout effect, so the text is in place when the stripe layout queue
 * (stripe-layout-queue.ts) measures the rows, after all of them have been drawn.
 * React renders no children here: the element's content belongs to Lexical.
 */
function ReadOnlyBlockTextImpl({ runs, className }: ReadOnlyBlockTextProps) {
  // The first content is built before the editor has a root, so mounting draws it in one pass.
  const [editor] = useState(() => {
    const e = createBlockEditor();
    setBlockRuns(e, runs);
    return e;
  });
  const shown = useRef(runs);
  const rootRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    editor.setRootElement(rootRef.current);
    return () => editor.setRootElement(null);
  }, [editor]);

  useLayoutEffect(() => {
    if (shown.current === runs) return;
    shown.current = runs;
    setBlockRuns(editor, runs);
  }, [editor, runs]);

  return <div ref={rootRef} className={className} />;
}

export const ReadOnlyBlockText = memo(ReadOnlyBlockTextImpl, (a, b) => a.className === b.className && sameRuns(a.runs, b.runs));
