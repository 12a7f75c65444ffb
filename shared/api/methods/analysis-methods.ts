import { z } from 'zod';
import { Empty, Id, Ok, method } from '../define';
import { RetrievedSegment } from './coding-methods';

/** Rows or columns of a count matrix. */
export const MatrixDimension = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cases') }),
  z.object({ kind: z.literal('sources') }),
  z.object({ kind: z.literal('sets') }),
  z.object({ kind: z.literal('coders') }),
  /** Codes in tree order; `codeIds` limits the axis to those codes (their children roll up into them). */
  z.object({ kind: z.literal('codes'), codeIds: z.array(Id).max(5000).optional() }),
  /** The values of a case or source attribute, e.g. status PNS / honorer / kontrak. */
  z.object({ kind: z.literal('attribute'), attributeId: Id }),
]);
export type MatrixDimension = z.infer<typeof MatrixDimension>;

export const MatrixMeasure = z.enum(['codings', 'sources', 'cases', 'characters', 'words', 'presence']);
export const MatrixNormalization = z.enum(['none', 'rowPercent', 'columnPercent', 'per1000Words']);
export const AxisOrder = z.enum(['natural', 'label', 'totalDescending', 'totalAscending', 'sortValue']);

export const MatrixFilters = z
  .object({
    /** Only sources in any of these sets. */
    setIds: z.array(Id).max(1000).optional(),
    /** Only codings by these coders. */
    coderIds: z.array(Id).max(1000).optional(),
    /** Only codings of these codes (and, with roll-up, their descendants). */
    codeIds: z.array(Id).max(5000).optional(),
    /** Only sources whose own value, or whose case's value, of the attribute is one of `values`. */
    attribute: z.object({ attributeId: Id, values: z.array(z.string().max(10_000)).min(1).max(1000) }).optional(),
  })
  .default({});
export type MatrixFilters = z.infer<typeof MatrixFilters>;

export const MatrixSpec = z.object({
  rows: MatrixDimension.default({ kind: 'cases' }),
  columns: MatrixDimension.default({ kind: 'codes' }),
  measure: MatrixMeasure.default('codings'),
  normalization: MatrixNormalization.default('none'),
  /** Count a child code's codings for its ancestors too (each segment once per cell). */
  rollUp: z.boolean().default(true),
  filters: MatrixFilters,
  rowOrder: AxisOrder.default('natural'),
  columnOrder: AxisOrder.default('natural'),
  /** For order 'sortValue' on a case or source axis: the attribute whose values order it. */
  rowSortAttributeId: Id.optional(),
  columnSortAttributeId: Id.optional(),
  /** Leave out rows / columns whose total is zero. */
  hideEmpty: z.boolean().default(false),
});
export type MatrixSpec = z.infer<typeof MatrixSpec>;
export type MatrixSpecInput = z.input<typeof MatrixSpec>;

export const MatrixMember = z.object({ key: z.string(), label: z.string(), depth: z.number().int().optional() });
export type MatrixMember = z.infer<typeof MatrixMember>;

export const MatrixResult = z.object({
  rows: z.array(MatrixMember),
  columns: z.array(MatrixMember),
  /** Shown figures (normalised); `counts` keeps the measure before normalisation. */
  values: z.array(z.array(z.number())),
  counts: z.array(z.array(z.number())),
  rowTotals: z.array(z.number()),
  columnTotals: z.array(z.number()),
  grandTotal: z.number(),
  measure: MatrixMeasure,
  normalization: MatrixNormalization,
  wordBase: z.enum(['rows', 'columns', 'scope']).nullable(),
  /** Short description of axes, measure and filters, for titles and exports. */
  title: z.string(),
  codingsConsidered: z.number().int(),
  elapsedMs: z.number(),
});
export type MatrixResult = z.infer<typeof MatrixResult>;

