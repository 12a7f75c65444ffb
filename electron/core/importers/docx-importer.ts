/**
 * Word (.docx, Transitional and Strict OOXML) to canonical text and blocks.
 *
 * Safety first: the archive is opened with safe-unzip (bomb and path checks on real inflated bytes),
 * every XML part is refused if it declares a DTD, and mammoth is handed our already-checked parts
 * through its `file` input, so it never unzips anything itself. Images are never read: mammoth's
 * external file access stays off, and the document tree is taken before HTML conversion (where images
 * would be read), so an external picture cannot reach the disk or the network.
 *
 * Layout of the result, in this order:
 *  1. the body: paragraphs, headings (level from "Heading N" styles; "Title" is level 1), list items
 *     (level = numbering level + 1), one 'table-row' block per table row with the cells joined by
 *     " | " (a cell's paragraphs joined by a space), text boxes where Word anchors them.
 *     A footnote reference shows as "[1]", an endnote reference as "[i]", where Word puts its mark;
 *  2. footnotes, as 'note' blocks "[1] text", in order of first reference (unreferenced ones last);
 *  3. endnotes, likewise "[i] text";
 *  4. comments, as 'note' blocks "Author: text" with `speaker` = author, in the document's comment order.
 * For notes, `bodyStart` is after the "[1] " or "Author: " label. Speaker turns are recognised in body
 * paragraphs (see structured-turns.ts).
 */
import mammoth from 'mammoth';
import { safeUnzip, type ZipLimits } from '../archive/safe-unzip';
import { assertNoDtd, decodeXmlBytes } from '../xml/safe-xml';
import { DocumentAssembler } from './document-assembler';
import { errorPhrase, noTextPhrase } from '../i18n/error-phrase';
import type { Phrase } from '../../../shared/api/phrase';
import { ImportError, type ImportedDocument, type ImportOptions } from './imported-document';
import { markSpeakerTurns } from './structured-turns';

export interface DocxImportOptions extends ImportOptions {
  zipLimits?: Partial<ZipLimits>;
}

/** Mammoth's document model (lib/documents.js), as far as we read it. */
interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  breakType?: string;
  noteType?: string;
  noteId?: string;
  checked?: boolean;
  body?: MNode[];
  authorName?: string | null;
  authorInitials?: string | null;
  commentId?: string;
}

interface MDocument extends MNode {
  notes: { _notes?: Record<string, MNode> };
  comments: MNode[];
}

/** Parts that are media: never inflated, never parsed. */
const MEDIA_PART = /^(word\/media\/|word\/embeddings\/|docProps\/thumbnail)|\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|wdp|bin|mp[34]|wav|avi|mov|ole|xlsx|pptx|docx)$/i;

export async function importDocx(bytes: Uint8Array, fileName: string, opts: DocxImportOptions = {}): Promise<ImportedDocument> {
  const parts = safeUnzip(bytes, fileName, {
    ...(opts.zipLimits ? { limits: opts.zipLimits } : {}),
    filter: (entry) => !MEDIA_PART.test(entry.name),
  });
  const texts = new Map<string, string>();
  for (const [name, data] of parts) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const xml = decodeXmlBytes(data, { fileName, entry: name });
    assertNoDtd(xml, { fileName, entry: name });
    texts.set(name, xml);
  }
  if (!texts.has('[Content_Types].xml')) {
    throw new ImportError('corrupt', fileName, errorPhrase('errors.docx.noContentTypes'));
  }

  let captured: MDocument | undefined;
  const warnings: Phrase[] = [];
  try {
    const result = await mammoth.convertToHtml({ file: checkedPartsFile(parts, texts, fileName) } as unknown as { buffer: Buffer }, {
      externalFileAccess: false,
      convertImage: () => [],
      transformDocument: (doc: MDocument) => {
        captured = doc;
        // Nothing left to convert to HTML: images are never read, and we do not need the HTML.
        return { type: 'document', children: [], notes: doc.notes, comments: [] };
      },
    } as unknown as Parameters<typeof mammoth.convertToHtml>[1]);
    for (const m of result.messages) {
      if (m.type === 'error') throw new Error(m.message);
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    const reason = (err as Error).message;
    throw new ImportError('corrupt', fileName, errorPhrase('errors.docx.unreadable', { detail: reason }));
  }
  if (!captured) throw new ImportError('corrupt', fileName, errorPhrase('errors.docx.noBody'));

  const walker = new DocxWalker(captured);
  walker.walkBody();
  const assembler = new DocumentAssembler();
  for (const draft of walker.body) assembler.add(draft);
  const bodyBlocks = assembler.blockCount;
  if (opts.detectTurns !== false) markSpeakerTurns(assembler.currentBlocks(), assembler.blockTexts(), bodyBlocks);
  for (const draft of walker.notes()) assembler.add(draft);

  const images = walker.images;
  if (assembler.blockCount === 0) {
    throw new ImportError('empty', fileName, noTextPhrase('document', images));
  }
  if (images) warnings.push(errorPhrase('errors.import.imagesSkipped', { images }));
  return assembler.build('docx', warnings);
}

