/**
 * REFI-QDA gives a code one free-text `<Description>`; Telaah keeps a definition and, separately,
 * inclusion and exclusion criteria and an example. On export they are joined into one readable text,
 * each criterion in its own paragraph with an English label; on import a description is split back
 * on exactly those labels, so Telaah → REFI-QDA → Telaah keeps every field. A description written by
 * another tool without the labels stays whole as the definition.
 */
export interface CodeDefinition {
  description: string;
  inclusion: string;
  exclusion: string;
  example: string;
}

const LABELS = [
  ['inclusion', 'Inclusion criteria:'],
  ['exclusion', 'Exclusion criteria:'],
  ['example', 'Example:'],
] as const;

export function joinCodeDescription(c: CodeDefinition): string {
  const parts: string[] = [];
  if (c.description.trim() !== '') parts.push(c.description);
  for (const [key, label] of LABELS) {
    if (c[key].trim() !== '') parts.push(`${label}\n${c[key]}`);
  }
  return parts.join('\n\n');
}

export function splitCodeDescription(text: string): CodeDefinition {
  const out: CodeDefinition = { description: '', inclusion: '', exclusion: '', example: '' };
  const normalised = text.replace(/\r\n?/g, '\n');
  // Labelled sections only count at the start of a paragraph and in the order they are written.
  const pattern = /(^|\n\n)(Inclusion criteria:|Exclusion criteria:|Example:)\n/g;
  const hits: { label: string; at: number; bodyAt: number }[] = [];
  for (const m of normalised.matchAll(pattern)) {
    hits.push({ label: m[2]!, at: m.index!, bodyAt: m.index! + m[0].length });
  }
  const order = LABELS.map(([, l]) => l as string);
  let last = -1;
  const kept = hits.filter((h) => {
    const i = order.indexOf(h.label);
    if (i <= last) return false;
    last = i;
    return true;
  });
  out.description = normalised.slice(0, kept[0]?.at ?? normalised.length);
  kept.forEach((h, i) => {
    const key = LABELS.find(([, l]) => l === h.label)![0];
    out[key] = normalised.slice(h.bodyAt, kept[i + 1]?.at ?? normalised.length);
  });
  return out;
}
