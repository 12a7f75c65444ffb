-- index case_sources_source
CREATE INDEX case_sources_source ON case_sources(source_id);

-- index codes_parent
CREATE INDEX codes_parent ON codes(parent_id);

-- index codes_sibling_name
CREATE UNIQUE INDEX codes_sibling_name ON codes(coalesce(parent_id, ''), name COLLATE NOCASE);

-- index codings_code
CREATE INDEX codings_code ON codings(code_id);

-- index codings_coder
CREATE INDEX codings_coder ON codings(coder_id);

-- index comment_threads_code
CREATE INDEX comment_threads_code ON comment_threads(code_id);

-- index comment_threads_coding
CREATE INDEX comment_threads_coding ON comment_threads(coding_id);

-- index comment_threads_ref
CREATE INDEX comment_threads_ref ON comment_threads(target_kind, target_ref);

-- index comment_threads_status
CREATE INDEX comment_threads_status ON comment_threads(status);

-- index comments_thread
CREATE INDEX comments_thread ON comments(thread_id, created_at);

-- index conclusion_evidence_cell
CREATE INDEX conclusion_evidence_cell ON conclusion_evidence(text_matrix_cell_id);

-- index conclusion_evidence_coding
CREATE INDEX conclusion_evidence_coding ON conclusion_evidence(coding_id);

-- index conclusion_evidence_conclusion
CREATE INDEX conclusion_evidence_conclusion ON conclusion_evidence(conclusion_id);

-- index conclusion_evidence_source
CREATE INDEX conclusion_evidence_source ON conclusion_evidence(source_id);

-- index conclusions_status
CREATE INDEX conclusions_status ON conclusions(status);

-- index disagreement_decisions_place
CREATE UNIQUE INDEX disagreement_decisions_place ON disagreement_decisions(coder_a, coder_b, code_id, source_id, start, end);

-- index history_entries_step
CREATE INDEX history_entries_step ON history_entries(step_id, seq);

-- index memos_case
CREATE INDEX memos_case ON memos(case_id);

-- index memos_code
CREATE INDEX memos_code ON memos(code_id);

-- index memos_coding
CREATE INDEX memos_coding ON memos(coding_id);

-- index memos_source
CREATE INDEX memos_source ON memos(source_id);

-- index selections_source_span
CREATE INDEX selections_source_span ON selections(source_id, start, end);

-- index set_sources_source
CREATE INDEX set_sources_source ON set_sources(source_id);

-- index sources_name
CREATE INDEX sources_name ON sources(name);

-- index text_matrix_cells_column
CREATE INDEX text_matrix_cells_column ON text_matrix_cells(column_id);

-- index text_matrix_cells_matrix
CREATE INDEX text_matrix_cells_matrix ON text_matrix_cells(matrix_id);

-- index text_matrix_lines_case
CREATE INDEX text_matrix_lines_case ON text_matrix_lines(case_id);

-- index text_matrix_lines_code
CREATE INDEX text_matrix_lines_code ON text_matrix_lines(code_id);

-- index text_matrix_lines_matrix
CREATE INDEX text_matrix_lines_matrix ON text_matrix_lines(matrix_id, axis, ordinal);

-- index text_matrix_lines_source
CREATE INDEX text_matrix_lines_source ON text_matrix_lines(source_id);

-- index text_matrix_quotes_cell
CREATE INDEX text_matrix_quotes_cell ON text_matrix_quotes(cell_id, ordinal);

-- index text_matrix_quotes_source
CREATE INDEX text_matrix_quotes_source ON text_matrix_quotes(source_id);

-- table attributes
CREATE TABLE attributes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean')),
        scope TEXT NOT NULL CHECK (scope IN ('case', 'source')),
        sort_key INTEGER NOT NULL DEFAULT 0
      ) STRICT;

-- table case_attribute_values
CREATE TABLE case_attribute_values (
        attribute_id TEXT NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        value TEXT NOT NULL,
        PRIMARY KEY (attribute_id, case_id)
      ) STRICT, WITHOUT ROWID;

-- table case_sources
CREATE TABLE case_sources (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (case_id, source_id)
      ) STRICT, WITHOUT ROWID;

-- table cases
CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;

-- table codes
CREATE TABLE codes (
        id TEXT PRIMARY KEY,
        parent_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        color TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        inclusion TEXT NOT NULL DEFAULT '',
        exclusion TEXT NOT NULL DEFAULT '',
        example TEXT NOT NULL DEFAULT '',
        sort_key INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL
      ) STRICT;

-- table codings
CREATE TABLE codings (
        id TEXT PRIMARY KEY,
        selection_id TEXT NOT NULL REFERENCES selections(id) ON DELETE CASCADE,
        code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
        coder_id TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        UNIQUE (selection_id, code_id, coder_id)
      ) STRICT;

-- table comment_threads
CREATE TABLE comment_threads (
        id TEXT PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('coding', 'code', 'conclusion', 'matrix-cell')),
        coding_id TEXT REFERENCES codings(id) ON DELETE CASCADE,
        code_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
        -- conclusion id, or the matrix id for a cell
        target_ref TEXT,
        -- matrix cells only: the axis member keys of the cell's row and column
        row_key TEXT,
        column_key TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        resolved_at TEXT,
        resolved_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        CHECK ((target_kind = 'coding') = (coding_id IS NOT NULL)),
        CHECK ((target_kind = 'code') = (code_id IS NOT NULL)),
        CHECK ((target_kind IN ('conclusion', 'matrix-cell')) = (target_ref IS NOT NULL)),
        CHECK ((target_kind = 'matrix-cell') = (row_key IS NOT NULL AND column_key IS NOT NULL)),
        CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
      ) STRICT;

-- table comments
CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
        body TEXT NOT NULL CHECK (length(body) > 0),
        created_at TEXT NOT NULL,
        author_id TEXT REFERENCES users(id) ON DELETE SET NULL
      ) STRICT;

-- table conclusion_evidence
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

