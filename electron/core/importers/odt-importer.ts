/**
 * OpenDocument text (.odt) to canonical text and blocks. content.xml is taken from the archive with
 * safe-unzip, parsed with parseXmlSafely (no DTD), and walked in document order.
 *
 *  - text:h → 'heading' (level = text:outline-level, default 1); text:p → 'paragraph', or 'list-item'
 *    inside text:list (level = list nesting); table:table → one 'table-row' per row, cells joined by
 *    " | " (repeated empty cells, as LibreOffice writes them, are dropped at the end of a row);
 *  - inside a paragraph: white space collapses as ODF prescribes, text:s gives text:c spaces, text:tab a
 *    tab, text:line-break a line break; spans, links and fields give their text;
 *  - text:note: its citation ("[1]") stays in the body, the note body goes to the end as a 'note'
 *    block "[1] text", footnotes before endnotes, each in document order;
 *  - office:annotation (comments) go to the end as 'note' blocks "Author: text" with `speaker`;
 *  - text boxes (draw:text-box) follow the paragraph that anchors them; images are counted, not read;
 *  - tracked deletions (text:tracked-changes) are not text of the document and are skipped.
 * Speaker turns are recognised in body paragraphs.
 */
import { safeUnzip, type ZipLimits } from '../archive/safe-unzip';
import { decodeXmlBytes, parseXmlSafely } from '../xml/safe-xml';
import { DocumentAssembler, type BlockDraft } from './document-assembler';
import { errorPhrase, noTextPhrase } from '../i18n/error-phrase';
import { ImportError, type ImportedDocument, type ImportOptions } from './imported-document';
import { markSpeakerTurns } from './structured-turns';

export interface OdtImportOptions extends ImportOptions {
  zipLimits?: Partial<ZipLimits>;
}

/** A node of fast-xml-parser's preserveOrder output: one element name → children, attributes under ":@". */
type XNode = Record<string, unknown>;

const SKIPPED = new Set([
  'text:tracked-changes', 'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls',
  'office:forms', 'text:soft-page-break', 'office:annotation-end', 'text:bookmark', 'text:bookmark-start',
  'text:bookmark-end', 'text:reference-mark', 'text:reference-mark-start', 'text:reference-mark-end',
  'text:alphabetical-index-mark', 'text:toc-mark', 'draw:image', 'table:table-columns', 'table:table-column',
  'table:table-column-group', 'table:covered-table-cell', 'office:event-listeners', 'svg:title', 'svg:desc',
]);

export async function importOdt(bytes: Uint8Array, fileName: string, opts: OdtImportOptions = {}): Promise<ImportedDocument> {
  const parts = safeUnzip(bytes, fileName, {
    ...(opts.zipLimits ? { limits: opts.zipLimits } : {}),
    filter: (e) => e.name === 'content.xml' || e.name === 'mimetype',
  });
  const content = parts.get('content.xml');
  if (!content) throw new ImportError('corrupt', fileName, errorPhrase('errors.odt.noContent'));
  const mimetype = parts.get('mimetype');
  if (mimetype && !new TextDecoder().decode(mimetype).startsWith('application/vnd.oasis.opendocument.text')) {
    throw new ImportError('unsupported-type', fileName, errorPhrase('errors.odt.notText', { mimetype: new TextDecoder().decode(mimetype).trim() }));
  }
  const where = { fileName, entry: 'content.xml' };
  const tree = parseXmlSafely(decodeXmlBytes(content, where), where) as XNode[];
  const officeText = findPath(tree, ['office:document-content', 'office:body', 'office:text']);
  if (!officeText) throw new ImportError('corrupt', fileName, errorPhrase('errors.odt.noBody'));

  const walker = new OdtWalker();
  walker.blocks(officeText, walker.body, 0);
  const assembler = new DocumentAssembler();
  for (const d of walker.body) assembler.add(d);
  if (opts.detectTurns !== false) markSpeakerTurns(assembler.currentBlocks(), assembler.blockTexts(), assembler.blockCount);
  for (const d of [...walker.footnotes, ...walker.endnotes, ...walker.comments]) assembler.add(d);

  const images = walker.images;
  if (assembler.blockCount === 0) {
    throw new ImportError('empty', fileName, noTextPhrase('document', images));
  }
  return assembler.build('odt', images ? [errorPhrase('errors.import.imagesSkipped', { images })] : []);
}

function nameOf(node: XNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return undefined;
}

function childrenOf(node: XNode): XNode[] {
  const name = nameOf(node);
  const value = name ? node[name] : undefined;
  return Array.isArray(value) ? (value as XNode[]) : [];
}

function attr(node: XNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, string> | undefined;
  return attrs?.[`@_${name}`];
}

function findPath(nodes: XNode[], path: string[]): XNode[] | undefined {
  let current = nodes;
  for (const step of path) {
    const next = current.find((n) => nameOf(n) === step);
    if (!next) return undefined;
    current = childrenOf(next);
  }
  return current;
}

class OdtWalker {
  readonly body: BlockDraft[] = [];
  readonly footnotes: BlockDraft[] = [];
  readonly endnotes: BlockDraft[] = [];
  readonly comments: BlockDraft[] = [];
  images = 0;