export const CooccurrenceSpec = z.object({
  codeIds: z.array(Id).max(5000).optional(),
  mode: z.enum(['overlap', 'distance', 'block']).default('overlap'),
  distance: z.number().int().min(0).max(1_000_000).default(0),
  rollUp: z.boolean().default(false),
  filters: MatrixFilters,
});
export type CooccurrenceSpec = z.infer<typeof CooccurrenceSpec>;

export const CooccurrenceResult = z.object({
  codes: z.array(MatrixMember.extend({ color: z.string() })),
  counts: z.array(z.array(z.number())),
  cCoefficient: z.array(z.array(z.number())),
  jaccard: z.array(z.array(z.number().nullable())),
  mode: z.enum(['overlap', 'distance', 'block']),
});
export type CooccurrenceResult = z.infer<typeof CooccurrenceResult>;

export const NegativeCase = z.object({
  caseId: Id,
  caseName: z.string(),
  codings: z.number().int(),
  words: z.number().int(),
  per1000Words: z.number(),
  absent: z.boolean(),
});
export type NegativeCase = z.infer<typeof NegativeCase>;

// ---------- text matrices ----------

export const TextMatrixTemplate = z.enum(['checklist', 'conceptually-clustered', 'case-ordered', 'time-ordered', 'custom']);
export type TextMatrixTemplate = z.infer<typeof TextMatrixTemplate>;

export const QuoteRef = z.object({ sourceId: Id, start: z.number().int().min(0), end: z.number().int().min(0) });
export const Quote = QuoteRef.extend({ id: Id, snippet: z.string(), sourceName: z.string() });
export type Quote = z.infer<typeof Quote>;

export const TextMatrixLine = z.object({
  id: Id,
  label: z.string(),
  /** What the line stands for (rows: case, source or code; columns: code or source). */
  caseId: Id.nullable(),
  sourceId: Id.nullable(),
  codeId: Id.nullable(),
  /** Conceptually clustered columns: the cluster (parent code) name. */
  group: z.string(),
  /** The value the rows are ordered by (attribute value, source date), shown beside the label. */
  orderValue: z.string().nullable(),
});
export type TextMatrixLine = z.infer<typeof TextMatrixLine>;

export const TextMatrixCell = z.object({
  id: Id,
  rowId: Id,
  columnId: Id,
  summary: z.string(),
  rating: z.string().nullable(),
  quotes: z.array(Quote),
  updatedAt: z.string(),
});
export type TextMatrixCell = z.infer<typeof TextMatrixCell>;