-- table conclusions
CREATE TABLE conclusions (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        content_json TEXT NOT NULL,
        plain_text TEXT NOT NULL,
        tactic TEXT NOT NULL CHECK (tactic IN ('noting-patterns', 'seeing-plausibility', 'clustering', 'making-metaphors', 'counting', 'making-contrasts', 'partitioning-variables', 'subsuming-particulars', 'factoring', 'noting-relations', 'finding-intervening-variables', 'building-chain-of-evidence', 'making-conceptual-coherence', 'checking-representativeness', 'checking-researcher-effects', 'triangulating', 'weighting-evidence', 'checking-outliers', 'using-extreme-cases', 'following-up-surprises', 'looking-for-negative-evidence', 'making-if-then-tests', 'ruling-out-spurious-relations', 'replicating-finding', 'checking-rival-explanations', 'getting-participant-feedback')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'verified', 'rejected')),
        supervisor_comment TEXT NOT NULL DEFAULT '',
        reviewed_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        reviewed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL
      ) STRICT;

-- table disagreement_decisions
CREATE TABLE disagreement_decisions (
        id TEXT PRIMARY KEY,
        coder_a TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        coder_b TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('accept-a', 'accept-b', 'keep-both', 'discuss')),
        -- the coder whose version was accepted (accept-a / accept-b)
        accepted_coder TEXT REFERENCES users(id) ON DELETE SET NULL,
        thread_id TEXT REFERENCES comment_threads(id) ON DELETE SET NULL,
        decided_at TEXT NOT NULL,
        decided_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        CHECK (coder_a < coder_b),
        CHECK (start < end)
      ) STRICT;

-- table history_entries
CREATE TABLE history_entries (
        seq INTEGER PRIMARY KEY,
        step_id INTEGER REFERENCES history_steps(id) ON DELETE CASCADE,
        sql TEXT NOT NULL
      ) STRICT;

-- table history_state
CREATE TABLE history_state (id INTEGER PRIMARY KEY CHECK (id = 1), recording INTEGER NOT NULL) STRICT;

-- table history_steps
CREATE TABLE history_steps (
        id INTEGER PRIMARY KEY,
        stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
        label TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;

-- table memos
CREATE TABLE memos (
        id TEXT PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'source', 'code', 'coding', 'case')),
        source_id TEXT REFERENCES sources(id) ON DELETE CASCADE,
        code_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
        coding_id TEXT REFERENCES codings(id) ON DELETE CASCADE,
        case_id TEXT REFERENCES cases(id) ON DELETE CASCADE,
        title TEXT NOT NULL DEFAULT '',
        content_json TEXT NOT NULL,
        plain_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        CHECK ((target_kind = 'project') = (coalesce(source_id, code_id, coding_id, case_id) IS NULL)),
        CHECK ((source_id IS NOT NULL) + (code_id IS NOT NULL) + (coding_id IS NOT NULL) + (case_id IS NOT NULL) <= 1)
      ) STRICT;

-- table memos_fts
CREATE VIRTUAL TABLE memos_fts USING fts5(
        title, plain_text, content='memos', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );

-- table memos_fts_config
CREATE TABLE 'memos_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table memos_fts_data
CREATE TABLE 'memos_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table memos_fts_docsize
CREATE TABLE 'memos_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table memos_fts_idx
CREATE TABLE 'memos_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table project_meta
CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

-- table selections
CREATE TABLE selections (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL,
        snippet TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        CHECK (end >= start)
      ) STRICT;

-- table set_sources
CREATE TABLE set_sources (
        set_id TEXT NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (set_id, source_id)
      ) STRICT, WITHOUT ROWID;

-- table sets
CREATE TABLE sets (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;

-- table settings
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

-- table source_attribute_values
CREATE TABLE source_attribute_values (
        attribute_id TEXT NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        value TEXT NOT NULL,
        PRIMARY KEY (attribute_id, source_id)
      ) STRICT, WITHOUT ROWID;

-- table sources
CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        format TEXT NOT NULL,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        char_count INTEGER NOT NULL,
        word_count INTEGER NOT NULL,
        origin_file TEXT,
        encoding TEXT,
        description TEXT NOT NULL DEFAULT '',
        source_date TEXT,
        imported_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL
      , blocks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(blocks))) STRICT;

-- table sources_fts
CREATE VIRTUAL TABLE sources_fts USING fts5(
        name, text, content='sources', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );

-- table sources_fts_config
CREATE TABLE 'sources_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table sources_fts_data
CREATE TABLE 'sources_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table sources_fts_docsize
CREATE TABLE 'sources_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table sources_fts_idx
CREATE TABLE 'sources_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table sources_fts_pending
CREATE TABLE sources_fts_pending (source_rowid INTEGER PRIMARY KEY) STRICT;

-- table text_matrices
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

-- table text_matrix_cells
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

-- table text_matrix_lines
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

-- table text_matrix_quotes
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

-- table users
CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL
      ) STRICT;

-- trigger history_attributes_delete
CREATE TRIGGER "history_attributes_delete" AFTER DELETE ON "attributes" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "attributes" ("rowid", "id", "name", "type", "scope", "sort_key") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."type") || ', ' || quote(OLD."scope") || ', ' || quote(OLD."sort_key") || ')');
      END;

-- trigger history_attributes_insert
CREATE TRIGGER "history_attributes_insert" AFTER INSERT ON "attributes" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "attributes" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_attributes_update
CREATE TRIGGER "history_attributes_update" AFTER UPDATE ON "attributes" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."type" IS NOT NEW."type" OR OLD."scope" IS NOT NEW."scope" OR OLD."sort_key" IS NOT NEW."sort_key")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "attributes" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"name" = ' || quote(OLD."name") || ', ' || '"type" = ' || quote(OLD."type") || ', ' || '"scope" = ' || quote(OLD."scope") || ', ' || '"sort_key" = ' || quote(OLD."sort_key") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_case_attribute_values_delete
CREATE TRIGGER "history_case_attribute_values_delete" AFTER DELETE ON "case_attribute_values" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "case_attribute_values" ("attribute_id", "case_id", "value") VALUES (' || quote(OLD."attribute_id") || ', ' || quote(OLD."case_id") || ', ' || quote(OLD."value") || ')');
      END;

