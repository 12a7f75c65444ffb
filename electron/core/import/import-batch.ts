import fs from 'node:fs';
import path from 'node:path';
import type { ImportResult, ImportSummary } from '../../../shared/api/methods/source-methods';
import { importDocument } from '../importers/import-document';
import { ImportError, MAX_IMPORT_BYTES, type ImportOptions } from '../importers/imported-document';
import { insertSource } from '../store/source-store';
import type { HandlerContext } from '../api/handler-types';

/** One file of a batch: read lazily so a huge file is refused before it is loaded. */
export interface BatchFile {
  name: string;
  size(): number;
  read(): Uint8Array;
  originFile: string | null;
}

export function fileFromPath(p: string): BatchFile {
  return {
    name: path.basename(p),
    originFile: path.resolve(p),
    size: () => fs.statSync(p).size,
    read: () => new Uint8Array(fs.readFileSync(p)),
  };
}

export function fileFromUpload(name: string, base64: string): BatchFile {
  const bytes = () => new Uint8Array(Buffer.from(base64, 'base64'));
  return { name: path.basename(name), originFile: null, size: () => Math.floor((base64.length * 3) / 4), read: bytes };
}

export interface BatchOptions extends ImportOptions {
  setId?: string;
  caseId?: string;
}

function sourceNameFor(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

/**
 * Imports files one by one: each file is read, converted and stored in its own transaction (one
 * undo step), so a failure stores nothing of that file and the batch goes on; cancelling stops
 * before the next file. Ends with a per-file summary.
 */
export async function importBatch(files: BatchFile[], options: BatchOptions, ctx: HandlerContext): Promise<ImportSummary> {
  const results: ImportResult[] = [];
  let cancelled = false;
  const coder = ctx.session.activeCoderId();
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (ctx.job.cancelled) {
      cancelled = true;
      break;
    }
    ctx.job.progress(i, files.length, file.name);
    try {
      let size: number;
      try {
        size = file.size();
      } catch (err) {
        throw new ImportError('corrupt', file.name, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
      }
      const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
      if (size > limit) {
        throw new ImportError(
          'too-large',
          file.name,
          `is ${(size / 1048576).toFixed(1)} MB; the largest file Telaah imports is ${(limit / 1048576).toFixed(0)} MB. Split it into smaller files.`,
        );
      }
      const doc = await importDocument({ fileName: file.name, bytes: file.read(), options });
      const name = sourceNameFor(file.name);
      const sourceId = ctx.write(`Import ${file.name}`, () => {
        const id = insertSource(ctx.db, { name, doc, originFile: file.originFile, createdBy: coder });
        if (options.setId) ctx.db.prepare('INSERT INTO set_sources (set_id, source_id) VALUES (?, ?)').run(options.setId, id);
        if (options.caseId) ctx.db.prepare('INSERT INTO case_sources (case_id, source_id) VALUES (?, ?)').run(options.caseId, id);
        return id;
      });
      results.push({ file: file.name, ok: true, sourceId, name, warnings: doc.warnings });
    } catch (err) {
      const code = err instanceof ImportError ? err.code : 'failed';
      const message = err instanceof ImportError ? err.message : `${file.name}: ${(err as Error).message}`;
      results.push({ file: file.name, ok: false, warnings: [], error: { code, message } });
    }
  }
  ctx.job.progress(results.length, files.length);
  const imported = results.filter((r) => r.ok).length;
  return { results, imported, failed: results.length - imported, cancelled };
}
