import type { Migration } from './migration';

/**
 * Miles and Huberman's display and conclusion drawing.
 *
 * Text matrices: a researcher's condensed summaries in a grid. Rows and columns are stored lines
 * (so a researcher can reorder or relabel them) that may stand for a case, source or code; deleting
 * that thing deletes its line and the line's cells. A cell holds a summary, an optional rating from
 * the matrix's scale, and quotes: ranges of source text [start, end) in code points, with the
 * snippet kept so the quote reads the same even if the coding it came from is later deleted.
 *
 * Conclusions: rich text (Lexical JSON plus its plain text), the tactic used (one of Miles and
 * Huberman's 26: 13 for generating meaning, 13 for testing), a status a supervisor sets with a
 * comment, and evidence rows that support or contradict it. Evidence points at exactly one thing:
 * - a count-matrix cell: count matrices are computed, not stored, so the row keeps the matrix spec
 *   (JSON) and the row and column member keys;
 * - a text-matrix cell (foreign key: deleting the cell deletes the link);
 * - a segment of a source (the coding it came from is optional and set to NULL if deleted; the
 *   range and snippet remain).
 */
/** A frozen copy of the tactic slugs (shared/api/methods/analysis-methods.ts): a migration never changes. */
const TACTICS = [
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
];

export const migration0020: Migration = {
  version: 20,
  name: 'display-and-conclusions',
  up(db) {
    db.exec(`
      CREATE TABLE text_matrices (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        template TEXT NOT NULL CHECK (template IN ('checklist', 'conceptually-clustered', 'case-ordered', 'time-ordered', 'custom')),
        description TEXT NOT NULL DEFAULT '',
        -- JSON array of the ratings a cell may take (empty: no rating)
        rating_scale TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rating_scale) AND json_type(rating_scale) = 'array'),
        order_attribute_id TEXT REFERENCES attributes(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL
      ) STRICT;

      CREATE TABLE text_matrix_lines (
        id TEXT PRIMARY KEY,
        matrix_id TEXT NOT NULL REFERENCES text_matrices(id) ON DELETE CASCADE,
        axis TEXT NOT NULL CHECK (axis IN ('row', 'column')),
        ordinal INTEGER NOT NULL,
        label TEXT NOT NULL,
        case_id TEXT REFERENCES cases(id) ON DELETE CASCADE,
        source_id TEXT REFERENCES sources(id) ON DELETE CASCADE,
        code_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
        grouping TEXT NOT NULL DEFAULT '',
        order_value TEXT,
        CHECK ((case_id IS NOT NULL) + (source_id IS NOT NULL) + (code_id IS NOT NULL) <= 1)
      ) STRICT;
      CREATE INDEX text_matrix_lines_matrix ON text_matrix_lines(matrix_id, axis, ordinal);
      CREATE INDEX text_matrix_lines_case ON text_matrix_lines(case_id);
      CREATE INDEX text_matrix_lines_source ON text_matrix_lines(source_id);
      CREATE INDEX text_matrix_lines_code ON text_matrix_lines(code_id);

      CREATE TABLE text_matrix_cells (
        id TEXT PRIMARY KEY,
        matrix_id TEXT NOT NULL REFERENCES text_matrices(id) ON DELETE CASCADE,
        row_id TEXT NOT NULL REFERENCES text_matrix_lines(id) ON DELETE CASCADE,
        column_id TEXT NOT NULL REFERENCES text_matrix_lines(id) ON DELETE CASCADE,
        summary TEXT NOT NULL DEFAULT '',
        rating TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        UNIQUE (row_id, column_id)
      ) STRICT;
      CREATE INDEX text_matrix_cells_matrix ON text_matrix_cells(matrix_id);
      CREATE INDEX text_matrix_cells_column ON text_matrix_cells(column_id);

      CREATE TABLE text_matrix_quotes (
        id TEXT PRIMARY KEY,
        cell_id TEXT NOT NULL REFERENCES text_matrix_cells(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL,
        snippet TEXT NOT NULL,
        CHECK (end > start)
      ) STRICT;
      CREATE INDEX text_matrix_quotes_cell ON text_matrix_quotes(cell_id, ordinal);
      CREATE INDEX text_matrix_quotes_source ON text_matrix_quotes(source_id);

      CREATE TABLE conclusions (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        content_json TEXT NOT NULL,
        plain_text TEXT NOT NULL,
        tactic TEXT NOT NULL CHECK (tactic IN (${TACTICS.map((t) => `'${t}'`).join(', ')})),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'verified', 'rejected')),
        supervisor_comment TEXT NOT NULL DEFAULT '',
        reviewed_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        reviewed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX conclusions_status ON conclusions(status);

      CREATE TABLE conclusion_evidence (
        id TEXT PRIMARY KEY,
        conclusion_id TEXT NOT NULL REFERENCES conclusions(id) ON DELETE CASCADE,
        stance TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts')),
        kind TEXT NOT NULL CHECK (kind IN ('matrix-cell', 'text-matrix-cell', 'segment')),
        label TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        matrix_spec TEXT CHECK (matrix_spec IS NULL OR json_valid(matrix_spec)),
        row_key TEXT,
        column_key TEXT,
        text_matrix_cell_id TEXT REFERENCES text_matrix_cells(id) ON DELETE CASCADE,
        source_id TEXT REFERENCES sources(id) ON DELETE CASCADE,
        start INTEGER,
        end INTEGER,
        snippet TEXT,
        coding_id TEXT REFERENCES codings(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        CHECK (kind <> 'matrix-cell' OR (matrix_spec IS NOT NULL AND row_key IS NOT NULL AND column_key IS NOT NULL)),
        CHECK (kind <> 'text-matrix-cell' OR text_matrix_cell_id IS NOT NULL),
        CHECK (kind <> 'segment' OR (source_id IS NOT NULL AND start >= 0 AND end > start AND snippet IS NOT NULL))
      ) STRICT;
      CREATE INDEX conclusion_evidence_conclusion ON conclusion_evidence(conclusion_id);
      CREATE INDEX conclusion_evidence_cell ON conclusion_evidence(text_matrix_cell_id);
      CREATE INDEX conclusion_evidence_source ON conclusion_evidence(source_id);
      CREATE INDEX conclusion_evidence_coding ON conclusion_evidence(coding_id);
    `);
  },
};
