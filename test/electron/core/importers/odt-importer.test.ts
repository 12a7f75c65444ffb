import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { importOdt } from '../../../../electron/core/importers/odt-importer';
import { ImportError, type ImportedDocument } from '../../../../electron/core/importers/imported-document';
import { readFixture } from '../../../support/fixtures';

const cpSlice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');
const blockTexts = (d: ImportedDocument): string[] => d.blocks.map((b) => cpSlice(d.text, b.start, b.end));

async function refusal(p: Promise<unknown>): Promise<ImportError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ImportError);
  return err as ImportError;
}

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink"';

function odt(body: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>'): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.text'),
    'content.xml': strToU8(`${prolog}<office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`),
  });
}

describe('importOdt', () => {
  it('ID2.odt: three paragraphs with the name and the euro sign', async () => {
    const d = await importOdt(readFixture('documents', 'ID2.odt'), 'ID2.odt');
    expect(d.format).toBe('odt');
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    const texts = blockTexts(d);
    expect(texts[0]).toBe(
      'I have not studied much before, but my father Joe Bloggs really encouraged me to study again. I know that I must get help as I have struggled understanding the lecture slides so far and searching the web did not help.',
    );
    expect(texts[1]).toBe('I really want someone to sit down with me and explain the course material.');
    expect(texts[2]).toBe('The course cost €200.00 and I do not want to waste my money.');
  });

  it('headings, lists, tables, spaces, tabs, line breaks, notes, comments, text boxes', async () => {
    const d = await importOdt(
      odt(
        '<text:h text:outline-level="2">Bab  <text:span>dua</text:span></text:h>' +
          '<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d &amp; e<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Catatan kaki.</text:p></text:note-body></text:note>.</text:p>' +
          '<text:list><text:list-item><text:p>satu</text:p><text:list><text:list-item><text:p>dua</text:p></text:list-item></text:list></text:list-item></text:list>' +
          '<table:table><table:table-column table:number-columns-repeated="3"/><table:table-row><table:table-cell><text:p>A</text:p></table:table-cell><table:table-cell><text:p>B</text:p><text:p>C</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row></table:table>' +
          '<text:p>Sebelum<office:annotation><dc:creator>Dewi Lestari</dc:creator><dc:date>2024-01-01</dc:date><text:p>Perlu dicek.</text:p></office:annotation> sesudah<draw:frame><draw:text-box><text:p>Dalam kotak</text:p></draw:text-box></draw:frame><draw:frame><draw:image xlink:href="http://example.invalid/x.png"/></draw:frame></text:p>' +
          '<text:tracked-changes><text:changed-region><text:deletion><text:p>dihapus</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
          '<text:p>Akhir<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>Catatan akhir.</text:p></text:note-body></text:note></text:p>',
      ),
      'made.odt',
    );
    expect(blockTexts(d)).toEqual([
      'Bab dua',
      'a   b\tc\nd & e[1].',
      'satu',
      'dua',
      'A | B C',
      'Sebelum sesudah',
      'Dalam kotak',
      'Akhir[i]',
      '[1] Catatan kaki.',
      '[i] Catatan akhir.',
      'Dewi Lestari: Perlu dicek.',
    ]);
    expect(d.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 2], ['paragraph', undefined], ['list-item', 1], ['list-item', 2], ['table-row', undefined],
      ['paragraph', undefined], ['paragraph', undefined], ['paragraph', undefined], ['note', undefined], ['note', undefined], ['note', undefined],
    ]);
    const comment = d.blocks[10]!;
    expect(comment.speaker).toBe('Dewi Lestari');
    expect(cpSlice(d.text, comment.bodyStart, comment.end)).toBe('Perlu dicek.');
    expect(d.warnings.map((w) => w.english)).toEqual(['1 image skipped (only text is imported)']);
    expect(d.text).not.toContain('dihapus');
  });

  it('an ODT transcript gets speaker turns', async () => {
    const d = await importOdt(
      odt('<text:p>P: Sejak kapan?</text:p><text:p>R1: Sejak 2019.</text:p><text:p>P: Lalu?</text:p><text:p>R1: Pindah ke Bandung.</text:p>'),
      't.odt',
    );
    expect(d.blocks.map((b) => b.speaker)).toEqual(['P', 'R1', 'P', 'R1']);
    expect(cpSlice(d.text, d.blocks[1]!.bodyStart, d.blocks[1]!.end)).toBe('Sejak 2019.');
  });

  it('refuses an entity declaration in content.xml', async () => {
    const err = await refusal(importOdt(odt('<text:p>&a;</text:p>', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>'), 'evil.odt'));
    expect(err.code).toBe('unsafe-xml');
    expect(err.message).toMatch(/^evil\.odt: part "content\.xml", line 1: DOCTYPE\/entity declarations are not allowed/);
  });

  it('empty, truncated, not a text document', async () => {
    expect((await refusal(importOdt(odt('<text:p> </text:p>'), 'e.odt'))).code).toBe('empty');
    const bytes = readFixture('documents', 'ID2.odt');
    expect((await refusal(importOdt(bytes.subarray(0, 3000), 'ID2.odt'))).code).toBe('corrupt');
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<a/>') });
    expect((await refusal(importOdt(ods, 'sheet.odt'))).code).toBe('unsupported-type');
  });
});
