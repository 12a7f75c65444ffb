import { importDocument } from '../importers/import-document';
import { ImportError, type ImportedDocument, type ImportOptions } from '../importers/imported-document';
import { measureSource, type SourceMeasures } from '../store/source-measures';

/**
 * A parsed file ready to store: canonical text and blocks, plus its measures (word and code point
 * counts, hash, packed blocks), so that storing on the main thread is little more than one INSERT.
 */
export interface ParsedDocument {
  doc: ImportedDocument;
  measures: SourceMeasures;
}

export type ParseOutcome = { ok: true; value: ParsedDocument } | { ok: false; code: string; message: string };

/** Everything CPU-heavy about a file, kept apart from storing so it can run in a worker thread. */
export async function parseDocument(fileName: string, bytes: Uint8Array, options: ImportOptions): Promise<ParseOutcome> {
  try {
    const doc = await importDocument({ fileName, bytes, options });
    return { ok: true, value: { doc, measures: measureSource(doc) } };
  } catch (err) {
    if (err instanceof ImportError) return { ok: false, code: err.code, message: err.message };
    return { ok: false, code: 'corrupt', message: `${fileName}: ${(err as Error).message}` };
  }
}
