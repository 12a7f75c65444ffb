import type { OriginalPositionPolicy } from '../text/original-positions';

/**
 * How the program that wrote a REFI-QDA project counted `startPosition`/`endPosition`, read from the
 * `origin` attribute of `<Project>`. The standard says code points from 0 (ATLAS.ti, MAXQDA,
 * QualCoder and Telaah do so); real NVivo exports line up only when counted in UTF-16 code units
 * with a CRLF as 2 and the BOM not counted (see fixtures/README.md). Unknown producers get the
 * standard's counting; the importer then checks every selection against the text.
 */
export interface ProducerPolicy {
  producer: 'NVivo' | 'ATLAS.ti' | 'MAXQDA' | 'QualCoder' | 'Telaah' | 'Taguette' | 'unknown';
  positions: OriginalPositionPolicy;
  /** Human-readable, for the import report. */
  counting: string;
}

export const CODE_POINT_POLICY: OriginalPositionPolicy = { unit: 'codePoint', bomCounted: false };
export const UTF16_POLICY: OriginalPositionPolicy = { unit: 'utf16', bomCounted: false };

export function describeCounting(p: OriginalPositionPolicy): string {
  return p.unit === 'utf16'
    ? `UTF-16 code units, CRLF as 2, BOM ${p.bomCounted ? 'counted' : 'not counted'}`
    : `Unicode code points, CRLF as 2, BOM ${p.bomCounted ? 'counted' : 'not counted'}`;
}

export function producerPolicy(origin: string | undefined | null): ProducerPolicy {
  const o = (origin ?? '').toLowerCase();
  const make = (producer: ProducerPolicy['producer'], positions: OriginalPositionPolicy): ProducerPolicy => ({
    producer,
    positions,
    counting: describeCounting(positions),
  });
  if (o.includes('nvivo')) return make('NVivo', UTF16_POLICY);
  if (o.includes('atlas')) return make('ATLAS.ti', CODE_POINT_POLICY);
  if (o.includes('maxqda')) return make('MAXQDA', CODE_POINT_POLICY);
  if (o.includes('qualcoder')) return make('QualCoder', CODE_POINT_POLICY);
  if (o.includes('telaah')) return make('Telaah', CODE_POINT_POLICY);
  if (o.includes('taguette')) return make('Taguette', CODE_POINT_POLICY);
  return make('unknown', CODE_POINT_POLICY);
}

/**
 * Whether a selection's `name` (tools put the start of the quoted text there, ATLAS.ti cut with "…")
 * agrees with the text found at its positions. Whitespace runs compare equal; a name that does not
 * look like a quote (empty) says nothing, so it returns null.
 */
export function nameMatchesSnippet(name: string | undefined, snippet: string): boolean | null {
  if (!name) return null;
  const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  let n = squash(name);
  const truncated = /(…|\.\.\.)$/.test(n);
  if (truncated) n = n.replace(/(…|\.\.\.)$/, '').trimEnd();
  if (n === '') return null;
  const s = squash(snippet);
  return truncated ? s.startsWith(n) : s === n || s.startsWith(n);
}