-- trigger history_case_attribute_values_insert
CREATE TRIGGER "history_case_attribute_values_insert" AFTER INSERT ON "case_attribute_values" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "case_attribute_values" WHERE ' || '"attribute_id" = ' || quote(NEW."attribute_id") || ' AND ' || '"case_id" = ' || quote(NEW."case_id"));
      END;

-- trigger history_case_attribute_values_update
CREATE TRIGGER "history_case_attribute_values_update" AFTER UPDATE ON "case_attribute_values" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."attribute_id" IS NOT NEW."attribute_id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."value" IS NOT NEW."value")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "case_attribute_values" SET ' || '"attribute_id" = ' || quote(OLD."attribute_id") || ', ' || '"case_id" = ' || quote(OLD."case_id") || ', ' || '"value" = ' || quote(OLD."value") || ' WHERE ' || '"attribute_id" = ' || quote(NEW."attribute_id") || ' AND ' || '"case_id" = ' || quote(NEW."case_id"));
      END;

-- trigger history_case_sources_delete
CREATE TRIGGER "history_case_sources_delete" AFTER DELETE ON "case_sources" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "case_sources" ("case_id", "source_id") VALUES (' || quote(OLD."case_id") || ', ' || quote(OLD."source_id") || ')');
      END;

-- trigger history_case_sources_insert
CREATE TRIGGER "history_case_sources_insert" AFTER INSERT ON "case_sources" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "case_sources" WHERE ' || '"case_id" = ' || quote(NEW."case_id") || ' AND ' || '"source_id" = ' || quote(NEW."source_id"));
      END;

-- trigger history_case_sources_update
CREATE TRIGGER "history_case_sources_update" AFTER UPDATE ON "case_sources" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."case_id" IS NOT NEW."case_id" OR OLD."source_id" IS NOT NEW."source_id")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "case_sources" SET ' || '"case_id" = ' || quote(OLD."case_id") || ', ' || '"source_id" = ' || quote(OLD."source_id") || ' WHERE ' || '"case_id" = ' || quote(NEW."case_id") || ' AND ' || '"source_id" = ' || quote(NEW."source_id"));
      END;

-- trigger history_cases_delete
CREATE TRIGGER "history_cases_delete" AFTER DELETE ON "cases" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "cases" ("rowid", "id", "name", "description", "created_at") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."description") || ', ' || quote(OLD."created_at") || ')');
      END;

-- trigger history_cases_insert
CREATE TRIGGER "history_cases_insert" AFTER INSERT ON "cases" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "cases" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_cases_update
CREATE TRIGGER "history_cases_update" AFTER UPDATE ON "cases" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."description" IS NOT NEW."description" OR OLD."created_at" IS NOT NEW."created_at")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "cases" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"name" = ' || quote(OLD."name") || ', ' || '"description" = ' || quote(OLD."description") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_codes_delete
CREATE TRIGGER "history_codes_delete" AFTER DELETE ON "codes" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "codes" ("rowid", "id", "parent_id", "name", "color", "description", "inclusion", "exclusion", "example", "sort_key", "created_at", "created_by") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."parent_id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."color") || ', ' || quote(OLD."description") || ', ' || quote(OLD."inclusion") || ', ' || quote(OLD."exclusion") || ', ' || quote(OLD."example") || ', ' || quote(OLD."sort_key") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."created_by") || ')');
      END;

-- trigger history_codes_insert
CREATE TRIGGER "history_codes_insert" AFTER INSERT ON "codes" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "codes" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_codes_update
CREATE TRIGGER "history_codes_update" AFTER UPDATE ON "codes" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."parent_id" IS NOT NEW."parent_id" OR OLD."name" IS NOT NEW."name" OR OLD."color" IS NOT NEW."color" OR OLD."description" IS NOT NEW."description" OR OLD."inclusion" IS NOT NEW."inclusion" OR OLD."exclusion" IS NOT NEW."exclusion" OR OLD."example" IS NOT NEW."example" OR OLD."sort_key" IS NOT NEW."sort_key" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."created_by" IS NOT NEW."created_by")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "codes" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"parent_id" = ' || quote(OLD."parent_id") || ', ' || '"name" = ' || quote(OLD."name") || ', ' || '"color" = ' || quote(OLD."color") || ', ' || '"description" = ' || quote(OLD."description") || ', ' || '"inclusion" = ' || quote(OLD."inclusion") || ', ' || '"exclusion" = ' || quote(OLD."exclusion") || ', ' || '"example" = ' || quote(OLD."example") || ', ' || '"sort_key" = ' || quote(OLD."sort_key") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ', ' || '"created_by" = ' || quote(OLD."created_by") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_codings_delete
CREATE TRIGGER "history_codings_delete" AFTER DELETE ON "codings" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "codings" ("rowid", "id", "selection_id", "code_id", "coder_id", "created_at") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."selection_id") || ', ' || quote(OLD."code_id") || ', ' || quote(OLD."coder_id") || ', ' || quote(OLD."created_at") || ')');
      END;

-- trigger history_codings_insert
CREATE TRIGGER "history_codings_insert" AFTER INSERT ON "codings" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "codings" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_codings_update
CREATE TRIGGER "history_codings_update" AFTER UPDATE ON "codings" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."selection_id" IS NOT NEW."selection_id" OR OLD."code_id" IS NOT NEW."code_id" OR OLD."coder_id" IS NOT NEW."coder_id" OR OLD."created_at" IS NOT NEW."created_at")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "codings" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"selection_id" = ' || quote(OLD."selection_id") || ', ' || '"code_id" = ' || quote(OLD."code_id") || ', ' || '"coder_id" = ' || quote(OLD."coder_id") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_comment_threads_delete
CREATE TRIGGER "history_comment_threads_delete" AFTER DELETE ON "comment_threads" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "comment_threads" ("rowid", "id", "target_kind", "coding_id", "code_id", "target_ref", "row_key", "column_key", "status", "created_at", "created_by", "resolved_at", "resolved_by") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."target_kind") || ', ' || quote(OLD."coding_id") || ', ' || quote(OLD."code_id") || ', ' || quote(OLD."target_ref") || ', ' || quote(OLD."row_key") || ', ' || quote(OLD."column_key") || ', ' || quote(OLD."status") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."created_by") || ', ' || quote(OLD."resolved_at") || ', ' || quote(OLD."resolved_by") || ')');
      END;

