/**
 * The background of a count-matrix cell: the app's accent blue, from clear (0) to 30 % opacity at
 * the largest value, so patterns show at a glance while the dark text keeps a contrast above 7:1
 * on every shade. Zero and negative values stay unshaded.
 */
export function cellShade(value: number, max: number): string | undefined {
  if (!(value > 0) || !(max > 0)) return undefined;
  const alpha = 0.05 + 0.25 * Math.min(1, value / max);
  return `rgba(35, 57, 93, ${alpha.toFixed(3)})`;
}
