/**
 * First index in ascending `arr` whose value is >= `x` (arr.length if none); equivalently, how many
 * values are < `x`. Used by the position, word and segment indexes.
 */
export function lowerBound(arr: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