-- trigger history_comment_threads_insert
CREATE TRIGGER "history_comment_threads_insert" AFTER INSERT ON "comment_threads" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "comment_threads" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_comment_threads_update
CREATE TRIGGER "history_comment_threads_update" AFTER UPDATE ON "comment_threads" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."target_kind" IS NOT NEW."target_kind" OR OLD."coding_id" IS NOT NEW."coding_id" OR OLD."code_id" IS NOT NEW."code_id" OR OLD."target_ref" IS NOT NEW."target_ref" OR OLD."row_key" IS NOT NEW."row_key" OR OLD."column_key" IS NOT NEW."column_key" OR OLD."status" IS NOT NEW."status" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."created_by" IS NOT NEW."created_by" OR OLD."resolved_at" IS NOT NEW."resolved_at" OR OLD."resolved_by" IS NOT NEW."resolved_by")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "comment_threads" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"target_kind" = ' || quote(OLD."target_kind") || ', ' || '"coding_id" = ' || quote(OLD."coding_id") || ', ' || '"code_id" = ' || quote(OLD."code_id") || ', ' || '"target_ref" = ' || quote(OLD."target_ref") || ', ' || '"row_key" = ' || quote(OLD."row_key") || ', ' || '"column_key" = ' || quote(OLD."column_key") || ', ' || '"status" = ' || quote(OLD."status") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ', ' || '"created_by" = ' || quote(OLD."created_by") || ', ' || '"resolved_at" = ' || quote(OLD."resolved_at") || ', ' || '"resolved_by" = ' || quote(OLD."resolved_by") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_comments_delete
CREATE TRIGGER "history_comments_delete" AFTER DELETE ON "comments" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "comments" ("rowid", "id", "thread_id", "body", "created_at", "author_id") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."thread_id") || ', ' || quote(OLD."body") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."author_id") || ')');
      END;

-- trigger history_comments_insert
CREATE TRIGGER "history_comments_insert" AFTER INSERT ON "comments" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "comments" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_comments_update
CREATE TRIGGER "history_comments_update" AFTER UPDATE ON "comments" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."thread_id" IS NOT NEW."thread_id" OR OLD."body" IS NOT NEW."body" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."author_id" IS NOT NEW."author_id")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "comments" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"thread_id" = ' || quote(OLD."thread_id") || ', ' || '"body" = ' || quote(OLD."body") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ', ' || '"author_id" = ' || quote(OLD."author_id") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_conclusion_evidence_delete
CREATE TRIGGER "history_conclusion_evidence_delete" AFTER DELETE ON "conclusion_evidence" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "conclusion_evidence" ("rowid", "id", "conclusion_id", "stance", "kind", "label", "note", "matrix_spec", "row_key", "column_key", "text_matrix_cell_id", "source_id", "start", "end", "snippet", "coding_id", "created_at", "created_by") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."conclusion_id") || ', ' || quote(OLD."stance") || ', ' || quote(OLD."kind") || ', ' || quote(OLD."label") || ', ' || quote(OLD."note") || ', ' || quote(OLD."matrix_spec") || ', ' || quote(OLD."row_key") || ', ' || quote(OLD."column_key") || ', ' || quote(OLD."text_matrix_cell_id") || ', ' || quote(OLD."source_id") || ', ' || quote(OLD."start") || ', ' || quote(OLD."end") || ', ' || quote(OLD."snippet") || ', ' || quote(OLD."coding_id") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."created_by") || ')');
      END;

-- trigger history_conclusion_evidence_insert
CREATE TRIGGER "history_conclusion_evidence_insert" AFTER INSERT ON "conclusion_evidence" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "conclusion_evidence" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_conclusion_evidence_update
CREATE TRIGGER "history_conclusion_evidence_update" AFTER UPDATE ON "conclusion_evidence" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."conclusion_id" IS NOT NEW."conclusion_id" OR OLD."stance" IS NOT NEW."stance" OR OLD."kind" IS NOT NEW."kind" OR OLD."label" IS NOT NEW."label" OR OLD."note" IS NOT NEW."note" OR OLD."matrix_spec" IS NOT NEW."matrix_spec" OR OLD."row_key" IS NOT NEW."row_key" OR OLD."column_key" IS NOT NEW."column_key" OR OLD."text_matrix_cell_id" IS NOT NEW."text_matrix_cell_id" OR OLD."source_id" IS NOT NEW."source_id" OR OLD."start" IS NOT NEW."start" OR OLD."end" IS NOT NEW."end" OR OLD."snippet" IS NOT NEW."snippet" OR OLD."coding_id" IS NOT NEW."coding_id" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."created_by" IS NOT NEW."created_by")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "conclusion_evidence" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"conclusion_id" = ' || quote(OLD."conclusion_id") || ', ' || '"stance" = ' || quote(OLD."stance") || ', ' || '"kind" = ' || quote(OLD."kind") || ', ' || '"label" = ' || quote(OLD."label") || ', ' || '"note" = ' || quote(OLD."note") || ', ' || '"matrix_spec" = ' || quote(OLD."matrix_spec") || ', ' || '"row_key" = ' || quote(OLD."row_key") || ', ' || '"column_key" = ' || quote(OLD."column_key") || ', ' || '"text_matrix_cell_id" = ' || quote(OLD."text_matrix_cell_id") || ', ' || '"source_id" = ' || quote(OLD."source_id") || ', ' || '"start" = ' || quote(OLD."start") || ', ' || '"end" = ' || quote(OLD."end") || ', ' || '"snippet" = ' || quote(OLD."snippet") || ', ' || '"coding_id" = ' || quote(OLD."coding_id") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ', ' || '"created_by" = ' || quote(OLD."created_by") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_conclusions_delete
CREATE TRIGGER "history_conclusions_delete" AFTER DELETE ON "conclusions" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "conclusions" ("rowid", "id", "title", "content_json", "plain_text", "tactic", "status", "supervisor_comment", "reviewed_by", "reviewed_at", "created_at", "updated_at", "created_by") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."title") || ', ' || quote(OLD."content_json") || ', ' || quote(OLD."plain_text") || ', ' || quote(OLD."tactic") || ', ' || quote(OLD."status") || ', ' || quote(OLD."supervisor_comment") || ', ' || quote(OLD."reviewed_by") || ', ' || quote(OLD."reviewed_at") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."updated_at") || ', ' || quote(OLD."created_by") || ')');
      END;

