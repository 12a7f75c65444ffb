import type Database from 'better-sqlite3';
import { WordIndex } from '../../../shared/text/word-count';

/**
 * Word indexes of source texts for the "coded words" measure. Building one reads the whole text
 * (tens of milliseconds for a long transcript), so recent ones are kept, keyed by source id and text
 * hash: a source's text never changes after import, and a new hash means a different text.
 */
const MAX_ENTRIES = 500;
const cache = new Map<string, WordIndex>();

export function sourceWordCounter(db: Database.Database, sourceId: string): WordIndex {
  const row = db.prepare('SELECT text_hash AS hash FROM sources WHERE id = ?').get(sourceId) as { hash: string } | undefined;
  const key = `${sourceId}:${row?.hash ?? ''}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit;
  }
  const text = (db.prepare('SELECT text FROM sources WHERE id = ?').get(sourceId) as { text: string } | undefined)?.text ?? '';
  const index = new WordIndex(text);
  cache.set(key, index);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return index;
}
