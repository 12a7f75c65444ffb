import fs from 'node:fs';
import { importDocument } from '../importers/import-document';
import { ImportError, type ImportedDocument, type ImportOptions } from '../importers/imported-document';
import { errorPhrase } from '../i18n/error-phrase';
import type { Phrase } from '../../../shared/api/phrase';
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

/** A file that was not imported: its code, the English "file: reason" and the reason as a phrase. */
export interface ParseFailure {
  ok: false;
  code: string;
  message: string;
  reason: Phrase;
}

export type ParseOutcome = { ok: true; value: ParsedDocument } | ParseFailure;

/** The failure of `fileName` for `reason`. */
export function parseFailure(fileName: string, code: string, reason: Phrase): ParseFailure {
  return { ok: false, code, message: `${fileName}: ${reason.english}`, reason };
}

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
    if (err instanceof ImportError) return parseFailure(fileName, err.code, err.reason);
    return parseFailure(fileName, 'corrupt', errorPhrase('errors.import.failed', { detail: (err as Error).message }));
  }
}

/** A file that cannot be looked at or read (missing, a folder, no permission), named with the reason. */
export function unreadable(fileName: string, err: unknown): ParseOutcome {
  const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  return parseFailure(fileName, 'corrupt', errorPhrase('errors.import.unreadableFile', { detail: why }));
}
