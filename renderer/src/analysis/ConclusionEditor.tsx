import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot, type EditorState } from 'lexical';
import { t } from '../i18n/i18n';

export interface ConclusionEditorProps {
  /** Lexical JSON to start from ('' for a new conclusion). Remount (key) to load another. */
  initialJson: string;
  onChange(contentJson: string, plainText: string): void;
}

/** The rich text of a conclusion, stored as Lexical JSON with its plain text (for search and reports). */
export function ConclusionEditor({ initialJson, onChange }: ConclusionEditorProps) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'telaah-conclusion',
        editorState: initialJson || undefined,
        onError: (err) => {
          throw err;
        },
      }}
    >
      <RichTextPlugin
        contentEditable={<ContentEditable className="conclusion-editor" aria-label={t('analysis.conclusion.text')} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <OnChangePlugin
        ignoreSelectionChange
        onChange={(state: EditorState) => onChange(JSON.stringify(state.toJSON()), state.read(() => $getRoot().getTextContent()))}
      />
    </LexicalComposer>
  );
}
