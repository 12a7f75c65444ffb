/**
 * One entry point for importing a document: checks the size, chooses the importer from the file's
 * extension, checks that the bytes agree with it (magic numbers), runs it, and checks the result's
 * invariants before anyone stores it.
 *
 * The extension chooses, the content must agree: a .docx that is not a zip archive is 'corrupt'; a zip
 * archive or a PDF named .txt is 'unsupported-type' (we never guess a format the researcher did not
 * name, so a renamed file cannot take an unexpected code path).
 */
import { findDocumentViolation } from './check-imported-document';
import { errorPhrase, tooLargePhrase, type ErrorPhraseKey } from '../i18n/error-phrase';
import { ImportError, MAX_IMPORT_BYTES, type ImportedDocument, type ImportInput, type ImportOptions } from './imported-document';
import { importPlainText } from './plain-text-importer';
import { importSubtitles } from './subtitle-importer';

// Word, ODT, PDF and HTML importers pull in large libraries (mammoth, pdf.js, htmlparser2): loaded
// on first use, so starting the app, the CLI or an import worker stays quick.
const importDocx: Importer = async (...a) => (await import('./docx-importer')).importDocx(...a);
const importOdt: Importer = async (...a) => (await import('./odt-importer')).importOdt(...a);
const importPdf: Importer = async (...a) => (await import('./pdf-importer')).importPdf(...a);
const importHtml: Importer = async (...a) => (await import('./html-importer')).importHtml(...a);
type Importer = (bytes: Uint8Array, fileName: string, opts: ImportOptions) => ImportedDocument | Promise<ImportedDocument>;
type Container = 'zip' | 'pdf' | 'ole2' | 'rtf' | 'text';

interface FormatEntry {
  importer: Importer;
  /** What the bytes must look like. */
  container: 'zip' | 'pdf' | 'text';
}

const TEXT: Omit<FormatEntry, 'importer'> = { container: 'text' };

const FORMATS: Record<string, FormatEntry> = {
  '.txt': { ...TEXT, importer: importPlainText },
  '.text': { ...TEXT, importer: importPlainText },
  '.md': { ...TEXT, importer: importPlainText },
  '.markdown': { ...TEXT, importer: importPlainText },
  '.docx': { container: 'zip', importer: importDocx },
  '.odt': { container: 'zip', importer: importOdt },
  '.pdf': { container: 'pdf', importer: importPdf },
  '.html': { ...TEXT, importer: importHtml },
  '.htm': { ...TEXT, importer: importHtml },
  '.xhtml': { ...TEXT, importer: importHtml },
  '.vtt': { ...TEXT, importer: importSubtitles },
  '.srt': { ...TEXT, importer: importSubtitles },
  '.sbv': { ...TEXT, importer: importSubtitles },
};

/** Extensions importDocument accepts, lower case with the dot. */
export const SUPPORTED_DOCUMENT_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** Formats we know and refuse with advice, rather than "unknown type". */
const ADVICE: Record<string, ErrorPhraseKey> = {
  '.rtf': 'errors.import.adviceRtf',
  '.doc': 'errors.import.adviceDoc',
  '.pages': 'errors.import.advicePages',
  '.csv': 'errors.import.adviceTable',
  '.xlsx': 'errors.import.adviceTable',
  '.qdpx': 'errors.import.adviceQdpx',
};

export async function importDocument(input: ImportInput): Promise<ImportedDocument> {
  const { fileName, bytes } = input;
  const opts = input.options ?? {};
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new ImportError('too-large', fileName, tooLargePhrase(bytes.byteLength, maxBytes));
  }
  const ext = extensionOf(fileName);
  const format = FORMATS[ext];
  if (!format) {
    const advice = ADVICE[ext];
    if (advice) throw new ImportError('unsupported-type', fileName, errorPhrase(advice));
    const supported = SUPPORTED_DOCUMENT_EXTENSIONS.join(', ');
    throw new ImportError('unsupported-type', fileName, ext ? errorPhrase('errors.import.unknownType', { ext, supported }) : errorPhrase('errors.import.noExtension', { supported }));
  }
  if (bytes.byteLength === 0) throw new ImportError('empty', fileName, errorPhrase('errors.import.empty'));
  checkContainer(bytes, fileName, ext, format);

  const doc = await format.importer(bytes, fileName, opts);
  const violation = findDocumentViolation(doc);
  if (violation) {
    throw new ImportError('corrupt', fileName, errorPhrase('errors.import.inconsistent', { ext, detail: violation }));
  }
  return doc;
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** What the first bytes say the file is. */
export function sniffContainer(bytes: Uint8Array): Container {
  const at = (offset: number, sig: number[]): boolean => sig.every((v, i) => bytes[offset + i] === v);
  if (at(0, [0x50, 0x4b, 0x03, 0x04]) || at(0, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (at(0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  // PDF readers accept the header anywhere in the first 1 KiB.
  if (head.includes('%PDF-')) return 'pdf';
  if (/^(\uFEFF|\xEF\xBB\xBF)?\s*\{\\rtf/.test(head)) return 'rtf';
  return 'text';
}

/** What a file named as a text format turns out to be, when it is something else. */
const MISNAMED: Record<'zip' | 'pdf' | 'rtf', ErrorPhraseKey> = {
  zip: 'errors.import.misnamedZip',
  pdf: 'errors.import.misnamedPdf',
  rtf: 'errors.import.misnamedRtf',
};

/** A zip-based or PDF file whose bytes are not that container, by what they look like instead. */
const NOT_CONTAINER: Record<'zip' | 'pdf', Record<'text' | 'zip' | 'pdf' | 'rtf', ErrorPhraseKey>> = {
  zip: { text: 'errors.import.notZip', pdf: 'errors.import.notZipButPdf', rtf: 'errors.import.notZipButRtf', zip: 'errors.import.notZip' },
  pdf: { text: 'errors.import.notPdf', zip: 'errors.import.notPdfButZip', rtf: 'errors.import.notPdfButRtf', pdf: 'errors.import.notPdf' },
};

function checkContainer(bytes: Uint8Array, fileName: string, ext: string, format: FormatEntry): void {
  const actual = sniffContainer(bytes);
  if (actual === format.container) return;
  if (actual === 'ole2') throw new ImportError('unsupported-type', fileName, errorPhrase('errors.import.oldOffice', { ext }));
  if (format.container === 'text') throw new ImportError('unsupported-type', fileName, errorPhrase(MISNAMED[actual as 'zip' | 'pdf' | 'rtf'], { ext }));
  throw new ImportError('corrupt', fileName, errorPhrase(NOT_CONTAINER[format.container][actual], { ext }));
}
