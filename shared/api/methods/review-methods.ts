import { z } from 'zod';
import { Empty, Id, method } from '../define';

/**
 * Supervisor review: intercoder agreement, disagreements and their resolution, comment threads,
 * review mode, and merging another coder's copy of the project.
 *
 * Statistics come from shared/analysis/agreement; a value the statistic does not define (NaN there)
 * is `null` here with the reason, so every result is plain JSON.
 */

/** Units as the researcher picks them; presence-turn uses each block (speaker turn or paragraph). */
export const AgreementUnit = z.enum(['characters', 'segments', 'presence-source', 'presence-turn']);
export type AgreementUnit = z.infer<typeof AgreementUnit>;

export const Localized = z.object({ en: z.string(), id: z.string() });

export const StatisticId = z.enum([
  'percent-agreement',
  'cohen-kappa',
  'fleiss-kappa',
  'krippendorff-alpha-nominal',
  'krippendorff-alpha-ordinal',
  'krippendorff-alpha-interval',
  'krippendorff-alpha-ratio',
  'brennan-prediger-kappa',
]);
export type StatisticId = z.infer<typeof StatisticId>;

/** One statistic's value: null when it is not defined, with the reason. */
export const StatisticValue = z.object({
  statistic: StatisticId,
  value: z.number().nullable(),
  undefinedReason: z.enum(['no-units', 'no-variation', 'single-category']).nullable(),
  /** Observed and chance agreement (or disagreement for alpha), when the statistic has them. */
  observed: z.number().nullable(),
  expected: z.number().nullable(),
});
export type StatisticValue = z.infer<typeof StatisticValue>;

/** The method and formula shown beside a result. */
export const StatisticFormula = z.object({
  id: StatisticId,
  name: Localized,
  formula: Localized,
  description: Localized,
  reference: z.string(),
});
export type StatisticFormula = z.infer<typeof StatisticFormula>;

export const AgreementRow = z.object({
  /** null for the overall row (all compared codes pooled). */
  codeId: Id.nullable(),
  /** Code path "Parent / Child"; empty for the overall row. */
  codeName: z.string(),
  /** Units compared: characters, sources, blocks, or segments of both coders. */
  units: z.number().int(),
  /** codedBy[k] = units coded by exactly k of the coders (binary units only). */
  codedBy: z.array(z.number().int()).nullable(),
  /** Two coders, binary units: the four cells of the coded / not coded table. */
  table: z.object({ both: z.number(), firstOnly: z.number(), secondOnly: z.number(), neither: z.number() }).nullable(),
  /** Segments only: a = matched segments, b / c = unmatched of the first / second coder. */
  segments: z.object({ matched: z.number().int(), unmatchedFirst: z.number().int(), unmatchedSecond: z.number().int() }).nullable(),
  percentAgreement: StatisticValue,
  cohenKappa: StatisticValue.nullable(),
  krippendorffAlpha: StatisticValue.nullable(),
  fleissKappa: StatisticValue.nullable(),
  /** Segments, overall row only: MAXQDA's kappa (Brennan & Prediger). */
  brennanPredigerKappa: StatisticValue.nullable(),
});
export type AgreementRow = z.infer<typeof AgreementRow>;

export const CoderRef = z.object({ id: Id, name: z.string() });

export const AgreementReport = z.object({
  unit: AgreementUnit,
  coders: z.array(CoderRef),
  /** Segments: the minimum overlap share; null for other units. */
  overlap: z.number().nullable(),
  sourceIds: z.array(Id),
  codes: z.array(AgreementRow),
  overall: AgreementRow,
  /** Every statistic reported, with its method and formula (English and Indonesian). */
  formulas: z.array(StatisticFormula),
  unitDescription: z.object({ name: Localized, description: Localized }),
  /** Codings not compared, by reason (other coder, code not chosen, source not chosen, empty). */
  leftOut: z.object({ otherCoder: z.number().int(), otherCode: z.number().int(), otherSource: z.number().int(), empty: z.number().int() }),
});
export type AgreementReport = z.infer<typeof AgreementReport>;

const AgreementQuery = z.object({
  coderIds: z.array(Id).min(2).max(20),
  unit: AgreementUnit.default('characters'),
  /** Segments: share of |s ∩ t| / |s ∪ t| two segments must reach to match (0 < overlap ≤ 1). */
  overlap: z.number().gt(0).max(1).default(0.9),
  codeIds: z.array(Id).max(10_000).optional(),
  /** Default: every source in which one of the compared coders made a coding. */
  sourceIds: z.array(Id).max(100_000).optional(),
});