  /** Block-level content; `listLevel` > 0 inside text:list. */
  blocks(nodes: XNode[], out: BlockDraft[], listLevel: number): void {
    for (const node of nodes) {
      const name = nameOf(node);
      if (!name || name === '#text' || SKIPPED.has(name)) continue;
      if (name === 'text:p' || name === 'text:h') {
        const nested: XNode[] = [];
        const text = this.inline(childrenOf(node), nested);
        if (name === 'text:h') {
          out.push({ kind: 'heading', text, level: Math.max(1, Number(attr(node, 'text:outline-level') ?? '1') || 1) });
        } else if (listLevel > 0) out.push({ kind: 'list-item', text, level: listLevel });
        else out.push({ kind: 'paragraph', text });
        for (const frame of nested) this.blocks(childrenOf(frame), out, 0);
      } else if (name === 'text:list') {
        this.blocks(childrenOf(node), out, listLevel + 1);
      } else if (name === 'table:table') {
        this.table(childrenOf(node), out);
      } else {
        // Sections, list items, index bodies, frames and other containers: walk through.
        this.blocks(childrenOf(node), out, listLevel);
      }
    }
  }

  private table(nodes: XNode[], out: BlockDraft[]): void {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === 'table:table-row') {
        const cells: string[] = [];
        for (const cell of childrenOf(node)) {
          if (nameOf(cell) !== 'table:table-cell') continue;
          const drafts: BlockDraft[] = [];
          this.blocks(childrenOf(cell), drafts, 0);
          const text = drafts.map((d) => d.text.replace(/\s+/g, ' ').trim()).filter((t) => t !== '').join(' ');
          // Repeats beyond a sane width are LibreOffice's "rest of the row is empty".
          const repeat = Math.min(Number(attr(cell, 'table:number-columns-repeated') ?? '1') || 1, text === '' ? 1 : 1024);
          for (let i = 0; i < repeat; i++) cells.push(text);
        }
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        if (cells.length > 0) out.push({ kind: 'table-row', text: cells.join(' | ') });
      } else if (name && name !== '#text' && !SKIPPED.has(name) && name !== 'table:table') {
        // table-header-rows, table-rows, table-row-group.
        this.table(childrenOf(node), out);
      }
    }
  }

  /** Paragraph content as text; frames with text boxes are collected in `nested`. */
  private inline(nodes: XNode[], nested: XNode[]): string {
    let s = '';
    for (const node of nodes) {
      const name = nameOf(node);
      if (!name) continue;
      if (name === '#text') {
        s += String(node['#text']).replace(/[ \t\r\n]+/g, ' ');
        continue;
      }
      if (SKIPPED.has(name)) {
        if (name === 'draw:image') this.images++;
        continue;
      }
      switch (name) {
        case 'text:s':
          s += ' '.repeat(Math.min(Math.max(Number(attr(node, 'text:c') ?? '1') || 1, 1), 1000));
          break;
        case 'text:tab':
          s += '\t';
          break;
        case 'text:line-break':
          s += '\n';
          break;
        case 'text:note':
          s += this.note(node);
          break;
        case 'office:annotation':
          this.comment(node);
          break;
        case 'draw:frame':
        case 'draw:a':
          this.countImages(node);
          nested.push(node);
          break;
        default:
          s += this.inline(childrenOf(node), nested);
      }
    }
    return s;
  }

  private countImages(node: XNode): void {
    for (const child of childrenOf(node)) {
      const name = nameOf(child);
      if (name === 'draw:image') this.images++;
      else if (name && name !== '#text') this.countImages(child);
    }
  }

  private note(node: XNode): string {
    const children = childrenOf(node);
    const citationNode = children.find((c) => nameOf(c) === 'text:note-citation');
    const citation = citationNode ? this.inline(childrenOf(citationNode), []).trim() : '';
    const marker = `[${citation || '*'}]`;
    const bodyNode = children.find((c) => nameOf(c) === 'text:note-body');
    const drafts: BlockDraft[] = [];
    if (bodyNode) this.blocks(childrenOf(bodyNode), drafts, 0);
    const text = drafts.map((d) => d.text.trim()).filter((t) => t !== '').join('\n');
    if (text !== '') {
      const label = `${marker} `;
      const list = attr(node, 'text:note-class') === 'endnote' ? this.endnotes : this.footnotes;
      list.push({ kind: 'note', text: label + text, labelLength: label.length });
    }
    return marker;
  }

  private comment(node: XNode): void {
    const children = childrenOf(node);
    const creator = children.find((c) => nameOf(c) === 'dc:creator');
    const author = creator ? this.inline(childrenOf(creator), []).trim() : '';
    const drafts: BlockDraft[] = [];
    this.blocks(children.filter((c) => nameOf(c) !== 'dc:creator' && nameOf(c) !== 'dc:date'), drafts, 0);
    const text = drafts.map((d) => d.text.trim()).filter((t) => t !== '').join('\n');
    if (text === '') return;
    const label = author ? `${author}: ` : '';
    this.comments.push({ kind: 'note', text: label + text, labelLength: label.length, ...(author ? { speaker: author } : {}) });
  }
}