-- trigger history_conclusions_insert
CREATE TRIGGER "history_conclusions_insert" AFTER INSERT ON "conclusions" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "conclusions" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_conclusions_update
CREATE TRIGGER "history_conclusions_update" AFTER UPDATE ON "conclusions" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."title" IS NOT NEW."title" OR OLD."content_json" IS NOT NEW."content_json" OR OLD."plain_text" IS NOT NEW."plain_text" OR OLD."tactic" IS NOT NEW."tactic" OR OLD."status" IS NOT NEW."status" OR OLD."supervisor_comment" IS NOT NEW."supervisor_comment" OR OLD."reviewed_by" IS NOT NEW."reviewed_by" OR OLD."reviewed_at" IS NOT NEW."reviewed_at" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."updated_at" IS NOT NEW."updated_at" OR OLD."created_by" IS NOT NEW."created_by")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "conclusions" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"title" = ' || quote(OLD."title") || ', ' || '"content_json" = ' || quote(OLD."content_json") || ', ' || '"plain_text" = ' || quote(OLD."plain_text") || ', ' || '"tactic" = ' || quote(OLD."tactic") || ', ' || '"status" = ' || quote(OLD."status") || ', ' || '"supervisor_comment" = ' || quote(OLD."supervisor_comment") || ', ' || '"reviewed_by" = ' || quote(OLD."reviewed_by") || ', ' || '"reviewed_at" = ' || quote(OLD."reviewed_at") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ', ' || '"updated_at" = ' || quote(OLD."updated_at") || ', ' || '"created_by" = ' || quote(OLD."created_by") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_disagreement_decisions_delete
CREATE TRIGGER "history_disagreement_decisions_delete" AFTER DELETE ON "disagreement_decisions" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "disagreement_decisions" ("rowid", "id", "coder_a", "coder_b", "code_id", "source_id", "start", "end", "action", "accepted_coder", "thread_id", "decided_at", "decided_by") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."coder_a") || ', ' || quote(OLD."coder_b") || ', ' || quote(OLD."code_id") || ', ' || quote(OLD."source_id") || ', ' || quote(OLD."start") || ', ' || quote(OLD."end") || ', ' || quote(OLD."action") || ', ' || quote(OLD."accepted_coder") || ', ' || quote(OLD."thread_id") || ', ' || quote(OLD."decided_at") || ', ' || quote(OLD."decided_by") || ')');
      END;

-- trigger history_disagreement_decisions_insert
CREATE TRIGGER "history_disagreement_decisions_insert" AFTER INSERT ON "disagreement_decisions" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "disagreement_decisions" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_disagreement_decisions_update
CREATE TRIGGER "history_disagreement_decisions_update" AFTER UPDATE ON "disagreement_decisions" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."coder_a" IS NOT NEW."coder_a" OR OLD."coder_b" IS NOT NEW."coder_b" OR OLD."code_id" IS NOT NEW."code_id" OR OLD."source_id" IS NOT NEW."source_id" OR OLD."start" IS NOT NEW."start" OR OLD."end" IS NOT NEW."end" OR OLD."action" IS NOT NEW."action" OR OLD."accepted_coder" IS NOT NEW."accepted_coder" OR OLD."thread_id" IS NOT NEW."thread_id" OR OLD."decided_at" IS NOT NEW."decided_at" OR OLD."decided_by" IS NOT NEW."decided_by")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "disagreement_decisions" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"coder_a" = ' || quote(OLD."coder_a") || ', ' || '"coder_b" = ' || quote(OLD."coder_b") || ', ' || '"code_id" = ' || quote(OLD."code_id") || ', ' || '"source_id" = ' || quote(OLD."source_id") || ', ' || '"start" = ' || quote(OLD."start") || ', ' || '"end" = ' || quote(OLD."end") || ', ' || '"action" = ' || quote(OLD."action") || ', ' || '"accepted_coder" = ' || quote(OLD."accepted_coder") || ', ' || '"thread_id" = ' || quote(OLD."thread_id") || ', ' || '"decided_at" = ' || quote(OLD."decided_at") || ', ' || '"decided_by" = ' || quote(OLD."decided_by") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_memos_delete
CREATE TRIGGER "history_memos_delete" AFTER DELETE ON "memos" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "memos" ("rowid", "id", "target_kind", "source_id", "code_id", "coding_id", "case_id", "title", "content_json", "plain_text", "created_at", "updated_at", "created_by") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."target_kind") || ', ' || quote(OLD."source_id") || ', ' || quote(OLD."code_id") || ', ' || quote(OLD."coding_id") || ', ' || quote(OLD."case_id") || ', ' || quote(OLD."title") || ', ' || quote(OLD."content_json") || ', ' || quote(OLD."plain_text") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."updated_at") || ', ' || quote(OLD."created_by") || ')');
      END;

-- trigger history_memos_insert
CREATE TRIGGER "history_memos_insert" AFTER INSERT ON "memos" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "memos" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_memos_update
CREATE TRIGGER "history_memos_update" AFTER UPDATE ON "memos" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."target_kind" IS NOT NEW."target_kind" OR OLD."source_id" IS NOT NEW."source_id" OR OLD."code_id" IS NOT NEW."code_id" OR OLD."coding_id" IS NOT NEW."coding_id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."title" IS NOT NEW."title" OR OLD."content_json" IS NOT NEW."content_json" OR OLD."plain_text" IS NOT NEW."plain_text" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."updated_at" IS NOT NEW."updated_at" OR OLD."created_by" IS NOT NEW."created_by")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "memos" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"target_kind" = ' || quote(OLD."target_kind") || ', ' || '"source_id" = ' || quote(OLD."source_id") || ', ' || '"code_id" = ' || quote(OLD."code_id") || ', ' || '"coding_id" = ' || quote(OLD."coding_id") || ', ' || '"case_id" = ' || quote(OLD."case_id") || ', ' || '"title" = ' || quote(OLD."title") || ', ' || '"content_json" = ' || quote(OLD."content_json") || ', ' || '"plain_text" = ' || quote(OLD."plain_text") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ', ' || '"updated_at" = ' || quote(OLD."updated_at") || ', ' || '"created_by" = ' || quote(OLD."created_by") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_project_meta_delete
CREATE TRIGGER "history_project_meta_delete" AFTER DELETE ON "project_meta" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "project_meta" ("rowid", "key", "value") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."key") || ', ' || quote(OLD."value") || ')');
      END;

