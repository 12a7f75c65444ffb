export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target?: string;
  /** Whether the target is met; undefined when there is no target. */
  ok?: boolean;
}

/** Judges a row against a target written like "< 200 ms", "≤ 3" or ">= 21.2 (half the floor)". */
export function meetsTarget(value: number, target: string | undefined): boolean | undefined {
  const m = target ? /^(<=|>=|<|>|≤|≥)\s*([\d.]+)/.exec(target.trim()) : null;
  if (!m) return undefined;
  const limit = Number(m[2]);
  switch (m[1]) {
    case '<':
      return value < limit;
    case '>':
      return value > limit;
    case '<=':
    case '≤':
      return value <= limit;
    default:
      return value >= limit;
  }
}

/** Prints the benchmark rows as an aligned table. */
export function printTable(rows: BenchRow[]): void {
  rows = rows.map((r) => ({ ...r, ok: r.ok ?? meetsTarget(r.value, r.target) }));
  const cells = rows.map((r) => [
    r.name,
    Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(r.value < 10 ? 2 : 1),
    r.unit,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const head = ['measure', 'value', 'unit', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 1 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
