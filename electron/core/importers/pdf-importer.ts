/**
 * PDF to canonical text with pdfjs-dist's legacy build (the one that runs in Node 20). The text layer
 * only: one 'page' block per page that has text, in page order, lines separated by "\n". The block
 * model has no page field, so a page's number is its position among the pages; pages without text
 * (scans, pictures) are left out and named in a warning, so numbers can be recovered from it.
 *
 * Nothing is fetched: the document is given as bytes, range/stream fetching is off, fonts are never
 * loaded into the system (`disableFontFace`), no code is generated from the file (`isEvalSupported:
 * false`), XFA forms are off, and the worker is pdfjs's in-process fake worker (a local module). The
 * only files read are pdfjs's own character maps and standard font data from its package folder.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentAssembler } from './document-assembler';
import { errorPhrase } from '../i18n/error-phrase';
import type { Phrase } from '../../../shared/api/phrase';
import { ImportError, type ImportedDocument, type ImportOptions } from './imported-document';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | undefined;
function loadPdfJs(): Promise<PdfJs> {
  // Imported by absolute URL, resolved from this module: the import worker runs this code as a
  // bundled script, where a bare specifier would be looked up from the working directory.
  const url = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  pdfjsPromise ??= import(url) as Promise<PdfJs>;
  return pdfjsPromise;
}

/** pdfjs's package folder, for its bundled CMaps and standard fonts (local files, never the network). */
function pdfjsAssetDir(sub: string): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
    // pdfjs in Node reads these with fs when given a path ending in "/".
    return path.join(path.dirname(pkg), sub) + path.sep;
  } catch {
    return undefined;
  }
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

export async function importPdf(bytes: Uint8Array, fileName: string, _opts: ImportOptions = {}): Promise<ImportedDocument> {
  const pdfjs = await loadPdfJs();
  const cMapUrl = pdfjsAssetDir('cmaps');
  const standardFontDataUrl = pdfjsAssetDir('standard_fonts');
  // pdfjs detaches the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
    ...(standardFontDataUrl ? { standardFontDataUrl } : {}),
  });
  // No onPassword handler: pdfjs then rejects a password-protected file with a PasswordException.
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    throw pdfError(err, fileName);
  }

  const assembler = new DocumentAssembler();
  const empty: number[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: false });
      const text = pageText(content.items as TextItemLike[]);
      if (!assembler.add({ kind: 'page', text })) empty.push(n);
      page.cleanup();
    }
  } catch (err) {
    throw pdfError(err, fileName);
  } finally {
    await doc.destroy();
  }

  if (assembler.blockCount === 0) {
    throw new ImportError('empty', fileName, errorPhrase('errors.pdf.noTextLayer', { pages: doc.numPages }));
  }
  const warnings: Phrase[] = [];
  if (empty.length > 0) {
    warnings.push(errorPhrase('errors.pdf.emptyPages', { empty: empty.length, pages: doc.numPages, list: listPages(empty) }));
  }
  return assembler.build('pdf', warnings);
}

/** A page's text items as lines: items run on until one ends its line; blank lines collapse. */
export function pageText(items: TextItemLike[]): string {
  let s = '';
  for (const item of items) {
    if (typeof item.str === 'string') s += item.str;
    if (item.hasEOL) s += '\n';
  }
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function listPages(pages: number[]): string {
  return pages.length > 20 ? `${pages.slice(0, 20).join(', ')}, …` : pages.join(', ');
}

function pdfError(err: unknown, fileName: string): ImportError {
  if (err instanceof ImportError) return err;
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException' || /password/i.test(e?.message ?? '')) {
    return new ImportError('unsupported-type', fileName, errorPhrase('errors.pdf.password'));
  }
  if (e?.name === 'InvalidPDFException' || e?.name === 'FormatError') {
    return new ImportError('corrupt', fileName, errorPhrase('errors.pdf.invalid', { detail: e.message ?? 'invalid structure' }));
  }
  return new ImportError('corrupt', fileName, errorPhrase('errors.pdf.unreadable', { detail: e?.message ?? String(err) }));
}
