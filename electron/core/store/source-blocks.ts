import type Database from 'better-sqlite3';
import type { Block } from '../../../shared/api/methods/source-methods';
import { isBlockKind } from '../../../shared/text/block-kinds';
import { blockContaining } from '../../../shared/text/block-lookup';
import type { ImportedBlock } from '../importers/imported-document';
import { found } from './row-helpers';

/**
 * A source's blocks are stored packed in one column, `sources.blocks` (migration 0040): a JSON array
 * of tuples [start, end, bodyStart, kind, speaker, timeStartMs, timeEndMs, level], in reading order.
 * One column instead of one row per block makes storing a transcript one row (and one undo entry)
 * rather than hundreds, and blocks are always read whole per source anyway. Invariants: code
 * points into the source's text, end exclusive, in order, not overlapping, start <= bodyStart <= end.
 */
type PackedBlock = [number, number, number, string, string | null, number | null, number | null, number | null];

export function packBlocks(blocks: readonly (ImportedBlock | Block)[]): string {
  return JSON.stringify(
    blocks.map((b): PackedBlock => [b.start, b.end, b.bodyStart, b.kind, b.speaker ?? null, b.timeStartMs ?? null, b.timeEndMs ?? null, b.level ?? null]),
  );
}

/** Reads the packed column; a value that is not the documented shape is refused with where it came from. */
export function unpackBlocks(json: string, sourceId: string): Block[] {
  const raw = JSON.parse(json) as unknown;
  if (!Array.isArray(raw)) throw new Error(`The blocks of source ${sourceId} are damaged (not a list).`);
  return raw.map((t, i) => {
    if (!Array.isArray(t) || t.length !== 8 || !isBlockKind(t[3])) {
      throw new Error(`The blocks of source ${sourceId} are damaged at block ${i + 1}.`);
    }
    const [start, end, bodyStart, kind, speaker, timeStartMs, timeEndMs, level] = t as PackedBlock;
    return { start, end, bodyStart, kind: kind as Block['kind'], speaker, timeStartMs, timeEndMs, level };
  });
}

/** A source's blocks, or null when there is no such source. */
function readBlocks(db: Database.Database, sourceId: string): Block[] | null {
  const row = db.prepare('SELECT blocks FROM sources WHERE id = ?').get(sourceId) as { blocks: string } | undefined;
  return row ? unpackBlocks(row.blocks, sourceId) : null;
}

export function getBlocks(db: Database.Database, sourceId: string): Block[] {
  return found(readBlocks(db, sourceId) ?? undefined, 'Source', sourceId);
}

/** The block holding a position, with its 0-based ordinal. */
export interface BlockAt {
  ordinal: number;
  block: Block;
}

/**
 * Finds the block holding a position, reading each source's blocks once: for queries that place many
 * segments (retrieval, drill-down, reports, disagreements). Lives as long as one read.
 */
export class BlockFinder {
  private readonly cache = new Map<string, Block[]>();
  constructor(private readonly db: Database.Database) {}

  blocksOf(sourceId: string): Block[] {
    let blocks = this.cache.get(sourceId);
    if (!blocks) {
      blocks = readBlocks(this.db, sourceId) ?? [];
      this.cache.set(sourceId, blocks);
    }
    return blocks;
  }

  at(sourceId: string, pos: number): BlockAt | null {
    const blocks = this.blocksOf(sourceId);
    const i = blockContaining(blocks, pos);
    return i < 0 ? null : { ordinal: i, block: blocks[i]! };
  }
}
