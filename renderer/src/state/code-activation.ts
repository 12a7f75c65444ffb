import { useEffect, useRef } from 'react';
import { rememberCode } from './recent-codes';

/**
 * How a code is "activated": clicked or Enter in the codebook tree, chosen in the recent-codes bar or
 * the quick-code palette, or dropped on by dragged text. The document view registers a handler
 * that applies the code to the current text selection and returns true when it did; when no
 * handler takes it, activation only selects the code (the shell does that).
 *
 * Handlers are tried newest first, so a dialog or pane mounted later can take precedence.
 */
export type ActivationOrigin = 'tree-click' | 'tree-keyboard' | 'drop' | 'recent-bar' | 'palette';

export interface CodeActivation {
  codeId: string;
  origin: ActivationOrigin;
  /** For 'drop': the dragged text payload (see TEXT_SELECTION_MIME), when there was one. */
  droppedText?: string;
}

/** Returns true when the activation was handled (e.g. a coding was created). */
export type CodeActivationHandler = (activation: CodeActivation) => boolean | Promise<boolean>;

const handlers: CodeActivationHandler[] = [];

export function registerCodeActivationHandler(handler: CodeActivationHandler): () => void {
  handlers.push(handler);
  return () => {
    const i = handlers.lastIndexOf(handler);
    if (i >= 0) handlers.splice(i, 1);
  };
}

/**
 * Offers the activation to the registered handlers, newest first; resolves whether one took it.
 * A code that was applied goes to the front of the recent-codes list (so handlers need not).
 */
export async function activateCode(activation: CodeActivation): Promise<boolean> {
  for (const handler of [...handlers].reverse()) {
    if (await handler(activation)) {
      rememberCode(activation.codeId);
      return true;
    }
  }
  return false;
}

/** Registers `handler` while the component is mounted (the latest closure is always used). */
export function useCodeActivationHandler(handler: CodeActivationHandler): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => registerCodeActivationHandler((a) => ref.current(a)), []);
}


/**
 * Drag-and-drop payload types. Text dragged from the document carries TEXT_SELECTION_MIME (JSON of
 * a TextSelection); a code dragged within the tree carries CODE_MIME (its id).
 */
export const TEXT_SELECTION_MIME = 'application/x-telaah-selection';
export const CODE_MIME = 'application/x-telaah-code';
