import fs from 'node:fs';
import { importDocument } from '../importers/import-document';
import { ImportError, type ImportedDocument, type ImportOptions } from '../importers/imported-document';
import { measureSource, type SourceMeasures } from '../store/source-measures';

/**
 * A parsed file ready to store: canonical text, plus its measures (word and code point counts, hash,
 * and the blocks, packed), so that storing on the main thread is little more than one INSERT. The
 * blocks travel only packed: copying hundreds of block objects to the main thread cost more than
 * everything else in the message.
 */
export interface ParsedDocument {
  doc: Omit<ImportedDocument, 'blocks'>;
  measures: SourceMeasures;
}

export type ParseOutcome = { ok: true; value: ParsedDocument } | { ok: false; code: string; message: string };

/**
 * A file's bytes, or where to read them: a worker reads a file itself rather than have the main
 * thread read it and copy it across.
 */
export type ParseInput = Uint8Array | { path: string };

/** Everything CPU-heavy about a file, kept apart from storing so it can run in a worker thread. */
export async function parseDocument(fileName: string, input: ParseInput, options: ImportOptions): Promise<ParseOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = input instanceof Uint8Array ? input : fs.readFileSync(input.path);
  } catch (err) {
    return unreadable(fileName, err);
  }
  try {
    const { blocks, ...doc } = await importDocument({ fileName, bytes, options });
    return { ok: true, value: { doc, measures: measureSource({ text: doc.text, blocks }) } };
  } catch (err) {
    if (err instanceof ImportError) return { ok: false, code: err.code, message: err.message };
    return { ok: false, code: 'corrupt', message: `${fileName}: ${(err as Error).message}` };
  }
}

/** A file that cannot be looked at or read (missing, a folder, no permission), named with the reason. */
export function unreadable(fileName: string, err: unknown): ParseOutcome {
  const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  return { ok: false, code: 'corrupt', message: `${fileName}: cannot be read (${why}).` };
}
