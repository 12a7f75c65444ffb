/**
 * Intercoder agreement over codings: turns two or more coders' codings into reliability data per
 * code for the unit the researcher chooses, and computes the statistics.
 *
 *   'characters'  every code point of every compared source is a unit (NVivo's coding comparison)
 *   'segments'    each coder's coded segment is a unit, matched by overlap (MAXQDA, two coders)
 *   'sources'     each source is a unit: code present / absent (MAXQDA's "code existence")
 *   'blocks'      each block (speaker turn, paragraph) is a unit: code present / absent
 *
 * The exact rule of each unit kind is documented in its own file (character-units.ts,
 * segment-units.ts, presence-units.ts); the shared input rules in coding-intervals.ts.
 */
import { type CharacterAgreementResult, characterAgreement } from './character-units';
import type { CodingAgreementInput } from './coding-intervals';
import { type PresenceAgreementResult, presenceAgreement } from './presence-units';
import { DEFAULT_MIN_SEGMENT_OVERLAP, type SegmentAgreementResult, segmentAgreement } from './segment-units';

export type { AgreementBlock, AgreementCoding, AgreementSource, CodingAgreementInput } from './coding-intervals';
export type { BinaryAgreementStatistics, TwoCoderTable } from './binary-unit-statistics';
export type { CharacterAgreementResult, CodeCharacterAgreement, SourceCharacterAgreement } from './character-units';
export type { CodeSegmentAgreement, SegmentAgreementResult, SegmentComparison } from './segment-units';
export type { PresenceAgreementResult } from './presence-units';
export { characterAgreement, presenceAgreement, segmentAgreement, DEFAULT_MIN_SEGMENT_OVERLAP };

export type CodingUnitKind = 'characters' | 'segments' | 'sources' | 'blocks';

export interface CodingAgreementOptions {
  readonly unit: CodingUnitKind;
  /** Segments only: the share |s ∩ t| / |s ∪ t| two segments must reach to match (default 0.9). */
  readonly minOverlap?: number;
}

export type CodingAgreementResult = CharacterAgreementResult | SegmentAgreementResult | PresenceAgreementResult;

export function codingAgreement(input: CodingAgreementInput, options: { readonly unit: 'characters' }): CharacterAgreementResult;
export function codingAgreement(input: CodingAgreementInput, options: { readonly unit: 'segments'; readonly minOverlap?: number }): SegmentAgreementResult;
export function codingAgreement(input: CodingAgreementInput, options: { readonly unit: 'sources' | 'blocks' }): PresenceAgreementResult;
export function codingAgreement(input: CodingAgreementInput, options: CodingAgreementOptions): CodingAgreementResult;
export function codingAgreement(input: CodingAgreementInput, options: CodingAgreementOptions): CodingAgreementResult {
  switch (options.unit) {
    case 'characters':
      return characterAgreement(input);
    case 'segments':
      return segmentAgreement(input, options.minOverlap ?? DEFAULT_MIN_SEGMENT_OVERLAP);
    case 'sources':
    case 'blocks':
      return presenceAgreement(input, options.unit);
  }
}
