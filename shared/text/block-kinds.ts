/** The kinds of block a source's text is read in: the one list, used by the importers, the store and the API schema. */
export const BLOCK_KINDS = ['paragraph', 'heading', 'list-item', 'table-row', 'turn', 'cue', 'note', 'page'] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];

const KINDS: ReadonlySet<string> = new Set(BLOCK_KINDS);

export function isBlockKind(value: unknown): value is BlockKind {
  return typeof value === 'string' && KINDS.has(value);
}