-- trigger history_project_meta_insert
CREATE TRIGGER "history_project_meta_insert" AFTER INSERT ON "project_meta" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "project_meta" WHERE ' || '"key" = ' || quote(NEW."key"));
      END;

-- trigger history_project_meta_update
CREATE TRIGGER "history_project_meta_update" AFTER UPDATE ON "project_meta" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."key" IS NOT NEW."key" OR OLD."value" IS NOT NEW."value")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "project_meta" SET ' || '"key" = ' || quote(OLD."key") || ', ' || '"value" = ' || quote(OLD."value") || ' WHERE ' || '"key" = ' || quote(NEW."key"));
      END;

-- trigger history_selections_delete
CREATE TRIGGER "history_selections_delete" AFTER DELETE ON "selections" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "selections" ("rowid", "id", "source_id", "start", "end", "snippet", "created_at", "created_by") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."source_id") || ', ' || quote(OLD."start") || ', ' || quote(OLD."end") || ', ' || quote(OLD."snippet") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."created_by") || ')');
      END;

-- trigger history_selections_insert
CREATE TRIGGER "history_selections_insert" AFTER INSERT ON "selections" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "selections" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_selections_update
CREATE TRIGGER "history_selections_update" AFTER UPDATE ON "selections" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."source_id" IS NOT NEW."source_id" OR OLD."start" IS NOT NEW."start" OR OLD."end" IS NOT NEW."end" OR OLD."snippet" IS NOT NEW."snippet" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."created_by" IS NOT NEW."created_by")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "selections" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"source_id" = ' || quote(OLD."source_id") || ', ' || '"start" = ' || quote(OLD."start") || ', ' || '"end" = ' || quote(OLD."end") || ', ' || '"snippet" = ' || quote(OLD."snippet") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ', ' || '"created_by" = ' || quote(OLD."created_by") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_set_sources_delete
CREATE TRIGGER "history_set_sources_delete" AFTER DELETE ON "set_sources" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "set_sources" ("set_id", "source_id") VALUES (' || quote(OLD."set_id") || ', ' || quote(OLD."source_id") || ')');
      END;

-- trigger history_set_sources_insert
CREATE TRIGGER "history_set_sources_insert" AFTER INSERT ON "set_sources" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "set_sources" WHERE ' || '"set_id" = ' || quote(NEW."set_id") || ' AND ' || '"source_id" = ' || quote(NEW."source_id"));
      END;

-- trigger history_set_sources_update
CREATE TRIGGER "history_set_sources_update" AFTER UPDATE ON "set_sources" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."set_id" IS NOT NEW."set_id" OR OLD."source_id" IS NOT NEW."source_id")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "set_sources" SET ' || '"set_id" = ' || quote(OLD."set_id") || ', ' || '"source_id" = ' || quote(OLD."source_id") || ' WHERE ' || '"set_id" = ' || quote(NEW."set_id") || ' AND ' || '"source_id" = ' || quote(NEW."source_id"));
      END;

-- trigger history_sets_delete
CREATE TRIGGER "history_sets_delete" AFTER DELETE ON "sets" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "sets" ("rowid", "id", "name", "description", "created_at") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."description") || ', ' || quote(OLD."created_at") || ')');
      END;

-- trigger history_sets_insert
CREATE TRIGGER "history_sets_insert" AFTER INSERT ON "sets" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "sets" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_sets_update
CREATE TRIGGER "history_sets_update" AFTER UPDATE ON "sets" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."description" IS NOT NEW."description" OR OLD."created_at" IS NOT NEW."created_at")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "sets" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"name" = ' || quote(OLD."name") || ', ' || '"description" = ' || quote(OLD."description") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_source_attribute_values_delete
CREATE TRIGGER "history_source_attribute_values_delete" AFTER DELETE ON "source_attribute_values" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "source_attribute_values" ("attribute_id", "source_id", "value") VALUES (' || quote(OLD."attribute_id") || ', ' || quote(OLD."source_id") || ', ' || quote(OLD."value") || ')');
      END;

-- trigger history_source_attribute_values_insert
CREATE TRIGGER "history_source_attribute_values_insert" AFTER INSERT ON "source_attribute_values" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "source_attribute_values" WHERE ' || '"attribute_id" = ' || quote(NEW."attribute_id") || ' AND ' || '"source_id" = ' || quote(NEW."source_id"));
      END;

-- trigger history_source_attribute_values_update
CREATE TRIGGER "history_source_attribute_values_update" AFTER UPDATE ON "source_attribute_values" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."attribute_id" IS NOT NEW."attribute_id" OR OLD."source_id" IS NOT NEW."source_id" OR OLD."value" IS NOT NEW."value")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "source_attribute_values" SET ' || '"attribute_id" = ' || quote(OLD."attribute_id") || ', ' || '"source_id" = ' || quote(OLD."source_id") || ', ' || '"value" = ' || quote(OLD."value") || ' WHERE ' || '"attribute_id" = ' || quote(NEW."attribute_id") || ' AND ' || '"source_id" = ' || quote(NEW."source_id"));
      END;