export const DisagreementCoding = z.object({ id: Id, start: z.number().int(), end: z.number().int(), snippet: z.string() });
export type DisagreementCoding = z.infer<typeof DisagreementCoding>;

export const Disagreement = z.object({
  /** Stable within a listing: code, source and range. */
  key: z.string(),
  codeId: Id,
  codeName: z.string(),
  sourceId: Id,
  sourceName: z.string(),
  /** The place, code points [start, end). */
  start: z.number().int(),
  end: z.number().int(),
  /** only-a / only-b: one coder coded here and the other did not; differs: both did, differently. */
  kind: z.enum(['only-a', 'only-b', 'differs']),
  codingsA: z.array(DisagreementCoding),
  codingsB: z.array(DisagreementCoding),
  /** Segments: best overlap share |s ∩ t| / |s ∪ t| found in this place (0 when none). */
  overlap: z.number().nullable(),
  speaker: z.string().nullable(),
  text: z.string(),
  contextBefore: z.string(),
  contextAfter: z.string(),
  /** A decision already taken about this exact place (keep-both or discuss), if any. */
  decision: z.object({ action: z.enum(['accept-a', 'accept-b', 'keep-both', 'discuss']), threadId: Id.nullable(), decidedAt: z.string() }).nullable(),
});
export type Disagreement = z.infer<typeof Disagreement>;

export const ResolveAction = z.enum(['accept-a', 'accept-b', 'keep-both', 'discuss']);
export type ResolveAction = z.infer<typeof ResolveAction>;

/** What a comment thread is about. */
export const CommentTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('coding'), id: Id }),
  z.object({ kind: z.literal('code'), id: Id }),
  z.object({ kind: z.literal('conclusion'), id: Id }),
  /**
   * A matrix cell: `id` is the text matrix's id, or for a computed count matrix (not stored) a stable
   * key of it such as its spec as JSON; rowKey / columnKey are the axis member keys.
   */
  z.object({ kind: z.literal('matrix-cell'), id: z.string().min(1).max(20_000), rowKey: z.string().min(1).max(500), columnKey: z.string().min(1).max(500) }),
]);
export type CommentTarget = z.infer<typeof CommentTarget>;

export const Comment = z.object({ id: Id, body: z.string(), authorId: Id.nullable(), authorName: z.string().nullable(), createdAt: z.string() });
export type Comment = z.infer<typeof Comment>;

export const CommentThread = z.object({
  id: Id,
  target: CommentTarget,
  /** What the target is, for lists: the coded text, the code name, … ("" when it no longer exists). */
  targetLabel: z.string(),
  /** Coding targets: where to open it. */
  location: z.object({ sourceId: Id, sourceName: z.string(), start: z.number().int(), end: z.number().int(), coderName: z.string(), codeName: z.string() }).nullable(),
  status: z.enum(['open', 'resolved']),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  comments: z.array(Comment),
});
export type CommentThread = z.infer<typeof CommentThread>;

const Body = z.string().trim().min(1, 'write something').max(20_000);

/** What a merge found and did; the same shape for preview and apply. */
export const MergeReport = z.object({
  file: z.string(),
  format: z.enum(['telaah', 'qdpx']),
  projectName: z.string(),
  applied: z.boolean(),
  coders: z.array(z.object({ name: z.string(), status: z.enum(['matched', 'new']), codings: z.number().int() })),
  sources: z.object({
    matched: z.array(z.object({ name: z.string(), localName: z.string() })),
    added: z.array(z.object({ name: z.string() })),
    conflicts: z.array(z.object({ name: z.string(), reason: z.string() })),
  }),
  codes: z.object({
    matchedById: z.number().int(),
    matchedByName: z.array(z.object({ path: z.string() })),
    added: z.array(z.object({ path: z.string() })),
    conflicts: z.array(z.object({ path: z.string(), reason: z.string() })),
  }),
  codings: z.object({
    added: z.number().int(),
    alreadyPresent: z.number().int(),
    skipped: z.array(z.object({ source: z.string(), code: z.string(), coder: z.string(), start: z.number().int(), end: z.number().int(), reason: z.string() })),
  }),
});
export type MergeReport = z.infer<typeof MergeReport>;