/** A mammoth zip-file object over parts that safe-unzip already read and checked. */
function checkedPartsFile(parts: Map<string, Uint8Array>, texts: Map<string, string>, fileName: string) {
  const lowerNames = new Map([...parts.keys()].map((n) => [n.toLowerCase(), n]));
  const resolve = (name: string): string | undefined => {
    const clean = name.replace(/^\/+/, '');
    return parts.has(clean) ? clean : lowerNames.get(clean.toLowerCase());
  };
  return {
    exists: (name: string): boolean => resolve(name) !== undefined,
    read: async (name: string, encoding?: string): Promise<string | Uint8Array> => {
      const key = resolve(name);
      if (key === undefined) throw new Error(`part "${name}" is missing`);
      if (encoding === 'base64') throw new Error(`part "${name}" is media and is not read`);
      if (!encoding) return parts.get(key)!;
      let text = texts.get(key);
      if (text === undefined) {
        // A part mammoth reads as text but not named .xml/.rels: check it the same way.
        text = decodeXmlBytes(parts.get(key)!, { fileName, entry: key });
        assertNoDtd(text, { fileName, entry: key });
      }
      return text;
    },
    write: (): void => {
      throw new Error('read only');
    },
    toArrayBuffer: (): never => {
      throw new Error('read only');
    },
  };
}

interface Draft {
  kind: 'paragraph' | 'heading' | 'list-item' | 'table-row' | 'note';
  text: string;
  level?: number;
  speaker?: string;
  labelLength?: number;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

class DocxWalker {
  readonly body: Draft[] = [];
  images = 0;
  /** Note key ("footnote-1") → display number, in order of first reference. */
  private readonly noteNumbers = new Map<string, number>();
  private footnoteCount = 0;
  private endnoteCount = 0;

  constructor(private readonly doc: MDocument) {}

  walkBody(): void {
    this.blocks(this.doc.children ?? [], this.body);
  }

  /** Footnotes, endnotes, then comments (see the module comment). */
  notes(): Draft[] {
    const out: Draft[] = [];
    const all = Object.values(this.doc.notes._notes ?? {});
    for (const type of ['footnote', 'endnote'] as const) {
      const ofType = all.filter((n) => n.noteType === type);
      // Unreferenced notes get numbers after the referenced ones, by id.
      for (const note of ofType.sort((a, b) => Number(a.noteId) - Number(b.noteId))) {
        this.noteMarker(type, note.noteId ?? '');
      }
      ofType.sort((a, b) => this.noteNumbers.get(`${type}-${a.noteId}`)! - this.noteNumbers.get(`${type}-${b.noteId}`)!);
      for (const note of ofType) {
        const label = `${this.noteMarker(type, note.noteId ?? '')} `;
        const text = this.flatText(note.body ?? [], '\n');
        if (text.trim() === '') continue;
        out.push({ kind: 'note', text: label + text.replace(/^\s+/, ''), labelLength: label.length });
      }
    }
    for (const comment of this.doc.comments) {
      const author = (comment.authorName ?? comment.authorInitials ?? '').trim();
      const text = this.flatText(comment.body ?? [], '\n').replace(/^\s+/, '');
      if (text.trim() === '') continue;
      const label = author ? `${author}: ` : '';
      out.push({ kind: 'note', text: label + text, labelLength: label.length, ...(author ? { speaker: author } : {}) });
    }
    return out;
  }

  private noteMarker(type: string, id: string): string {
    const key = `${type}-${id}`;
    let n = this.noteNumbers.get(key);
    if (n === undefined) {
      n = type === 'endnote' ? ++this.endnoteCount : ++this.footnoteCount;
      this.noteNumbers.set(key, n);
    }
    return type === 'endnote' ? `[${roman(n)}]` : `[${n}]`;
  }

  /** Block-level nodes into drafts. Paragraphs found inside runs (text boxes) follow their paragraph. */
  private blocks(nodes: MNode[], out: Draft[]): void {
    for (const node of nodes) {
      if (node.type === 'paragraph') this.paragraph(node, out);
      else if (node.type === 'table') this.table(node, out);
      else if (node.children) this.blocks(node.children, out);
    }
  }

  private paragraph(node: MNode, out: Draft[]): void {
    const nested: MNode[] = [];
    const text = this.inline(node.children ?? [], nested);
    const heading = headingLevel(node);
    if (heading !== null) out.push({ kind: 'heading', text, level: heading });
    else if (node.numbering) out.push({ kind: 'list-item', text, level: (Number(node.numbering.level) || 0) + 1 });
    else out.push({ kind: 'paragraph', text });
    this.blocks(nested, out);
  }

  private table(node: MNode, out: Draft[]): void {
    for (const row of node.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const cells = (row.children ?? [])
        .filter((c) => c.type === 'tableCell')
        .map((cell) => this.flatText(cell.children ?? [], ' ').replace(/\s+/g, ' ').trim());
      if (cells.some((c) => c !== '')) out.push({ kind: 'table-row', text: cells.join(' | ') });
    }
  }

  /** All text under block-level nodes, paragraphs joined by `separator` (for cells and notes). */
  private flatText(nodes: MNode[], separator: string): string {
    const drafts: Draft[] = [];
    this.blocks(nodes, drafts);
    return drafts.map((d) => d.text.trim()).filter((t) => t !== '').join(separator);
  }

  private inline(nodes: MNode[], nested: MNode[]): string {
    let s = '';
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          s += node.value ?? '';
          break;
        case 'tab':
          s += '\t';
          break;
        case 'break':
          s += '\n';
          break;
        case 'checkbox':
          s += node.checked ? '☒' : '☐';
          break;
        case 'noteReference':
          s += this.noteMarker(node.noteType ?? 'footnote', node.noteId ?? '');
          break;
        case 'image':
          this.images++;
          break;
        case 'paragraph':
        case 'table':
          nested.push(node);
          break;
        default:
          if (node.children) s += this.inline(node.children, nested);
      }
    }
    return s;
  }
}

function headingLevel(node: MNode): number | null {
  const byName = /^heading\s*(\d)$/i.exec(node.styleName ?? '') ?? /^heading(\d)$/i.exec(node.styleId ?? '');
  if (byName) return Math.max(1, Number(byName[1]));
  if (/^title$/i.test(node.styleName ?? node.styleId ?? '')) return 1;
  return null;
}
