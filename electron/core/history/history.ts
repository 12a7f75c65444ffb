import type Database from 'better-sqlite3';
import { cachedStatement } from '../db/statement-cache';

/** Undo steps kept; older ones are dropped when a new step is recorded. */
export const MAX_UNDO_STEPS = 500;

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/**
 * Runs `work` while the history triggers record, then files what they recorded as one undo step
 * labelled `label` (nothing is filed when nothing changed). Must be called inside a transaction,
 * so the step and the change commit or roll back together.
 */
export function recordStep<T>(db: Database.Database, label: string, work: () => T): T {
  if (!db.inTransaction) throw new Error('recordStep must run inside a transaction');
  setRecording(db, true);
  let result: T;
  try {
    result = work();
  } finally {
    setRecording(db, false);
  }
  fileStep(db, 'undo', label, true);
  return result;
}

function setRecording(db: Database.Database, on: boolean): void {
  cachedStatement(db, 'UPDATE history_state SET recording = ? WHERE id = 1').run(on ? 1 : 0);
}

/** Gives the unfiled entries a step of their own on `stack`. */
function fileStep(db: Database.Database, stack: 'undo' | 'redo', label: string, clearsRedo: boolean): boolean {
  const pending = cachedStatement(db, 'SELECT count(*) AS n FROM history_entries WHERE step_id IS NULL').get() as { n: number };
  if (pending.n === 0) return false;
  const at = new Date().toISOString();
  const step = cachedStatement(db, 'INSERT INTO history_steps (stack, label, at) VALUES (?, ?, ?)').run(stack, label, at);
  cachedStatement(db, 'UPDATE history_entries SET step_id = ? WHERE step_id IS NULL').run(step.lastInsertRowid);
  if (clearsRedo) cachedStatement(db, `DELETE FROM history_steps WHERE stack = 'redo'`).run();
  if (stack === 'undo') {
    cachedStatement(
      db,
      `DELETE FROM history_steps WHERE stack = 'undo' AND id <= (
         SELECT id FROM history_steps WHERE stack = 'undo' ORDER BY id DESC LIMIT 1 OFFSET ?)`,
    ).run(MAX_UNDO_STEPS);
  }
  return true;
}

/**
 * Replays the newest step of `from` backwards; what the triggers record while doing so is the
 * step that reverses it, filed on the other stack. Returns the replayed step's label or null.
 */
function replay(db: Database.Database, from: 'undo' | 'redo'): string | null {
  return db.transaction(() => {
    const step = db
      .prepare('SELECT id, label FROM history_steps WHERE stack = ? ORDER BY id DESC LIMIT 1')
      .get(from) as { id: number; label: string } | undefined;
    if (!step) return null;
    // Rows come back in reverse order of their deletion, so a child may return before its parent.
    db.pragma('defer_foreign_keys = ON');
    const entries = db
      .prepare('SELECT sql FROM history_entries WHERE step_id = ? ORDER BY seq DESC')
      .all(step.id) as { sql: string }[];
    setRecording(db, true);
    try {
      for (const e of entries) db.prepare(e.sql).run();
    } finally {
      setRecording(db, false);
    }
    db.prepare('DELETE FROM history_steps WHERE id = ?').run(step.id);
    fileStep(db, from === 'undo' ? 'redo' : 'undo', step.label, false);
    return step.label;
  })();
}

export function undo(db: Database.Database): string | null {
  return replay(db, 'undo');
}

export function redo(db: Database.Database): string | null {
  return replay(db, 'redo');
}

export function historyState(db: Database.Database): HistoryState {
  const top = (stack: string) =>
    (db.prepare('SELECT label FROM history_steps WHERE stack = ? ORDER BY id DESC LIMIT 1').get(stack) as
      | { label: string }
      | undefined)?.label ?? null;
  const undoLabel = top('undo');
  const redoLabel = top('redo');
  return { canUndo: undoLabel !== null, canRedo: redoLabel !== null, undoLabel, redoLabel };
}

/** Forgets all history: after writes that were not recorded (sample creation, migrations). */
export function clearHistory(db: Database.Database): void {
  db.prepare('DELETE FROM history_steps').run();
  db.prepare('DELETE FROM history_entries').run();
}
