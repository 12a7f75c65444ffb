/** A span of a source's text: code points, end exclusive. Blocks of a source are in order and do not overlap. */
export interface Span {
  start: number;
  end: number;
}

/** Index of the block whose span [start, end) holds code point `pos`, or -1 when none does (binary search). */
export function blockContaining(blocks: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (pos < b.start) hi = mid - 1;
    else if (pos >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
