/**
 * The code tree for matrices: display order (depth first, siblings by sort key then name) and the
 * roll-up map. With roll-up, a coding of a child also counts for every ancestor shown on the axis;
 * the engine then counts distinct segments per cell, so a segment coded with both a parent and its
 * child is one segment of the parent, not two.
 */

export interface TreeCode {
  id: string;
  parentId: string | null;
  name: string;
  sortKey: number;
}

export interface OrderedCode extends TreeCode {
  depth: number;
}

/** Codes depth first. A code whose parent is missing from the list is treated as top level. */
export function codeTreeOrder<T extends TreeCode>(codes: ReadonlyArray<T>): (T & { depth: number })[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, T[]>();
  for (const c of codes) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  for (const list of children.values()) {
    list.sort((a, b) => a.sortKey - b.sortKey || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }
  const out: (T & { depth: number })[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number): void => {
    for (const c of children.get(parent) ?? []) {
      if (seen.has(c.id)) continue; // a cycle cannot come from the store, but never loop on one
      seen.add(c.id);
      out.push({ ...c, depth });
      visit(c.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/**
 * For each code (by index in `codes`), the indices in `shown` of the members it counts for: itself
 * when shown, and with `rollUp` every shown ancestor. `shown` lists code indices in axis order.
 */
export function codeMembership(codes: ReadonlyArray<TreeCode>, shown: ReadonlyArray<number>, rollUp: boolean): number[][] {
  const indexOfId = new Map<string, number>();
  codes.forEach((c, i) => indexOfId.set(c.id, i));
  const memberOfCode = new Map<number, number>();
  shown.forEach((codeIndex, member) => memberOfCode.set(codeIndex, member));
  return codes.map((c, i) => {
    const members: number[] = [];
    const own = memberOfCode.get(i);
    if (own !== undefined) members.push(own);
    if (rollUp) {
      let parent = c.parentId;
      const guard = new Set<string>([c.id]);
      while (parent !== null && !guard.has(parent)) {
        guard.add(parent);
        const pi = indexOfId.get(parent);
        if (pi === undefined) break;
        const m = memberOfCode.get(pi);
        if (m !== undefined) members.push(m);
        parent = codes[pi]!.parentId;
      }
    }
    return members;
  });
}
