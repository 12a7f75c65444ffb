/** Heat-map fill for a count cell: white at 0, the report's dark blue at the matrix's maximum. */
const LOW = [0xff, 0xff, 0xff] as const;
const HIGH = [0x1f, 0x4e, 0x79] as const;

export interface HeatFill {
  /** Hex without '#'. */
  fill: string;
  /** White text on dark fills, so the number stays readable. */
  color: string | undefined;
}

/** Linear in value / max; null for zero or no maximum (empty cells stay unshaded). */
export function heatFill(value: number, max: number): HeatFill | null {
  if (!(max > 0) || !(value > 0)) return null;
  const share = Math.min(1, value / max);
  const hex = LOW.map((lo, i) => Math.round(lo + (HIGH[i]! - lo) * share).toString(16).padStart(2, '0')).join('').toUpperCase();
  return { fill: hex, color: share > 0.5 ? 'FFFFFF' : undefined };
}
