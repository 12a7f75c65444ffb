import { $applyNodeReplacement, TextNode, type EditorConfig, type LexicalUpdateJSON, type NodeKey, type SerializedTextNode, type Spread } from 'lexical';
import type { Run } from '../document-layout';
import { highlightStyle } from './highlight-style';

/**
 * One run of a block's text as the reading view shows it: code points [start, end) of the source's
 * canonical text (end exclusive), the text itself, and how it is highlighted. Runs are cut at every
 * coding and search-hit boundary (document-layout.ts), so everything here holds for the whole run.
 */
export interface RunView extends Omit<Run, 'codeIds'> {
  /** One colour per distinct code of the run's codings (#rrggbb), in code-id order. */
  colors: readonly string[];
  /** Covered by the coding the researcher has selected. */
  selected: boolean;
  /** Hover text: the codes and coders of the run's codings (null when uncoded). */
  title: string | null;
}

export type SerializedCodedRunNode = Spread<{ run: RunView }, SerializedTextNode>;

/** Writes what a run shows onto its span: the code-point attributes dom-positions.ts reads, classes, highlight. */
function decorate(dom: HTMLElement, run: RunView): void {
  // dom-positions.ts and the stripe layout rely on these: where the run starts and ends, in code points.
  dom.setAttribute('data-s', String(run.start));
  dom.setAttribute('data-e', String(run.end));
  if (run.codingIds.length > 0) {
    dom.setAttribute('data-depth', String(run.codingIds.length));
    dom.setAttribute('data-coding-ids', run.codingIds.join(' '));
    dom.classList.add('doc-coded');
  }
  if (run.hit) dom.classList.add('doc-hit');
  if (run.selected) dom.classList.add('doc-coded-selected');
  if (run.title) dom.title = run.title;
  const style = highlightStyle(run.colors);
  if (style) {
    dom.style.backgroundImage = style.backgroundImage;
    dom.style.boxShadow = style.boxShadow;
    dom.style.paddingBottom = style.paddingBottom;
  }
}

/**
 * A run of transcript text in the read-only Lexical view of a block. It is a TextNode (so Lexical
 * owns its text and DOM, and selection inside it is ordinary text selection) that never merges with
 * its neighbours: each node is exactly one run, and its span carries the run's code points.
 */
export class CodedRunNode extends TextNode {
  __run: RunView;

  static override getType(): string {
    return 'telaah-coded-run';
  }

  static override clone(node: CodedRunNode): CodedRunNode {
    return new CodedRunNode(node.__run, node.__key);
  }

  static override importJSON(serialized: SerializedCodedRunNode): CodedRunNode {
    return $createCodedRunNode(serialized.run).updateFromJSON(serialized as LexicalUpdateJSON<SerializedCodedRunNode>);
  }

  constructor(run: RunView, key?: NodeKey) {
    super(run.text, key);
    this.__run = run;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__run = prevNode.__run;
  }

  getRun(): RunView {
    return this.getLatest().__run;
  }

  override exportJSON(): SerializedCodedRunNode {
    return { ...super.exportJSON(), type: CodedRunNode.getType(), run: this.getRun() };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    decorate(dom, this.__run);
    return dom;
  }

  /** One node per run: Lexical must never join two runs, or their code-point attributes would be lost. */
  override isUnmergeable(): boolean {
    return true;
  }

  override canHaveFormat(): boolean {
    return false;
  }
}

export function $createCodedRunNode(run: RunView): CodedRunNode {
  return $applyNodeReplacement(new CodedRunNode(run));
}

export function $isCodedRunNode(node: unknown): node is CodedRunNode {
  return node instanceof CodedRunNode;
}
