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
  container: Container;
  label: string;
}

const TEXT: Omit<FormatEntry, 'importer' | 'label'> = { container: 'text' };

const FORMATS: Record<string, FormatEntry> = {
  '.txt': { ...TEXT, importer: importPlainText, label: 'plain text' },
  '.text': { ...TEXT, importer: importPlainText, label: 'plain text' },
  '.md': { ...TEXT, importer: importPlainText, label: 'Markdown' },
  '.markdown': { ...TEXT, importer: importPlainText, label: 'Markdown' },
  '.docx': { container: 'zip', importer: importDocx, label: 'Word document' },
  '.odt': { container: 'zip', importer: importOdt, label: 'OpenDocument text' },
  '.pdf': { container: 'pdf', importer: importPdf, label: 'PDF' },
  '.html': { ...TEXT, importer: importHtml, label: 'web page' },
  '.htm': { ...TEXT, importer: importHtml, label: 'web page' },
  '.xhtml': { ...TEXT, importer: importHtml, label: 'web page' },
  '.vtt': { ...TEXT, importer: importSubtitles, label: 'WebVTT subtitles' },
  '.srt': { ...TEXT, importer: importSubtitles, label: 'SubRip subtitles' },
  '.sbv': { ...TEXT, importer: importSubtitles, label: 'YouTube subtitles' },
};

/** Extensions importDocument accepts, lower case with the dot. */
export const SUPPORTED_DOCUMENT_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** Formats we know and refuse with advice, rather than "unknown type". */
const ADVICE: Record<string, string> = {
  '.rtf': 'RTF is not supported yet; save it as .docx from Word',
  '.doc': 'old Word 97-2003 documents (.doc) are not supported; open it in Word or LibreOffice and save it as .docx',
  '.pages': 'Pages documents are not supported; export it from Pages as .docx',
  '.csv': 'tables are imported as cases and attributes (Import → Case table), not as documents',
  '.xlsx': 'tables are imported as cases and attributes (Import → Case table), not as documents',
  '.qdpx': 'REFI-QDA projects are opened with Import → REFI-QDA project, not as documents',
};

export async function importDocument(input: ImportInput): Promise<ImportedDocument> {
  const { fileName, bytes } = input;
  const opts = input.options ?? {};
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new ImportError('too-large', fileName, `the file is ${mb(bytes.byteLength)} MB; documents of at most ${mb(maxBytes)} MB can be imported`);
  }
  const ext = extensionOf(fileName);
  const format = FORMATS[ext];
  if (!format) {
    const advice = ADVICE[ext];
    if (advice) throw new ImportError('unsupported-type', fileName, advice);
    throw new ImportError(
      'unsupported-type',
      fileName,
      `${ext ? `"${ext}" files are` : 'files without an extension are'} not supported; supported types: ${SUPPORTED_DOCUMENT_EXTENSIONS.join(', ')}`,
    );
  }
  if (bytes.byteLength === 0) throw new ImportError('empty', fileName, 'the file is empty (0 bytes)');
  checkContainer(bytes, fileName, format);

  const doc = await format.importer(bytes, fileName, opts);
  const violation = findDocumentViolation(doc);
  if (violation) {
    throw new ImportError('corrupt', fileName, `the ${format.label} importer produced an inconsistent result (${violation}); please report this file`);
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

function checkContainer(bytes: Uint8Array, fileName: string, format: FormatEntry): void {
  const actual = sniffContainer(bytes);
  if (actual === format.container) return;
  if (actual === 'ole2') {
    throw new ImportError(
      'unsupported-type',
      fileName,
      `this is not a ${format.label}: it is an old Office 97-2003 file or a password-protected document; save it as .docx without a password`,
    );
  }
  if (format.container === 'text') {
    const what = { zip: 'a zip archive (perhaps a .docx or .odt renamed)', pdf: 'a PDF', rtf: 'an RTF document' }[actual as 'zip' | 'pdf' | 'rtf'];
    throw new ImportError('unsupported-type', fileName, `the file is named as ${format.label} but is ${what}; give it its proper extension`);
  }
  throw new ImportError(
    'corrupt',
    fileName,
    `this is not a readable ${format.label}: ${format.container === 'zip' ? 'it is not a zip archive' : 'it has no PDF header'}${actual === 'text' ? '' : ` (it looks like ${actual === 'pdf' ? 'a PDF' : actual === 'zip' ? 'a zip archive' : 'an RTF document'})`}`,
  );
}

function mb(bytes: number): string {
  const v = bytes / (1024 * 1024);
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
