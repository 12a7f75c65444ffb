import type { Migration } from './migration';
import { migration0010 } from './0010-initial';
import { migration0020 } from './0020-display-and-conclusions';
import { migration0030 } from './0030-review';
import { migration0040 } from './0040-packed-blocks-and-deferred-search-index';
import { migration0050 } from './0050-matrix-speed';

/** Every migration, in order. Add new ones at the end, numbered in steps of 10. */
export const migrations: readonly Migration[] = [migration0010, migration0020, migration0030, migration0040, migration0050];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