-- trigger history_sources_delete
CREATE TRIGGER "history_sources_delete" AFTER DELETE ON "sources" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "sources" ("rowid", "id", "name", "format", "text", "text_hash", "char_count", "word_count", "origin_file", "encoding", "description", "source_date", "imported_at", "created_by", "blocks") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."format") || ', ' || quote(OLD."text") || ', ' || quote(OLD."text_hash") || ', ' || quote(OLD."char_count") || ', ' || quote(OLD."word_count") || ', ' || quote(OLD."origin_file") || ', ' || quote(OLD."encoding") || ', ' || quote(OLD."description") || ', ' || quote(OLD."source_date") || ', ' || quote(OLD."imported_at") || ', ' || quote(OLD."created_by") || ', ' || quote(OLD."blocks") || ')');
      END;

-- trigger history_sources_insert
CREATE TRIGGER "history_sources_insert" AFTER INSERT ON "sources" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "sources" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_sources_update
CREATE TRIGGER "history_sources_update" AFTER UPDATE ON "sources" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."format" IS NOT NEW."format" OR OLD."text" IS NOT NEW."text" OR OLD."text_hash" IS NOT NEW."text_hash" OR OLD."char_count" IS NOT NEW."char_count" OR OLD."word_count" IS NOT NEW."word_count" OR OLD."origin_file" IS NOT NEW."origin_file" OR OLD."encoding" IS NOT NEW."encoding" OR OLD."description" IS NOT NEW."description" OR OLD."source_date" IS NOT NEW."source_date" OR OLD."imported_at" IS NOT NEW."imported_at" OR OLD."created_by" IS NOT NEW."created_by" OR OLD."blocks" IS NOT NEW."blocks")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "sources" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"name" = ' || quote(OLD."name") || ', ' || '"format" = ' || quote(OLD."format") || ', ' || '"text" = ' || quote(OLD."text") || ', ' || '"text_hash" = ' || quote(OLD."text_hash") || ', ' || '"char_count" = ' || quote(OLD."char_count") || ', ' || '"word_count" = ' || quote(OLD."word_count") || ', ' || '"origin_file" = ' || quote(OLD."origin_file") || ', ' || '"encoding" = ' || quote(OLD."encoding") || ', ' || '"description" = ' || quote(OLD."description") || ', ' || '"source_date" = ' || quote(OLD."source_date") || ', ' || '"imported_at" = ' || quote(OLD."imported_at") || ', ' || '"created_by" = ' || quote(OLD."created_by") || ', ' || '"blocks" = ' || quote(OLD."blocks") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_text_matrices_delete
CREATE TRIGGER "history_text_matrices_delete" AFTER DELETE ON "text_matrices" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "text_matrices" ("rowid", "id", "name", "template", "description", "rating_scale", "order_attribute_id", "created_at", "updated_at", "created_by") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."template") || ', ' || quote(OLD."description") || ', ' || quote(OLD."rating_scale") || ', ' || quote(OLD."order_attribute_id") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."updated_at") || ', ' || quote(OLD."created_by") || ')');
      END;

-- trigger history_text_matrices_insert
CREATE TRIGGER "history_text_matrices_insert" AFTER INSERT ON "text_matrices" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "text_matrices" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_text_matrices_update
CREATE TRIGGER "history_text_matrices_update" AFTER UPDATE ON "text_matrices" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."template" IS NOT NEW."template" OR OLD."description" IS NOT NEW."description" OR OLD."rating_scale" IS NOT NEW."rating_scale" OR OLD."order_attribute_id" IS NOT NEW."order_attribute_id" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."updated_at" IS NOT NEW."updated_at" OR OLD."created_by" IS NOT NEW."created_by")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "text_matrices" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"name" = ' || quote(OLD."name") || ', ' || '"template" = ' || quote(OLD."template") || ', ' || '"description" = ' || quote(OLD."description") || ', ' || '"rating_scale" = ' || quote(OLD."rating_scale") || ', ' || '"order_attribute_id" = ' || quote(OLD."order_attribute_id") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ', ' || '"updated_at" = ' || quote(OLD."updated_at") || ', ' || '"created_by" = ' || quote(OLD."created_by") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_text_matrix_cells_delete
CREATE TRIGGER "history_text_matrix_cells_delete" AFTER DELETE ON "text_matrix_cells" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "text_matrix_cells" ("rowid", "id", "matrix_id", "row_id", "column_id", "summary", "rating", "updated_at", "updated_by") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."matrix_id") || ', ' || quote(OLD."row_id") || ', ' || quote(OLD."column_id") || ', ' || quote(OLD."summary") || ', ' || quote(OLD."rating") || ', ' || quote(OLD."updated_at") || ', ' || quote(OLD."updated_by") || ')');
      END;

-- trigger history_text_matrix_cells_insert
CREATE TRIGGER "history_text_matrix_cells_insert" AFTER INSERT ON "text_matrix_cells" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "text_matrix_cells" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_text_matrix_cells_update
CREATE TRIGGER "history_text_matrix_cells_update" AFTER UPDATE ON "text_matrix_cells" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."matrix_id" IS NOT NEW."matrix_id" OR OLD."row_id" IS NOT NEW."row_id" OR OLD."column_id" IS NOT NEW."column_id" OR OLD."summary" IS NOT NEW."summary" OR OLD."rating" IS NOT NEW."rating" OR OLD."updated_at" IS NOT NEW."updated_at" OR OLD."updated_by" IS NOT NEW."updated_by")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "text_matrix_cells" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"matrix_id" = ' || quote(OLD."matrix_id") || ', ' || '"row_id" = ' || quote(OLD."row_id") || ', ' || '"column_id" = ' || quote(OLD."column_id") || ', ' || '"summary" = ' || quote(OLD."summary") || ', ' || '"rating" = ' || quote(OLD."rating") || ', ' || '"updated_at" = ' || quote(OLD."updated_at") || ', ' || '"updated_by" = ' || quote(OLD."updated_by") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_text_matrix_lines_delete
CREATE TRIGGER "history_text_matrix_lines_delete" AFTER DELETE ON "text_matrix_lines" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "text_matrix_lines" ("rowid", "id", "matrix_id", "axis", "ordinal", "label", "case_id", "source_id", "code_id", "grouping", "order_value") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."matrix_id") || ', ' || quote(OLD."axis") || ', ' || quote(OLD."ordinal") || ', ' || quote(OLD."label") || ', ' || quote(OLD."case_id") || ', ' || quote(OLD."source_id") || ', ' || quote(OLD."code_id") || ', ' || quote(OLD."grouping") || ', ' || quote(OLD."order_value") || ')');
      END;

