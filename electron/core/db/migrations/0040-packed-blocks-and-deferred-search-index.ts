import type { Migration } from './migration';

/**
 * Faster imports (a 72 KB transcript took ~5 ms to store, four times what reading it costs):
 *
 * 1. A source's blocks move from one row each in source_blocks into one packed JSON column,
 *    sources.blocks (format in electron/core/store/source-blocks.ts). Storing a transcript is then
 *    one row and one undo entry instead of hundreds; blocks were only ever read whole per source.
 *
 * 2. Sources are indexed for full-text search after they are stored, not while: the FTS5 triggers
 *    now only queue the source in sources_fts_pending, and electron/core/store/search-index.ts
 *    indexes the queue, many sources per transaction, when the session is idle and always before
 *    a search reads the index, so a search never misses a stored source. The queue is in the file, so a crash before indexing loses nothing.
 *    Invariant: a source's rowid is in sources_fts_pending exactly when its current name and text
 *    are not in sources_fts. FTS5's 'delete' of a row that was never indexed corrupts an
 *    external-content index, so delete and update skip the index for queued sources.
 *    sources_fts_pending is derived state, not part of the research record, so it is not recorded
 *    for undo (the triggers keep it right whichever way sources change, undo and redo included).
 *
 * Undo history recorded before this migration names source_blocks; open-project clears the history
 * whenever it migrates a file (steps are SQL against the old tables), so none of it is replayed.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'packed-blocks-and-deferred-search-index',
  up(db) {
    db.exec(`
      ALTER TABLE sources ADD COLUMN blocks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(blocks));
      UPDATE sources SET blocks = coalesce((
        SELECT json_group_array(json_array(b.start, b.end, b.body_start, b.kind, b.speaker, b.time_start_ms, b.time_end_ms, b.level) ORDER BY b.ordinal)
        FROM source_blocks b WHERE b.source_id = sources.id
      ), '[]');

      DROP TABLE source_blocks;

      CREATE TABLE sources_fts_pending (source_rowid INTEGER PRIMARY KEY) STRICT;
      DROP TRIGGER sources_fts_ai;
      DROP TRIGGER sources_fts_ad;
      DROP TRIGGER sources_fts_au;
      CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
        INSERT OR IGNORE INTO sources_fts_pending (source_rowid) VALUES (new.rowid);
      END;
      CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
        INSERT INTO sources_fts(sources_fts, rowid, name, text)
          SELECT 'delete', old.rowid, old.name, old.text
          WHERE NOT EXISTS (SELECT 1 FROM sources_fts_pending WHERE source_rowid = old.rowid);
        DELETE FROM sources_fts_pending WHERE source_rowid = old.rowid;
      END;
      CREATE TRIGGER sources_fts_au AFTER UPDATE OF name, text ON sources BEGIN
        INSERT INTO sources_fts(sources_fts, rowid, name, text)
          SELECT 'delete', old.rowid, old.name, old.text
          WHERE NOT EXISTS (SELECT 1 FROM sources_fts_pending WHERE source_rowid = old.rowid);
        INSERT OR IGNORE INTO sources_fts_pending (source_rowid) VALUES (new.rowid);
      END;
    `);
  },
};
