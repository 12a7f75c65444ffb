/**
 * HTML (.html, .htm, .xhtml) to canonical text and blocks, with htmlparser2. Nothing is ever fetched:
 * the parser only tokenises, and we never follow src/href. Script, style, iframe, object, embed,
 * noscript, template, svg, math, canvas, audio, video, select and the whole <head> are dropped.
 *
 * Blocks: one per p, h1-h6 ('heading', level), li ('list-item', level = list nesting), blockquote,
 * pre (white space kept), div and other block containers ('paragraph'), and one 'table-row' per tr
 * with the cells joined by " | ". Outside pre, white space collapses as a browser would; br is a line
 * break inside the block. Entities are decoded. Speaker turns are recognised in paragraphs.
 *
 * Character encoding: a byte order mark, else a <meta charset> / http-equiv declaration in the first
 * 4 KiB, else detection (text-decoding.ts); `opts.encoding` overrides all of them.
 */
import { Parser } from 'htmlparser2';
import { DocumentAssembler, type BlockDraft } from './document-assembler';
import { errorPhrase, noTextPhrase } from '../i18n/error-phrase';
import { ImportError, type ImportedDocument, type ImportOptions } from './imported-document';
import { markSpeakerTurns } from './structured-turns';
import { decodeText, type DecodedText } from './text-decoding';

const DROPPED = new Set([
  'head', 'script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'canvas',
  'audio', 'video', 'select', 'frameset', 'frame', 'applet', 'title', 'button', 'textarea',
]);

/** Elements whose start or end ends the current block. */
const BLOCK = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'div',
  'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption', 'address', 'hr',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'form', 'fieldset', 'legend', 'details', 'summary',
  'body', 'html', 'center',
]);

export function importHtml(bytes: Uint8Array, fileName: string, opts: ImportOptions = {}): ImportedDocument {
  const decoded = decodeHtml(bytes, fileName, opts.encoding);
  const walker = new HtmlBlockWalker();
  const parser = new Parser(walker.handler(), { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
  parser.write(decoded.text);
  parser.end();
  walker.finish();

  const assembler = new DocumentAssembler();
  for (const draft of walker.drafts) assembler.add(draft);
  if (opts.detectTurns !== false) markSpeakerTurns(assembler.currentBlocks(), assembler.blockTexts());
  const images = walker.images;
  if (assembler.blockCount === 0) {
    throw new ImportError('empty', fileName, noTextPhrase('page', images));
  }
  const doc = assembler.build('html', images ? [errorPhrase('errors.import.imagesSkipped', { images })] : []);
  doc.encoding = decoded.encoding;
  return doc;
}

/** Bytes to text: BOM, then a declared charset, then detection. */
export function decodeHtml(bytes: Uint8Array, fileName: string, forced?: string): DecodedText {
  if (forced) return decodeText(bytes, fileName, { encoding: forced });
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasBom) {
    const declared = declaredCharset(bytes);
    if (declared) {
      try {
        return decodeText(bytes, fileName, { encoding: declared });
      } catch (err) {
        if (!(err instanceof ImportError && err.code === 'bad-encoding')) throw err;
        // An unknown declared charset: fall back to detection.
      }
    }
  }
  return decodeText(bytes, fileName);
}

/** The charset a page declares in a meta tag, read from its first 4 KiB as ASCII (as browsers prescan). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.+-]+)/i.exec(head);
  if (!m) return undefined;
  const name = m[1]!.toLowerCase();
  // WHATWG: a page that declares ISO-8859-1 or ASCII is read as windows-1252.
  if (name === 'iso-8859-1' || name === 'us-ascii' || name === 'latin1') return 'windows-1252';
  return name;
}

class HtmlBlockWalker {
  readonly drafts: BlockDraft[] = [];
  images = 0;
  private readonly stack: string[] = [];
  private dropDepth = 0;
  private buf = '';
  private cells: string[] | null = null;
  private cell: string | null = null;

  handler(): ConstructorParameters<typeof Parser>[0] {
    return {
      onopentag: (name) => this.open(name),
      onclosetag: (name) => this.close(name),
      ontext: (text) => this.text(text),
    };
  }

  finish(): void {
    this.flush();
    this.endRow();
  }

  private open(name: string): void {
    // htmlparser2 reports a close for every open (void elements included), so depth stays balanced.
    if (this.dropDepth > 0 || DROPPED.has(name)) {
      this.dropDepth++;
      this.stack.push(name);
      return;
    }
    if (name === 'img') this.images++;
    if (name === 'br') {
      this.append('\n');
      return;
    }
    if (name === 'img' || name === 'input' || name === 'wbr' || name === 'meta' || name === 'link') return;
    if (name === 'tr') {
      this.flush();
      this.endRow();
      this.cells = [];
    } else if ((name === 'td' || name === 'th') && this.cells) {
      this.endCell();
      this.cell = '';
    } else if (BLOCK.has(name)) {
      this.flush();
    }
    if (name !== 'hr') this.stack.push(name);
  }

  private close(name: string): void {
    if (this.dropDepth > 0) {
      this.dropDepth--;
      this.pop(name);
      return;
    }
    if (name === 'br' || name === 'img' || name === 'input' || name === 'wbr' || name === 'meta' || name === 'link' || name === 'hr') return;
    if (name === 'td' || name === 'th') this.endCell();
    else if (name === 'tr') this.endRow();
    else if (name === 'table') {
      this.endRow();
      this.flush();
    } else if (BLOCK.has(name)) this.flush();
    this.pop(name);
  }

  private pop(name: string): void {
    const i = this.stack.lastIndexOf(name);
    if (i >= 0) this.stack.length = i;
  }

  private text(text: string): void {
    if (this.dropDepth > 0) return;
    const pre = this.stack.includes('pre');
    this.append(pre ? text : text.replace(/[ \t\n\r\f]+/g, ' '));
  }

  private append(s: string): void {
    if (this.cell !== null) this.cell += s === '\n' ? ' ' : s;
    else if (this.cells !== null) {
      // Text in a row but outside a cell: keep it with the row.
      this.cell = s;
    } else this.buf += s;
  }

  private endCell(): void {
    if (this.cell === null || !this.cells) return;
    this.cells.push(this.cell.replace(/\s+/g, ' ').trim());
    this.cell = null;
  }

  private endRow(): void {
    this.endCell();
    if (this.cells && this.cells.some((c) => c !== '')) {
      this.drafts.push({ kind: 'table-row', text: this.cells.join(' | ') });
    }
    this.cells = null;
  }

  /** Ends the current block of running text. */
  private flush(): void {
    if (this.cell !== null) {
      this.cell += ' ';
      return;
    }
    const pre = this.stack.includes('pre');
    let text = this.buf;
    this.buf = '';
    if (!pre) text = text.replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n');
    if (text.trim() === '') return;
    this.drafts.push({ text, ...this.kind() });
  }

  private kind(): Pick<BlockDraft, 'kind' | 'level'> {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const tag = this.stack[i]!;
      const h = /^h([1-6])$/.exec(tag);
      if (h) return { kind: 'heading', level: Number(h[1]) };
      if (tag === 'li') {
        const level = this.stack.slice(0, i).filter((t) => t === 'ul' || t === 'ol').length;
        return { kind: 'list-item', level: Math.max(1, level) };
      }
    }
    return { kind: 'paragraph' };
  }
}
