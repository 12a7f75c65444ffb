import type { Code } from '../../../shared/api/methods/code-methods';

/**
 * The codebook as a tree, and the moves the tree allows. Pure functions over the flat code list
 * from codes.list; a "placement" is what codes.move takes: the new parent and the index among the
 * new siblings *with the moved code left out* (that is how the core counts).
 */
export interface CodeNode {
  code: Code;
  children: CodeNode[];
  depth: number;
  /** Codings of this code and all its subcodes. */
  totalCodings: number;
}

export interface Placement {
  parentId: string | null;
  index: number;
}

const bySortKey = (a: Code, b: Code) => a.sortKey - b.sortKey || a.name.localeCompare(b.name);

/** Children of each parent (null: top level), ordered by sort key. */
export function childrenByParent(codes: readonly Code[]): Map<string | null, Code[]> {
  const known = new Set(codes.map((c) => c.id));
  const map = new Map<string | null, Code[]>();
  for (const code of codes) {
    // A code whose parent is missing (should not happen) is shown at the top rather than lost.
    const parent = code.parentId !== null && known.has(code.parentId) ? code.parentId : null;
    const list = map.get(parent) ?? [];
    list.push(code);
    map.set(parent, list);
  }
  for (const list of map.values()) list.sort(bySortKey);
  return map;
}

export function buildCodeTree(codes: readonly Code[]): CodeNode[] {
  const children = childrenByParent(codes);
  const build = (parent: string | null, depth: number): CodeNode[] =>
    (children.get(parent) ?? []).map((code) => {
      const kids = build(code.id, depth + 1);
      return { code, children: kids, depth, totalCodings: code.codingCount + kids.reduce((n, k) => n + k.totalCodings, 0) };
    });
  return build(null, 0);
}

export interface TreeRow {
  node: CodeNode;
  expanded: boolean;
  /** Position among its siblings, for aria-posinset/aria-setsize. */
  index: number;
  siblingCount: number;
}

/**
 * The rows on screen: every code whose ancestors are all expanded, in tree order. With a filter,
 * codes whose name matches (case-insensitive) and their ancestors, all expanded.
 */
export function visibleRows(tree: readonly CodeNode[], expanded: ReadonlySet<string>, filter = ''): TreeRow[] {
  const needle = filter.trim().toLocaleLowerCase();
  const rows: TreeRow[] = [];
  const matches = (n: CodeNode): boolean => n.code.name.toLocaleLowerCase().includes(needle) || n.children.some(matches);
  const walk = (nodes: readonly CodeNode[]) => {
    const shown = needle ? nodes.filter(matches) : nodes;
    shown.forEach((node, index) => {
      const open = needle ? node.children.some(matches) : expanded.has(node.code.id);
      rows.push({ node, expanded: open, index, siblingCount: shown.length });
      if (open) walk(node.children);
    });
  };
  walk(tree);
  return rows;
}

/** Ids of the code and all its subcodes. */
export function subtreeIds(codes: readonly Code[], id: string): Set<string> {
  const children = childrenByParent(codes);
  const out = new Set<string>();
  const walk = (at: string) => {
    out.add(at);
    for (const c of children.get(at) ?? []) walk(c.id);
  };
  walk(id);
  return out;
}

function siblingsOf(codes: readonly Code[], id: string): { parentId: string | null; siblings: Code[]; index: number } | null {
  const code = codes.find((c) => c.id === id);
  if (!code) return null;
  const children = childrenByParent(codes);
  const known = new Set(codes.map((c) => c.id));
  const parentId = code.parentId !== null && known.has(code.parentId) ? code.parentId : null;
  const siblings = children.get(parentId) ?? [];
  return { parentId, siblings, index: siblings.findIndex((s) => s.id === id) };
}

/** One place up among its siblings (Alt+Up); null at the top. */
export function moveUp(codes: readonly Code[], id: string): Placement | null {
  const s = siblingsOf(codes, id);
  if (!s || s.index <= 0) return null;
  return { parentId: s.parentId, index: s.index - 1 };
}

/** One place down among its siblings (Alt+Down); null at the bottom. */
export function moveDown(codes: readonly Code[], id: string): Placement | null {
  const s = siblingsOf(codes, id);
  if (!s || s.index < 0 || s.index >= s.siblings.length - 1) return null;
  return { parentId: s.parentId, index: s.index + 1 };
}

/** Nest under the previous sibling, as its last subcode (Alt+Right); null for a first child. */
export function indent(codes: readonly Code[], id: string): Placement | null {
  const s = siblingsOf(codes, id);
  if (!s || s.index <= 0) return null;
  const newParent = s.siblings[s.index - 1]!;
  const count = (childrenByParent(codes).get(newParent.id) ?? []).length;
  return { parentId: newParent.id, index: count };
}

/** Out of its parent, placed right after it (Alt+Left); null at the top level. */
export function outdent(codes: readonly Code[], id: string): Placement | null {
  const s = siblingsOf(codes, id);
  if (!s || s.parentId === null) return null;
  const parent = siblingsOf(codes, s.parentId);
  if (!parent) return null;
  return { parentId: parent.parentId, index: parent.index + 1 };
}

export type DropPosition = 'before' | 'after' | 'inside';

/**
 * Where a code dropped on `targetId` goes: before or after it among its siblings, or inside it as
 * its last subcode. Null when the drop would put a code inside itself or change nothing.
 */
export function dropPlacement(codes: readonly Code[], draggedId: string, targetId: string, position: DropPosition): Placement | null {
  if (subtreeIds(codes, draggedId).has(targetId)) return null;
  const target = siblingsOf(codes, targetId);
  const dragged = siblingsOf(codes, draggedId);
  if (!target || !dragged) return null;
  let placement: Placement;
  if (position === 'inside') {
    const kids = (childrenByParent(codes).get(targetId) ?? []).filter((c) => c.id !== draggedId);
    placement = { parentId: targetId, index: kids.length };
  } else {
    const without = target.siblings.filter((c) => c.id !== draggedId);
    const at = without.findIndex((c) => c.id === targetId);
    placement = { parentId: target.parentId, index: position === 'before' ? at : at + 1 };
  }
  if (placement.parentId === dragged.parentId && placement.index === dragged.index) return null;
  return placement;
}

/** Which part of a row the pointer is over: top quarter before, bottom quarter after, else inside. */
export function dropPositionAt(offsetY: number, height: number): DropPosition {
  if (offsetY < height * 0.25) return 'before';
  if (offsetY > height * 0.75) return 'after';
  return 'inside';
}
