/**
 * Colours offered for codes: distinct in hue, dark enough for a white swatch border and light
 * enough to tint highlighted text (the document view lightens them).
 */
export const CODE_PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#3f51b5', '#009688'];

/** A colour for a new code: the first palette colour its siblings do not use yet. */
export function nextCodeColor(siblingColors: readonly string[]): string {
  const used = new Set(siblingColors.map((c) => c.toLowerCase()));
  return CODE_PALETTE.find((c) => !used.has(c)) ?? CODE_PALETTE[siblingColors.length % CODE_PALETTE.length]!;
}
