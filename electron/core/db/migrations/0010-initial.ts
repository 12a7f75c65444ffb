import type { Migration } from './migration';

/**
 * The first schema. Invariants: ids are GUID strings (REFI-QDA needs them); positions are code
 * points into sources.text, half-open [start, end); timestamps are ISO-8601 UTC strings.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL
      ) STRICT;

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
      ) STRICT;
      CREATE INDEX sources_name ON sources(name);

      CREATE TABLE source_blocks (
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        body_start INTEGER NOT NULL,
        kind TEXT NOT NULL,
        speaker TEXT,
        time_start_ms INTEGER,
        time_end_ms INTEGER,
        level INTEGER,
        PRIMARY KEY (source_id, ordinal),
        CHECK (start <= body_start AND body_start <= end)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sets (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE set_sources (
        set_id TEXT NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (set_id, source_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX set_sources_source ON set_sources(source_id);

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE case_sources (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (case_id, source_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_sources_source ON case_sources(source_id);

      CREATE TABLE attributes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean')),
        scope TEXT NOT NULL CHECK (scope IN ('case', 'source')),
        sort_key INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE TABLE case_attribute_values (
        attribute_id TEXT NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        value TEXT NOT NULL,
        PRIMARY KEY (attribute_id, case_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE source_attribute_values (
        attribute_id TEXT NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        value TEXT NOT NULL,
        PRIMARY KEY (attribute_id, source_id)
      ) STRICT, WITHOUT ROWID;

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
      -- Names are unique among siblings (top-level codes share the '' parent).
      CREATE UNIQUE INDEX codes_sibling_name ON codes(coalesce(parent_id, ''), name COLLATE NOCASE);
      CREATE INDEX codes_parent ON codes(parent_id);

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
      CREATE INDEX selections_source ON selections(source_id, start);

      CREATE TABLE codings (
        id TEXT PRIMARY KEY,
        selection_id TEXT NOT NULL REFERENCES selections(id) ON DELETE CASCADE,
        code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
        coder_id TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        UNIQUE (selection_id, code_id, coder_id)
      ) STRICT;
      CREATE INDEX codings_code ON codings(code_id);
      CREATE INDEX codings_coder ON codings(coder_id);

      -- A memo belongs to the project or to exactly one thing; deleting that thing deletes its memo.
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
      CREATE INDEX memos_source ON memos(source_id);
      CREATE INDEX memos_code ON memos(code_id);
      CREATE INDEX memos_coding ON memos(coding_id);
      CREATE INDEX memos_case ON memos(case_id);

      -- Full-text search (external content, kept in step by triggers, so undo keeps it right too).
      CREATE VIRTUAL TABLE sources_fts USING fts5(
        name, text, content='sources', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
        INSERT INTO sources_fts(rowid, name, text) VALUES (new.rowid, new.name, new.text);
      END;
      CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
        INSERT INTO sources_fts(sources_fts, rowid, name, text) VALUES ('delete', old.rowid, old.name, old.text);
      END;
      CREATE TRIGGER sources_fts_au AFTER UPDATE OF name, text ON sources BEGIN
        INSERT INTO sources_fts(sources_fts, rowid, name, text) VALUES ('delete', old.rowid, old.name, old.text);
        INSERT INTO sources_fts(rowid, name, text) VALUES (new.rowid, new.name, new.text);
      END;

      CREATE VIRTUAL TABLE memos_fts USING fts5(
        title, plain_text, content='memos', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER memos_fts_ai AFTER INSERT ON memos BEGIN
        INSERT INTO memos_fts(rowid, title, plain_text) VALUES (new.rowid, new.title, new.plain_text);
      END;
      CREATE TRIGGER memos_fts_ad AFTER DELETE ON memos BEGIN
        INSERT INTO memos_fts(memos_fts, rowid, title, plain_text) VALUES ('delete', old.rowid, old.title, old.plain_text);
      END;
      CREATE TRIGGER memos_fts_au AFTER UPDATE OF title, plain_text ON memos BEGIN
        INSERT INTO memos_fts(memos_fts, rowid, title, plain_text) VALUES ('delete', old.rowid, old.title, old.plain_text);
        INSERT INTO memos_fts(rowid, title, plain_text) VALUES (new.rowid, new.title, new.plain_text);
      END;

      -- Per-project settings that are not part of the research record (active coder, view state):
      -- not undoable.
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      -- Undo/redo history, kept in the file so it survives a restart (see electron/core/history).
      CREATE TABLE history_steps (
        id INTEGER PRIMARY KEY,
        stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
        label TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE history_entries (
        seq INTEGER PRIMARY KEY,
        step_id INTEGER REFERENCES history_steps(id) ON DELETE CASCADE,
        sql TEXT NOT NULL
      ) STRICT;
      CREATE INDEX history_entries_step ON history_entries(step_id, seq);
      CREATE TABLE history_state (id INTEGER PRIMARY KEY CHECK (id = 1), recording INTEGER NOT NULL) STRICT;
      INSERT INTO history_state (id, recording) VALUES (1, 0);
    `);
  },
};
