import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { importDocx } from '../../../../electron/core/importers/docx-importer';
import { ImportError, type ImportedDocument } from '../../../../electron/core/importers/imported-document';
import { isCanonicalText } from '../../../../shared/text/canonical';
import { readFixture } from '../../../support/fixtures';
import { partText, rezip } from './rezip';

const docx = (name: string): Promise<ImportedDocument> => importDocx(readFixture('docx', name), name);
const cpSlice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');
const blockTexts = (d: ImportedDocument): string[] => d.blocks.map((b) => cpSlice(d.text, b.start, b.end));

async function refusal(p: Promise<unknown>): Promise<ImportError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ImportError);
  return err as ImportError;
}

afterEach(() => vi.restoreAllMocks());

describe('importDocx on the mammoth fixtures', () => {
  it('tables.docx: one table-row block per row, cells joined by " | "', async () => {
    const d = await docx('tables.docx');
    expect(d.text).toBe('Above\nTop left | Top right\nBottom left | Bottom right\nBelow');
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table-row', 'table-row', 'paragraph']);
    expect(blockTexts(d)).toEqual(['Above', 'Top left | Top right', 'Bottom left | Bottom right', 'Below']);
    expect(d.format).toBe('docx');
  });

  it('simple-list.docx: list items with level 1', async () => {
    const d = await docx('simple-list.docx');
    expect(blockTexts(d)).toEqual(['Apple', 'Banana']);
    expect(d.blocks.every((b) => b.kind === 'list-item' && b.level === 1)).toBe(true);
  });

  it('footnotes.docx: markers in the body, notes at the end in reference order', async () => {
    const d = await docx('footnotes.docx');
    expect(d.text).toBe('Ouch[1].[2]\n[1] A tachyon walks into a bar.\n[2] Fin.');
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'note', 'note']);
    const note = d.blocks[1]!;
    expect(cpSlice(d.text, note.bodyStart, note.end)).toBe('A tachyon walks into a bar.');
  });

  it('endnotes.docx: endnotes numbered i, ii', async () => {
    const d = await docx('endnotes.docx');
    expect(d.text).toBe('Ouch[i].[ii]\n[i] A tachyon walks into a bar.\n[ii] Fin.');
    expect(d.blocks.slice(1).every((b) => b.kind === 'note')).toBe(true);
  });

  it('comments.docx: comments become notes at the end with their author', async () => {
    const d = await docx('comments.docx');
    expect(blockTexts(d)[0]).toBe('Ouch.');
    const notes = d.blocks.filter((b) => b.kind === 'note');
    expect(notes).toHaveLength(2);
    expect(notes.every((n) => n.speaker === 'Michael Williamson')).toBe(true);
    expect(notes.map((n) => cpSlice(d.text, n.bodyStart, n.end))).toEqual(['A tachyon walks into a bar.', 'Fin.']);
  });

  it('text-box.docx: text in a text box is imported', async () => {
    expect((await docx('text-box.docx')).text).toBe('Datum plane');
  });

  it('utf8-bom.docx: XML parts starting with a BOM are read', async () => {
    expect((await docx('utf8-bom.docx')).text).toBe('This XML has a byte order mark.');
  });

  it('strict-format.docx: Strict Open XML is supported', async () => {
    const d = await docx('strict-format.docx');
    expect(d.text).toBe('Test');
    expect(d.blocks).toEqual([{ start: 0, end: 4, bodyStart: 0, kind: 'paragraph' }]);
  });

  it('empty.docx: refused as empty', async () => {
    const err = await refusal(docx('empty.docx'));
    expect(err.code).toBe('empty');
    expect(err.message).toBe('empty.docx: the document has no text');
  });

  it('external-picture.docx: the picture is never read, from disk or network', async () => {
    const readFile = vi.spyOn(fs.promises, 'readFile');
    const readFileSync = vi.spyOn(fs, 'readFileSync');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const original = readFixture('docx', 'external-picture.docx');
    const err = await refusal(importDocx(original, 'external-picture.docx'));
    expect(err.code).toBe('empty');
    expect(err.message).toContain('1 image skipped');
    // With some text, and the picture pointing at an absolute file and a URL.
    const xml = partText(original, 'word/document.xml').replace('<w:body>', '<w:body><w:p><w:r><w:t>Caption</w:t></w:r></w:p>');
    const rels = partText(original, 'word/_rels/document.xml.rels');
    for (const target of ['/etc/passwd', 'file:///etc/hostname', 'http://127.0.0.1:9/x.png']) {
      const bytes = rezip(original, {
        'word/document.xml': xml,
        'word/_rels/document.xml.rels': rels.replace('Target="tiny-picture.png"', `Target="${target}"`),
      });
      const d = await importDocx(bytes, 'external-picture.docx');
      expect(d.text).toBe('Caption');
      expect(d.warnings.map((w) => w.english)).toEqual(['1 image skipped (only text is imported)']);
    }
    expect(readFile).not.toHaveBeenCalled();
    expect(readFileSync).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('importDocx on the QualCoder documents', () => {
  it('ID1.docx: three paragraphs, the euro sign intact', async () => {
    const d = await importDocx(readFixture('documents', 'ID1.docx'), 'ID1.docx');
    expect(d.blocks).toHaveLength(3);
    expect(d.text).toContain("I'm happy to pay €200.");
    expect(d.text.startsWith('I really like learning new things.')).toBe(true);
    expect(isCanonicalText(d.text)).toBe(true);
  });

  it('special.chars.docx: smart quotes, ellipsis and dashes', async () => {
    const d = await importDocx(readFixture('documents', 'special.chars.docx'), 'special.chars.docx');
    expect(blockTexts(d)).toEqual([
      'This is a test with ‘single smart quotes’, “double smart quotes”.',
      'It’s a test.',
      'And here is an ellipsis: …',
      'and a dash, n-dash, m-dash: ‐, –, — (for -, --, ---)',
    ]);
  });

  it('test_file.docx: Greek text', async () => {
    const d = await importDocx(readFixture('documents', 'test_file.docx'), 'test_file.docx');
    expect(blockTexts(d)[1]).toBe('Αυτή είναι μια δοκιμή.');
    expect(d.blocks).toHaveLength(7);
  });
});

describe('importDocx structure and safety', () => {
  const base = readFixture('docx', 'tables.docx');
  const body = (paragraphs: string): string =>
    partText(base, 'word/document.xml').replace(/<w:body>[\s\S]*<w:sectPr/, `<w:body>${paragraphs}<w:sectPr`);
  const p = (text: string, style?: string): string =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

  it('headings from Heading N styles, with their level', async () => {
    const bytes = rezip(base, { 'word/document.xml': body(p('Results', 'Heading1') + p('Theme one', 'Heading2') + p('Text.')) });
    const d = await importDocx(bytes, 'h.docx');
    expect(d.blocks.map((b) => [b.kind, b.level])).toEqual([['heading', 1], ['heading', 2], ['paragraph', undefined]]);
  });

  it('a Word transcript gets speaker turns, continuation paragraphs included', async () => {
    const xml = body(
      p('Wawancara 3, 12 Mei 2023') +
        p('Pewawancara: Bagaimana pengalaman Ibu?') +
        p('Informan 1: Awalnya sulit.') +
        p('Lalu saya belajar sendiri.') +
        p('Pewawancara: Terima kasih.'),
    );
    const d = await importDocx(rezip(base, { 'word/document.xml': xml }), 'transcript.docx');
    expect(d.blocks.map((b) => [b.kind, b.speaker])).toEqual([
      ['paragraph', undefined],
      ['turn', 'Pewawancara'],
      ['turn', 'Informan 1'],
      ['turn', 'Informan 1'],
      ['turn', 'Pewawancara'],
    ]);
    const turn = d.blocks[2]!;
    expect(cpSlice(d.text, turn.bodyStart, turn.end)).toBe('Awalnya sulit.');
    expect(d.blocks[3]!.bodyStart).toBe(d.blocks[3]!.start);
  });

  it('an essay with one "Note:" paragraph gets no turns', async () => {
    const d = await importDocx(rezip(base, { 'word/document.xml': body(p('Note: this is an essay.') + p('It has text.')) }), 'e.docx');
    expect(d.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('refuses a DOCTYPE with entities inside word/document.xml, naming the part', async () => {
    const xml = partText(base, 'word/document.xml').replace(
      '<w:document',
      '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<w:document',
    );
    const err = await refusal(importDocx(rezip(base, { 'word/document.xml': xml }), 'attack.docx'));
    expect(err.code).toBe('unsafe-xml');
    expect(err.message).toMatch(/^attack\.docx: part "word\/document\.xml", line 2: DOCTYPE\/entity declarations are not allowed/);
  });

  it('refuses an external entity in a relationships part', async () => {
    const rels = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Relationships>&x;</Relationships>';
    const err = await refusal(importDocx(rezip(base, { 'word/_rels/document.xml.rels': rels }), 'xxe.docx'));
    expect(err.code).toBe('unsafe-xml');
    expect(err.message).toContain('word/_rels/document.xml.rels');
  });

  it('a truncated docx is a clear corrupt error naming the file', async () => {
    const bytes = readFixture('documents', 'ID1.docx');
    const err = await refusal(importDocx(bytes.subarray(0, bytes.byteLength - 100), 'ID1.docx'));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/^ID1\.docx: /);
  });

  it('a zip without a Word body is corrupt', async () => {
    const err = await refusal(importDocx(rezip(base, { 'word/document.xml': null, '_rels/.rels': null }), 'x.docx'));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/^x\.docx: could not read the Word document/);
  });
});
