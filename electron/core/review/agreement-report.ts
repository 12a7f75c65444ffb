import type Database from 'better-sqlite3';
import type { BinaryAgreementStatistics } from '../../../shared/analysis/agreement/binary-unit-statistics';
import type { BrennanPredigerKappaResult } from '../../../shared/analysis/agreement/brennan-prediger-kappa';
import type { CohenKappaResult } from '../../../shared/analysis/agreement/cohen-kappa';
import { type CodingUnitKind, characterAgreement, codingAgreement, presenceAgreement } from '../../../shared/analysis/agreement/coding-units';
import type { FleissKappaResult } from '../../../shared/analysis/agreement/fleiss-kappa';
import { STATISTIC_FORMULAS, UNIT_KIND_DESCRIPTIONS, type StatisticId } from '../../../shared/analysis/agreement/formulas';
import type { KrippendorffAlphaResult } from '../../../shared/analysis/agreement/krippendorff-alpha';
import type { PercentAgreementResult } from '../../../shared/analysis/agreement/percent-agreement';
import { AgreementInputError } from '../../../shared/analysis/agreement/reliability-data';
import type { CodeSegmentAgreement } from '../../../shared/analysis/agreement/segment-units';
import { ApiError } from '../../../shared/api/errors';
import type { AgreementReport, AgreementRow, AgreementUnit, StatisticValue } from '../../../shared/api/methods/review-methods';
import { type AgreementScope, codePaths, loadAgreementInput } from './agreement-input';

/** The API's unit names and the statistics' unit kinds. */
export const UNIT_KIND: Readonly<Record<AgreementUnit, CodingUnitKind>> = {
  characters: 'characters',
  segments: 'segments',
  'presence-source': 'sources',
  'presence-turn': 'blocks',
};

export interface AgreementOptions extends AgreementScope {
  unit: AgreementUnit;
  /** Segments only: minimum overlap share (default 0.9). */
  overlap?: number;
}

/** NaN (undefined statistic) becomes null: results are JSON. */
function num(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function percentValue(r: PercentAgreementResult): StatisticValue {
  return { statistic: 'percent-agreement', value: num(r.value), undefinedReason: r.undefinedReason, observed: num(r.value), expected: null };
}

function cohenValue(r: CohenKappaResult): StatisticValue {
  return { statistic: 'cohen-kappa', value: num(r.value), undefinedReason: r.undefinedReason, observed: num(r.observedAgreement), expected: num(r.expectedAgreement) };
}

function alphaValue(r: KrippendorffAlphaResult): StatisticValue {
  return {
    statistic: `krippendorff-alpha-${r.metric}`,
    value: num(r.value),
    undefinedReason: r.undefinedReason,
    observed: num(r.observedDisagreement),
    expected: num(r.expectedDisagreement),
  };
}

function fleissValue(r: FleissKappaResult): StatisticValue {
  return { statistic: 'fleiss-kappa', value: num(r.value), undefinedReason: r.undefinedReason, observed: num(r.observedAgreement), expected: num(r.expectedAgreement) };
}

function brennanValue(r: BrennanPredigerKappaResult): StatisticValue {
  return { statistic: 'brennan-prediger-kappa', value: num(r.value), undefinedReason: r.undefinedReason, observed: num(r.observedAgreement), expected: num(r.expectedAgreement) };
}

function binaryRow(s: BinaryAgreementStatistics, codeName: string): AgreementRow {
  return {
    codeId: s.codeId,
    codeName,
    units: s.units,
    codedBy: [...s.codedBy],
    table: s.table ? { ...s.table } : null,
    segments: null,
    percentAgreement: percentValue(s.percentAgreement),
    cohenKappa: s.cohenKappa ? cohenValue(s.cohenKappa) : null,
    krippendorffAlpha: alphaValue(s.krippendorffAlpha),
    fleissKappa: s.fleissKappa ? fleissValue(s.fleissKappa) : null,
    brennanPredigerKappa: null,
  };
}

function segmentRow(s: CodeSegmentAgreement, codeName: string, kappa: BrennanPredigerKappaResult | null): AgreementRow {
  return {
    codeId: s.codeId,
    codeName,
    units: s.segments,
    codedBy: null,
    table: null,
    segments: { matched: s.matched, unmatchedFirst: s.unmatchedFirst, unmatchedSecond: s.unmatchedSecond },
    percentAgreement: percentValue(s.percentAgreement),
    cohenKappa: null,
    krippendorffAlpha: null,
    fleissKappa: null,
    brennanPredigerKappa: kappa ? brennanValue(kappa) : null,
  };
}

/**
 * Intercoder agreement of the chosen coders, per code and overall, with the method and formula of
 * every statistic reported. Rows are in code-path order. Input mistakes the statistics detect
 * (one coder, more than two coders for segments, a bad overlap) come back as invalid-input errors.
 */
export function computeAgreement(db: Database.Database, options: AgreementOptions): AgreementReport {
  const input = loadAgreementInput(db, options);
  const kind = UNIT_KIND[options.unit];
  const paths = codePaths(db);
  const nameOf = (id: string | null) => (id === null ? '' : (paths.get(id) ?? id));
  const coders = options.coderIds.map((id) => {
    const row = db.prepare('SELECT name FROM users WHERE id = ?').get(id) as { name: string };
    return { id, name: row.name };
  });
  let codes: AgreementRow[];
  let overall: AgreementRow;
  let leftOut;
  try {
    if (kind === 'segments') {
      const r = codingAgreement(input, { unit: 'segments', minOverlap: options.overlap ?? 0.9 });
      codes = r.codes.map((c) => segmentRow(c, nameOf(c.codeId), null));
      overall = segmentRow(r.overall, '', r.kappa);
      leftOut = r.leftOut;
    } else {
      const r = kind === 'characters' ? characterAgreement(input) : presenceAgreement(input, kind);
      codes = r.codes.map((c) => binaryRow(c, nameOf(c.codeId)));
      overall = binaryRow(r.overall, '');
      leftOut = r.leftOut;
    }
  } catch (err) {
    if (err instanceof AgreementInputError) throw new ApiError('invalid-input', err.message);
    throw err;
  }
  codes.sort((a, b) => a.codeName.localeCompare(b.codeName));

  const used = new Set<StatisticId>(['percent-agreement']);
  for (const row of [...codes, overall]) {
    for (const s of [row.cohenKappa, row.krippendorffAlpha, row.fleissKappa, row.brennanPredigerKappa]) if (s) used.add(s.statistic);
  }
  return {
    unit: options.unit,
    coders,
    overlap: kind === 'segments' ? (options.overlap ?? 0.9) : null,
    sourceIds: input.sources.map((s) => s.sourceId),
    codes,
    overall,
    formulas: [...used].map((id) => ({ ...STATISTIC_FORMULAS[id] })),
    unitDescription: UNIT_KIND_DESCRIPTIONS[kind],
    leftOut: { ...leftOut },
  };
}
