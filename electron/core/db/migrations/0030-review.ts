import type { Migration } from './migration';

/**
 * Supervisor review: comment threads and decisions on coders' disagreements.
 *
 * A thread is about exactly one target:
 * - 'coding' and 'code' reference their rows (deleting the coding or code deletes its threads);
 * - 'conclusion' and 'matrix-cell' belong to the analysis area, whose tables are another migration's:
 *   they are referenced by id (and, for a cell, the row and column keys of the matrix axes) without a
 *   foreign key, so this table does not depend on how that area stores them. A thread whose
 *   conclusion was deleted is kept (the discussion is part of the review record) and shown as such.
 * Open/resolved is a state of the thread; the comments in it are kept in order of writing.
 *
 * disagreement_decisions records what the reviewer decided about one place where two coders differ
 * (same code, same source, same range), so "keep both" and "discuss" leave the list of open
 * disagreements and the decisions can be reported. Coders are stored in a fixed order (coder_a <
 * coder_b) so that A/B order in the view does not matter.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'review',
  up(db) {
    db.exec(`
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
      CREATE INDEX comment_threads_coding ON comment_threads(coding_id);
      CREATE INDEX comment_threads_code ON comment_threads(code_id);
      CREATE INDEX comment_threads_ref ON comment_threads(target_kind, target_ref);
      CREATE INDEX comment_threads_status ON comment_threads(status);

      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
        body TEXT NOT NULL CHECK (length(body) > 0),
        created_at TEXT NOT NULL,
        author_id TEXT REFERENCES users(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX comments_thread ON comments(thread_id, created_at);

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
      CREATE UNIQUE INDEX disagreement_decisions_place ON disagreement_decisions(coder_a, coder_b, code_id, source_id, start, end);
    `);
  },
};