/** A conclusion and the supervisor's verdict on it (draft = not yet judged). */
export const ConclusionVerdict = z.object({
  id: Id,
  title: z.string(),
  verdict: z.enum(['draft', 'verified', 'rejected']),
  comment: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type ConclusionVerdict = z.infer<typeof ConclusionVerdict>;

export const ReviewSummary = z.object({
  reviewMode: z.boolean(),
  /** null when fewer than two coders have codings. */
  agreement: AgreementReport.nullable(),
  openThreads: z.array(CommentThread),
  resolvedThreadCount: z.number().int(),
  /** Disagreements settled so far, by decision. */
  decisions: z.object({ accepted: z.number().int(), keepBoth: z.number().int(), discuss: z.number().int() }),
  /** Verdicts on conclusions, when the project has conclusions. */
  conclusions: z.array(ConclusionVerdict),
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;

const ProjectFile = z.object({ path: z.string().min(1).max(4096) });

export const reviewMethods = {
  'review.state': method('read', Empty, z.object({ reviewMode: z.boolean() })),
  /** Review mode: read and comment only; every method that changes coding is refused. */
  'review.setMode': method('control', z.object({ on: z.boolean() }), z.object({ reviewMode: z.boolean() }), ['review.changed']),
  'review.summary': method(
    'read',
    z.object({ coderIds: z.array(Id).min(2).max(20).optional(), unit: AgreementUnit.default('characters'), overlap: z.number().gt(0).max(1).default(0.9) }),
    ReviewSummary,
  ),

  'agreement.compute': method('read', AgreementQuery, AgreementReport),
  'agreement.disagreements': method(
    'read',
    AgreementQuery.extend({
      coderIds: z.array(Id).length(2),
      contextChars: z.number().int().min(0).max(2000).default(80),
      /** Also list places already settled with keep-both. */
      includeSettled: z.boolean().default(false),
    }),
    z.array(Disagreement),
  ),
  /**
   * Settles one disagreement between coders A and B about one code in one place:
   * - accept-a: A's version stands for both coders: B's codings listed in codingIdsB are deleted and
   *   each of A's codings listed in codingIdsA is copied to B (same range, same code) unless B
   *   already has it. Afterwards both coders agree at this place.
   * - accept-b: the same with the roles swapped.
   * - keep-both: no coding changes; both versions stand and the place leaves the open list.
   * - discuss: no coding changes; a comment thread is opened on the first listed coding (A's, else
   *   B's) with `note` (or a standard text) and the place is marked as under discussion.
   * Every action is recorded (who, when) for the review summary. Agreement is computed on the
   * codings as they are: compute and report it before accepting, as accepting makes coders agree.
   */
  'agreement.resolve': method(
    'write',
    z.object({
      action: ResolveAction,
      coderA: Id,
      coderB: Id,
      codeId: Id,
      sourceId: Id,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      codingIdsA: z.array(Id).max(10_000).default([]),
      codingIdsB: z.array(Id).max(10_000).default([]),
      note: z.string().trim().max(20_000).optional(),
    }),
    z.object({ action: ResolveAction, deleted: z.number().int(), copied: z.number().int(), threadId: Id.nullable() }),
    ['codings.changed', 'codes.changed', 'review.changed'],
    { changesCoding: true },
  ),

  'comments.list': method('read', z.object({ target: CommentTarget }), z.array(CommentThread)),
  /** Every thread in the project (newest first), optionally only open or resolved ones. */
  'comments.listAll': method('read', z.object({ status: z.enum(['open', 'resolved']).optional() }), z.array(CommentThread)),
  'comments.create': method('write', z.object({ target: CommentTarget, body: Body }), CommentThread, ['review.changed']),
  'comments.reply': method('write', z.object({ threadId: Id, body: Body }), CommentThread, ['review.changed']),
  'comments.resolve': method('write', z.object({ threadId: Id }), CommentThread, ['review.changed']),
  'comments.reopen': method('write', z.object({ threadId: Id }), CommentThread, ['review.changed']),

  /** What merging another coder's copy (.telaah or .qdpx) would do; changes nothing. */
  'merge.preview': method('read', ProjectFile, MergeReport),
  /** Merges another coder's copy in one transaction (one undo step); a job, as a .qdpx is read first. Rules: electron/core/review/telaah-merge.ts. */
  'merge.apply': method('job', ProjectFile.extend({ jobId: Id.optional() }), MergeReport, ['sources.changed', 'codes.changed', 'codings.changed', 'project.changed'], { changesCoding: true }),
} as const;
