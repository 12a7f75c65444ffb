import type Database from 'better-sqlite3';

/** One schema step. `version` is the file's number (0010, 0020, …); never edit one that has shipped. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
