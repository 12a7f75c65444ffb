import type { Migration } from './migration';
import { migration0010 } from './0010-initial';

/** Every migration, in order. Add new ones at the end, numbered in steps of 10. */
export const migrations: readonly Migration[] = [migration0010];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