export const TextMatrixSummary = z.object({
  id: Id,
  name: z.string(),
  template: TextMatrixTemplate,
  description: z.string(),
  ratingScale: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TextMatrixSummary = z.infer<typeof TextMatrixSummary>;

export const TextMatrix = TextMatrixSummary.extend({
  orderAttributeId: Id.nullable(),
  rows: z.array(TextMatrixLine),
  columns: z.array(TextMatrixLine),
  cells: z.array(TextMatrixCell),
});
export type TextMatrix = z.infer<typeof TextMatrix>;

// ---------- conclusions ----------

/**
 * Miles and Huberman's tactics: 13 for generating meaning and 13 for testing or confirming findings
 * (Miles, Huberman and Saldaña, Qualitative Data Analysis, ch. 11).
 */
export const GENERATING_TACTICS = [
  'noting-patterns',
  'seeing-plausibility',
  'clustering',
  'making-metaphors',
  'counting',
  'making-contrasts',
  'partitioning-variables',
  'subsuming-particulars',
  'factoring',
  'noting-relations',
  'finding-intervening-variables',
  'building-chain-of-evidence',
  'making-conceptual-coherence',
] as const;
export const TESTING_TACTICS = [
  'checking-representativeness',
  'checking-researcher-effects',
  'triangulating',
  'weighting-evidence',
  'checking-outliers',
  'using-extreme-cases',
  'following-up-surprises',
  'looking-for-negative-evidence',
  'making-if-then-tests',
  'ruling-out-spurious-relations',
  'replicating-finding',
  'checking-rival-explanations',
  'getting-participant-feedback',
] as const;
export const TACTICS = [...GENERATING_TACTICS, ...TESTING_TACTICS] as const;
export const Tactic = z.enum(TACTICS);
export type Tactic = z.infer<typeof Tactic>;

export const ConclusionStatus = z.enum(['draft', 'verified', 'rejected']);
export type ConclusionStatus = z.infer<typeof ConclusionStatus>;

export const EvidenceStance = z.enum(['supports', 'contradicts']);

/** What a piece of evidence points at. */
export const EvidenceTarget = z.discriminatedUnion('kind', [
  /** A cell of a count matrix: the spec that computes it and the member keys. */
  z.object({ kind: z.literal('matrix-cell'), spec: MatrixSpec, rowKey: z.string().max(500), columnKey: z.string().max(500) }),
  z.object({ kind: z.literal('text-matrix-cell'), matrixId: Id, rowId: Id, columnId: Id }),
  z.object({ kind: z.literal('segment'), sourceId: Id, start: z.number().int().min(0), end: z.number().int().min(0), codingId: Id.optional() }),
]);
export type EvidenceTarget = z.infer<typeof EvidenceTarget>;
export type EvidenceTargetInput = z.input<typeof EvidenceTarget>;

export const Evidence = z.object({
  id: Id,
  stance: EvidenceStance,
  kind: z.enum(['matrix-cell', 'text-matrix-cell', 'segment']),
  /** Human-readable description: "Informan 01 × Beban kerja (3 codings)", or the quoted snippet. */
  label: z.string(),
  note: z.string(),
  matrixSpec: MatrixSpec.nullable(),
  rowKey: z.string().nullable(),
  columnKey: z.string().nullable(),
  textMatrixId: Id.nullable(),
  textMatrixCellId: Id.nullable(),
  sourceId: Id.nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  snippet: z.string().nullable(),
  createdAt: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Conclusion = z.object({
  id: Id,
  title: z.string(),
  contentJson: z.string(),
  plainText: z.string(),
  tactic: Tactic,
  status: ConclusionStatus,
  supervisorComment: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  evidence: z.array(Evidence),
});
export type Conclusion = z.infer<typeof Conclusion>;

export const analysisMethods = {
  /** A count matrix: rows × columns of the chosen measure (default: cases × codes, codings). */
  'analysis.matrix': method('read', MatrixSpec, MatrixResult),
  /** The coded segments behind one cell (or a row / column total when the other key is null). */
  'analysis.cellSegments': method(
    'read',
    z.object({
      spec: MatrixSpec,
      rowKey: z.string().nullable(),
      columnKey: z.string().nullable(),
      contextChars: z.number().int().min(0).max(2000).default(120),
      limit: z.number().int().min(1).max(100_000).default(2000),
    }),
    z.object({ segments: z.array(RetrievedSegment), total: z.number().int() }),
  ),
  'analysis.cooccurrence': method('read', CooccurrenceSpec, CooccurrenceResult),
  /** Cases where a code is absent or rare (at most `maxPer1000Words`), rarest first. */
  'analysis.negativeCases': method(
    'read',
    z.object({ codeId: Id, rollUp: z.boolean().default(true), maxPer1000Words: z.number().min(0).optional(), filters: MatrixFilters }),
    z.array(NegativeCase),
  ),
  /** Saves a matrix as CSV or XLSX at `path`, or returns the file's bytes (base64) without a path. */
  'analysis.exportMatrix': method(
    'read',
    z.object({ spec: MatrixSpec, format: z.enum(['csv', 'xlsx']), path: z.string().min(1).max(4096).optional() }),
    z.object({ path: z.string().nullable(), base64: z.string().nullable(), fileName: z.string() }),
  ),
  /** Saves a chart drawn by shared/analysis/charts as SVG or PNG at `path`, or returns its bytes (base64). */
  'analysis.saveChart': method(
    'read',
    z.object({ svg: z.string().min(1).max(20_000_000), format: z.enum(['svg', 'png']), scale: z.number().min(0.5).max(8).default(2), path: z.string().min(1).max(4096).optional() }),
    z.object({ path: z.string().nullable(), base64: z.string().nullable() }),
  ),

  'textMatrices.list': method('read', Empty, z.array(TextMatrixSummary)),
  'textMatrices.get': method('read', z.object({ id: Id }), TextMatrix),
  /**
   * Creates a text matrix from a template:
   * - checklist: cases × the chosen codes (conditions), rated on `ratingScale`;
   * - conceptually-clustered: cases × the children of the chosen codes, grouped by them;
   * - case-ordered: cases ordered by `orderAttributeId` × the chosen codes;
   * - time-ordered: the chosen codes × sources ordered by source date;
   * - custom: cases × the chosen codes.
   */
  'textMatrices.create': method(
    'write',
    z.object({
      name: z.string().trim().min(1).max(300),
      template: TextMatrixTemplate,
      description: z.string().max(100_000).default(''),
      codeIds: z.array(Id).max(500).default([]),
      caseIds: z.array(Id).max(5000).optional(),
      sourceIds: z.array(Id).max(5000).optional(),
      orderAttributeId: Id.optional(),
      ratingScale: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
    }),
    TextMatrix,
    ['analysis.changed'],
  ),
  'textMatrices.rename': method('write', z.object({ id: Id, name: z.string().trim().min(1).max(300) }), Ok, ['analysis.changed']),
  'textMatrices.delete': method('write', z.object({ id: Id }), Ok, ['analysis.changed']),
  /** Writes a cell's summary, rating and quotes (the quotes replace the cell's previous ones). */
  'textMatrices.setCell': method(
    'write',
    z.object({
      matrixId: Id,
      rowId: Id,
      columnId: Id,
      summary: z.string().max(1_000_000),
      rating: z.string().max(100).nullable().default(null),
      quotes: z.array(QuoteRef).max(1000).default([]),
    }),
    TextMatrixCell,
    ['analysis.changed'],
  ),
  /** Coded segments that could back a cell: the row's case/source/code crossed with the column's. */
  'textMatrices.candidateQuotes': method(
    'read',
    z.object({ matrixId: Id, rowId: Id, columnId: Id, contextChars: z.number().int().min(0).max(2000).default(80) }),
    z.array(RetrievedSegment),
  ),

  'conclusions.list': method('read', z.object({ status: ConclusionStatus.optional() }).default({}), z.array(Conclusion)),
  'conclusions.get': method('read', z.object({ id: Id }), Conclusion),
  /** Creates (no id) or updates (id) a conclusion's text and tactic; status is set by setStatus. */
  'conclusions.save': method(
    'write',
    z.object({
      id: Id.optional(),
      title: z.string().max(500).default(''),
      contentJson: z.string().max(20_000_000),
      plainText: z.string().max(5_000_000),
      tactic: Tactic,
    }),
    Conclusion,
    ['analysis.changed'],
  ),
  /** The supervisor's verdict: verified or rejected (or back to draft), with a comment. */
  'conclusions.setStatus': method(
    'write',
    z.object({ id: Id, status: ConclusionStatus, comment: z.string().max(100_000).default('') }),
    Conclusion,
    ['analysis.changed', 'review.changed'],
  ),
  'conclusions.delete': method('write', z.object({ id: Id }), Ok, ['analysis.changed']),
  'conclusions.addEvidence': method(
    'write',
    z.object({ conclusionId: Id, stance: EvidenceStance, target: EvidenceTarget, note: z.string().max(100_000).default('') }),
    Conclusion,
    ['analysis.changed'],
  ),
  'conclusions.removeEvidence': method('write', z.object({ id: Id }), Ok, ['analysis.changed']),
} as const;
