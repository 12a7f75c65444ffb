import { useEffect, useRef, useState } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode, QuoteNode, $createHeadingNode } from '@lexical/rich-text';
import { ListNode, ListItemNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type EditorState, type LexicalEditor } from 'lexical';
import type { Memo, MemoTarget } from '../../../shared/api/methods/memo-methods';
import { useApi } from '../api/api-context';
import { t } from '../i18n/i18n';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_MS = 700;

const theme = {
  paragraph: 'memo-p',
  heading: { h2: 'memo-h2', h3: 'memo-h3' },
  list: { ul: 'memo-ul', ol: 'memo-ol', listitem: 'memo-li' },
  text: { bold: 'memo-bold', italic: 'memo-italic' },
};

/** Editor state for a memo: its Lexical JSON, or its plain text (memos imported from elsewhere). */
function initialState(memo: Memo | null): string | ((editor: LexicalEditor) => void) | undefined {
  if (memo?.contentJson) return memo.contentJson;
  if (memo?.plainText) {
    const text = memo.plainText;
    return () => {
      const root = $getRoot();
      for (const line of text.split('\n')) root.append($createParagraphNode().append($createTextNode(line)));
    };
  }
  return undefined;
}

function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const heading = (tag: 'h2' | 'h3') =>
    editor.update(() => {
      const sel = $getSelection();
      if ($isRangeSelection(sel)) $setBlocksType(sel, () => $createHeadingNode(tag));
    });
  const paragraph = () =>
    editor.update(() => {
      const sel = $getSelection();
      if ($isRangeSelection(sel)) $setBlocksType(sel, () => $createParagraphNode());
    });
  const keep = (e: React.MouseEvent) => e.preventDefault();
  return (
    <div className="memo-toolbar" role="toolbar" aria-label={t('memos.toolbar')}>
      <button type="button" onMouseDown={keep} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')} aria-label={t('memos.bold')} title={t('memos.bold')}>
        <b>{t('memos.boldShort')}</b>
      </button>
      <button type="button" onMouseDown={keep} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')} aria-label={t('memos.italic')} title={t('memos.italic')}>
        <i>{t('memos.italicShort')}</i>
      </button>
      <button type="button" onMouseDown={keep} onClick={() => heading('h2')}>
        {t('memos.heading')}
      </button>
      <button type="button" onMouseDown={keep} onClick={() => heading('h3')}>
        {t('memos.subheading')}
      </button>
      <button type="button" onMouseDown={keep} onClick={paragraph}>
        {t('memos.paragraph')}
      </button>
      <button type="button" onMouseDown={keep} onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        {t('memos.bullets')}
      </button>
      <button type="button" onMouseDown={keep} onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        {t('memos.numbers')}
      </button>
    </div>
  );
}

export interface MemoEditorProps {
  target: MemoTarget;
  memo: Memo | null;
  label: string;
  /** Called after each successful save with the stored memo. */
  onSaved?(memo: Memo): void;
}

/**
 * A rich-text memo (bold, italic, headings, lists) in Lexical, saved as you type: after a short pause
 * the editor's JSON and its plain text (for search) go to memos.save. The indicator says whether the
 * latest words are saved.
 */
export function MemoEditor({ target, memo, label, onSaved }: MemoEditorProps) {
  const api = useApi();
  const [state, setState] = useState<SaveState>('idle');
  const idRef = useRef<string | undefined>(memo?.id);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<EditorState | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const save = () => {
    const editorState = latest.current;
    if (!editorState) return;
    latest.current = null;
    setState('saving');
    const contentJson = JSON.stringify(editorState.toJSON());
    const plainText = editorState.read(() => $getRoot().getTextContent());
    // Saves run one after another, so the first one's id is known before the next.
    saving.current = saving.current.then(async () => {
      try {
        const saved = await api.call('memos.save', { id: idRef.current, target, title: memo?.title ?? '', contentJson, plainText });
        idRef.current = saved.id;
        if (!latest.current) setState('saved');
        onSaved?.(saved);
      } catch {
        setState('error');
      }
    });
  };

  // Flush on unmount (switching targets) so nothing typed is lost.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (latest.current) save();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const onChange = (editorState: EditorState) => {
    latest.current = editorState;
    setState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(save, AUTOSAVE_MS);
  };

  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'telaah-memo',
        theme,
        nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
        editorState: initialState(memo),
        onError: (err: Error) => {
          throw err;
        },
      }}
    >
      <div className="memo-editor">
        <Toolbar />
        <RichTextPlugin
          contentEditable={<ContentEditable className="memo-content" aria-label={label} aria-multiline="true" role="textbox" />}
          placeholder={<div className="memo-placeholder">{t('memos.placeholder')}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <OnChangePlugin onChange={onChange} ignoreSelectionChange />
        <p className={`memo-save-state memo-${state}`} role="status" aria-live="polite" data-state={state}>
          {t(`memos.state.${state}`)}
        </p>
      </div>
    </LexicalComposer>
  );
}
