/** The colour of a code the view does not know (yet): for highlights and stripes alike. */
export const NO_CODE_COLOUR = '#888888';

/** The inline style of a coded run: the same look wherever a run is drawn. */
export interface HighlightStyle {
  backgroundImage: string;
  boxShadow: string;
  paddingBottom: string;
}

function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * Translucent layers, one per code, so overlap shows as deeper colour, plus one underline per code
 * (stacked, so the depth also shows as the number of lines). Null for uncoded text.
 */
export function highlightStyle(colors: readonly string[]): HighlightStyle | null {
  if (colors.length === 0) return null;
  return {
    backgroundImage: colors.map((c) => `linear-gradient(${withAlpha(c, 0.28)}, ${withAlpha(c, 0.28)})`).join(', '),
    boxShadow: colors.map((c, i) => `inset 0 -${(i + 1) * 2}px 0 ${c}`).join(', '),
    paddingBottom: `${Math.min(colors.length, 4) * 2 - 1}px`,
  };
}