-- trigger history_text_matrix_lines_insert
CREATE TRIGGER "history_text_matrix_lines_insert" AFTER INSERT ON "text_matrix_lines" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "text_matrix_lines" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_text_matrix_lines_update
CREATE TRIGGER "history_text_matrix_lines_update" AFTER UPDATE ON "text_matrix_lines" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."matrix_id" IS NOT NEW."matrix_id" OR OLD."axis" IS NOT NEW."axis" OR OLD."ordinal" IS NOT NEW."ordinal" OR OLD."label" IS NOT NEW."label" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."source_id" IS NOT NEW."source_id" OR OLD."code_id" IS NOT NEW."code_id" OR OLD."grouping" IS NOT NEW."grouping" OR OLD."order_value" IS NOT NEW."order_value")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "text_matrix_lines" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"matrix_id" = ' || quote(OLD."matrix_id") || ', ' || '"axis" = ' || quote(OLD."axis") || ', ' || '"ordinal" = ' || quote(OLD."ordinal") || ', ' || '"label" = ' || quote(OLD."label") || ', ' || '"case_id" = ' || quote(OLD."case_id") || ', ' || '"source_id" = ' || quote(OLD."source_id") || ', ' || '"code_id" = ' || quote(OLD."code_id") || ', ' || '"grouping" = ' || quote(OLD."grouping") || ', ' || '"order_value" = ' || quote(OLD."order_value") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_text_matrix_quotes_delete
CREATE TRIGGER "history_text_matrix_quotes_delete" AFTER DELETE ON "text_matrix_quotes" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "text_matrix_quotes" ("rowid", "id", "cell_id", "ordinal", "source_id", "start", "end", "snippet") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."cell_id") || ', ' || quote(OLD."ordinal") || ', ' || quote(OLD."source_id") || ', ' || quote(OLD."start") || ', ' || quote(OLD."end") || ', ' || quote(OLD."snippet") || ')');
      END;

-- trigger history_text_matrix_quotes_insert
CREATE TRIGGER "history_text_matrix_quotes_insert" AFTER INSERT ON "text_matrix_quotes" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "text_matrix_quotes" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_text_matrix_quotes_update
CREATE TRIGGER "history_text_matrix_quotes_update" AFTER UPDATE ON "text_matrix_quotes" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."cell_id" IS NOT NEW."cell_id" OR OLD."ordinal" IS NOT NEW."ordinal" OR OLD."source_id" IS NOT NEW."source_id" OR OLD."start" IS NOT NEW."start" OR OLD."end" IS NOT NEW."end" OR OLD."snippet" IS NOT NEW."snippet")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "text_matrix_quotes" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"cell_id" = ' || quote(OLD."cell_id") || ', ' || '"ordinal" = ' || quote(OLD."ordinal") || ', ' || '"source_id" = ' || quote(OLD."source_id") || ', ' || '"start" = ' || quote(OLD."start") || ', ' || '"end" = ' || quote(OLD."end") || ', ' || '"snippet" = ' || quote(OLD."snippet") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_users_delete
CREATE TRIGGER "history_users_delete" AFTER DELETE ON "users" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO "users" ("rowid", "id", "name", "created_at") VALUES (' || quote(OLD."rowid") || ', ' || quote(OLD."id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."created_at") || ')');
      END;

-- trigger history_users_insert
CREATE TRIGGER "history_users_insert" AFTER INSERT ON "users" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM "users" WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger history_users_update
CREATE TRIGGER "history_users_update" AFTER UPDATE ON "users" WHEN (SELECT recording FROM history_state WHERE id = 1) = 1 AND (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."created_at" IS NOT NEW."created_at")
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE "users" SET ' || '"id" = ' || quote(OLD."id") || ', ' || '"name" = ' || quote(OLD."name") || ', ' || '"created_at" = ' || quote(OLD."created_at") || ' WHERE ' || '"id" = ' || quote(NEW."id"));
      END;

-- trigger memos_fts_ad
CREATE TRIGGER memos_fts_ad AFTER DELETE ON memos BEGIN
        INSERT INTO memos_fts(memos_fts, rowid, title, plain_text) VALUES ('delete', old.rowid, old.title, old.plain_text);
      END;

-- trigger memos_fts_ai
CREATE TRIGGER memos_fts_ai AFTER INSERT ON memos BEGIN
        INSERT INTO memos_fts(rowid, title, plain_text) VALUES (new.rowid, new.title, new.plain_text);
      END;

-- trigger memos_fts_au
CREATE TRIGGER memos_fts_au AFTER UPDATE OF title, plain_text ON memos BEGIN
        INSERT INTO memos_fts(memos_fts, rowid, title, plain_text) VALUES ('delete', old.rowid, old.title, old.plain_text);
        INSERT INTO memos_fts(rowid, title, plain_text) VALUES (new.rowid, new.title, new.plain_text);
      END;

-- trigger sources_fts_ad
CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
        INSERT INTO sources_fts(sources_fts, rowid, name, text)
          SELECT 'delete', old.rowid, old.name, old.text
          WHERE NOT EXISTS (SELECT 1 FROM sources_fts_pending WHERE source_rowid = old.rowid);
        DELETE FROM sources_fts_pending WHERE source_rowid = old.rowid;
      END;

-- trigger sources_fts_ai
CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
        INSERT OR IGNORE INTO sources_fts_pending (source_rowid) VALUES (new.rowid);
      END;

-- trigger sources_fts_au
CREATE TRIGGER sources_fts_au AFTER UPDATE OF name, text ON sources BEGIN
        INSERT INTO sources_fts(sources_fts, rowid, name, text)
          SELECT 'delete', old.rowid, old.name, old.text
          WHERE NOT EXISTS (SELECT 1 FROM sources_fts_pending WHERE source_rowid = old.rowid);
        INSERT OR IGNORE INTO sources_fts_pending (source_rowid) VALUES (new.rowid);
      END;
