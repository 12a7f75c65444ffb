import type { MatrixDimension, MatrixSpecInput } from '../../../shared/api/methods/analysis-methods';
import { GENERATING_TACTICS, TESTING_TACTICS, type Tactic } from '../../../shared/api/methods/analysis-methods';
import { t } from '../i18n/i18n';

/** Catalogue keys of the enumerations the analysis views show (resources/locales/<lang>/analysis.json). */
export const MEASURE_KEYS = {
  codings: 'analysis.measure.codings',
  sources: 'analysis.measure.sources',
  cases: 'analysis.measure.cases',
  characters: 'analysis.measure.characters',
  words: 'analysis.measure.words',
  presence: 'analysis.measure.presence',
} as const;

export const NORMALIZATION_KEYS = {
  none: 'analysis.norm.none',
  rowPercent: 'analysis.norm.rowPercent',
  columnPercent: 'analysis.norm.columnPercent',
  per1000Words: 'analysis.norm.per1000Words',
} as const;

export const DIMENSION_KEYS = {
  cases: 'analysis.dim.cases',
  sources: 'analysis.dim.sources',
  sets: 'analysis.dim.sets',
  codes: 'analysis.dim.codes',
  coders: 'analysis.dim.coders',
  attribute: 'analysis.dim.attribute',
} as const;

export const TEMPLATE_KEYS = {
  checklist: 'analysis.template.checklist',
  'conceptually-clustered': 'analysis.template.conceptuallyClustered',
  'case-ordered': 'analysis.template.caseOrdered',
  'time-ordered': 'analysis.template.timeOrdered',
  custom: 'analysis.template.custom',
} as const;

export const STATUS_KEYS = {
  draft: 'analysis.status.draft',
  verified: 'analysis.status.verified',
  rejected: 'analysis.status.rejected',
} as const;

export const COOCCURRENCE_MODE_KEYS = {
  overlap: 'analysis.co.mode.overlap',
  distance: 'analysis.co.mode.distance',
  block: 'analysis.co.mode.block',
} as const;
export type CooccurrenceMode = keyof typeof COOCCURRENCE_MODE_KEYS;

export const COOCCURRENCE_MEASURE_KEYS = {
  counts: 'analysis.co.measure.counts',
  jaccard: 'analysis.co.measure.jaccard',
  cCoefficient: 'analysis.co.measure.cCoefficient',
} as const;

export function tacticLabel(tactic: Tactic): string {
  return t(`analysis.tactic.${tactic}`);
}

export const TACTIC_GROUPS: { labelKey: string; tactics: readonly Tactic[] }[] = [
  { labelKey: 'analysis.tactics.generating', tactics: GENERATING_TACTICS },
  { labelKey: 'analysis.tactics.testing', tactics: TESTING_TACTICS },
];

/** A dimension as the value of a <select>: "cases", "codes", "attribute:<id>". */
export function dimensionValue(d: MatrixDimension): string {
  return d.kind === 'attribute' ? `attribute:${d.attributeId}` : d.kind;
}

export function parseDimension(value: string): MatrixDimension {
  if (value.startsWith('attribute:')) return { kind: 'attribute', attributeId: value.slice('attribute:'.length) };
  return { kind: value as Exclude<MatrixDimension['kind'], 'attribute'> } as MatrixDimension;
}

/** Cell figures: counts as integers, normalised values with one decimal. */
export function formatCell(value: number, normalized: boolean): string {
  return normalized ? value.toFixed(1) : String(value);
}

/**
 * A rating as shown: the default checklist scale (stored in English: strong, weak, absent) in the
 * app's language; a researcher's own scale values as they wrote them.
 */
export function ratingLabel(rating: string): string {
  const key = `analysis.rating.${rating}`;
  const label = t(key);
  return label === key ? rating : label;
}

/** The name of one axis of a matrix ("Cases", or an attribute's name such as "status"); rows default to cases, columns to codes. */
export function axisLabel(spec: MatrixSpecInput, which: 'rows' | 'columns', attributes: { id: string; name: string }[]): string {
  const dim: MatrixDimension = spec[which] ?? { kind: which === 'rows' ? 'cases' : 'codes' };
  if (dim.kind === 'attribute') return attributes.find((a) => a.id === dim.attributeId)?.name ?? t(DIMENSION_KEYS.attribute);
  return t(DIMENSION_KEYS[dim.kind]);
}

/**
 * The heading of a count matrix in the app's language, e.g. "Cases × Codes: coded segments" or
 * "Kasus × Kode: segmen berkode" (the core's own title, in English, stays in exports and evidence).
 */
export function matrixHeading(spec: MatrixSpecInput, attributes: { id: string; name: string }[]): string {
  const norm = spec.normalization ?? 'none';
  return t('analysis.heading', {
    rows: axisLabel(spec, 'rows', attributes),
    columns: axisLabel(spec, 'columns', attributes),
    measure: t(`analysis.heading.measure.${spec.measure ?? 'codings'}`),
    norm: norm === 'none' ? '' : t(`analysis.heading.norm.${norm}`),
  });
}
