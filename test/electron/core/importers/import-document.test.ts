import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { findDocumentViolation } from '../../../../electron/core/importers/check-imported-document';
import { importDocument, SUPPORTED_DOCUMENT_EXTENSIONS, sniffContainer } from '../../../../electron/core/importers/import-document';
import { ImportError, type ImportedDocument } from '../../../../electron/core/importers/imported-document';
import { readFixture } from '../../../support/fixtures';
import { buildZip, deflatedZeros } from '../archive/zip-builder';
import { partText, rezip } from './rezip';

async function refusal(p: Promise<unknown>): Promise<ImportError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ImportError);
  return err as ImportError;
}

const imp = (fileName: string, bytes: Uint8Array): Promise<ImportedDocument> => importDocument({ fileName, bytes });

describe('importDocument routes every supported type', () => {
  it.each([
    ['transcript.txt', ['documents', 'transcript.txt'], 'txt'],
    ['typora_test_file.md', ['documents', 'typora_test_file.md'], 'md'],
    ['ID1.docx', ['documents', 'ID1.docx'], 'docx'],
    ['ID2.odt', ['documents', 'ID2.odt'], 'odt'],
    ['REFI-QDA-1-5.pdf', ['refi-qda', 'schemas', 'REFI-QDA-1-5.pdf'], 'pdf'],
    ['sample.vtt', ['subtitles', 'sample.vtt'], 'vtt'],
    ['sample.srt', ['subtitles', 'sample.srt'], 'srt'],
    ['two_captions.sbv', ['subtitles', 'two_captions.sbv'], 'sbv'],
  ])('%s', async (name, parts, format) => {
    const d = await imp(name, readFixture(...parts));
    expect(d.format).toBe(format);
    expect(d.blocks.length).toBeGreaterThan(0);
    expect(findDocumentViolation(d)).toBeNull();
  });

  it('an .HTM file with an upper-case extension', async () => {
    const d = await imp('Catatan.HTM', strToU8('<h2>Judul</h2><p>Isi &amp; lain</p>'));
    expect(d.format).toBe('html');
    expect(d.text).toBe('Judul\nIsi & lain');
  });

  it('lists the supported extensions', () => {
    expect(SUPPORTED_DOCUMENT_EXTENSIONS).toEqual(
      expect.arrayContaining(['.txt', '.md', '.docx', '.odt', '.pdf', '.html', '.htm', '.vtt', '.srt', '.sbv']),
    );
  });
});

describe('importDocument refuses', () => {
  it('a 30 MB file as too large, saying its size and the limit', async () => {
    const bytes = new Uint8Array(30 * 1024 * 1024).fill(0x61);
    const err = await refusal(imp('big.txt', bytes));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe('big.txt: the file is 30 MB; files of at most 25 MB can be imported. Split it into smaller files.');
    const small = await refusal(importDocument({ fileName: 'a.txt', bytes: strToU8('x'.repeat(2000)), options: { maxBytes: 1024 } }));
    expect(small.code).toBe('too-large');
  });

  it('an unknown extension, listing the supported types', async () => {
    const err = await refusal(imp('data.xyz', strToU8('hello')));
    expect(err.code).toBe('unsupported-type');
    expect(err.message).toMatch(/^data\.xyz: "\.xyz" files are not supported; supported types: \.txt, .*\.docx/);
  });

  it('RTF with advice to save as .docx', async () => {
    const err = await refusal(imp('notes.rtf', strToU8('{\\rtf1\\ansi Hello}')));
    expect(err.code).toBe('unsupported-type');
    expect(err.message).toBe('notes.rtf: RTF is not supported yet; save it as .docx from Word');
  });

  it('a zip bomb disguised as .docx', async () => {
    const zeros = await deflatedZeros(1024 * 1024 * 1024);
    const bomb = buildZip([{ name: 'word/document.xml', stored: zeros.stored, method: 8, crc32: 0, declaredSize: 4096 }]);
    const err = await refusal(imp('thesis.docx', bomb));
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toMatch(/^thesis\.docx: entry "word\/document\.xml": .*possible zip bomb/);
  });

  it('an entity-expansion attack inside a docx document.xml', async () => {
    const base = readFixture('docx', 'tables.docx');
    const xml = partText(base, 'word/document.xml').replace(
      /^(<\?xml[^>]*\?>)/,
      '$1<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
    ).replace('Top left', '&lol3;');
    const t0 = performance.now();
    const err = await refusal(imp('laughs.docx', rezip(base, { 'word/document.xml': xml })));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(err.code).toBe('unsafe-xml');
    expect(err.message).toContain('laughs.docx: part "word/document.xml"');
    expect(err.message).toContain('possible entity-expansion attack');
  });

  it('a .docx that is not a zip as corrupt; an old .doc renamed .docx as unsupported', async () => {
    const notZip = await refusal(imp('report.docx', strToU8('Just text, saved with the wrong name.')));
    expect(notZip.code).toBe('corrupt');
    expect(notZip.message).toBe('report.docx: this is not a readable .docx file: it is not a zip archive');
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const old = await refusal(imp('old.docx', ole));
    expect(old.code).toBe('unsupported-type');
    expect(old.message).toMatch(/old Office 97-2003 file or a password-protected document/);
  });

  it('a zip or a PDF named .txt as unsupported', async () => {
    const zip = await refusal(imp('notes.txt', readFixture('documents', 'ID1.docx')));
    expect(zip.code).toBe('unsupported-type');
    expect(zip.message).toMatch(/is a zip archive \(perhaps a \.docx or \.odt renamed\)/);
    const pdf = await refusal(imp('notes.md', readFixture('refi-qda', 'schemas', 'REFI-QDA-1-5.pdf')));
    expect(pdf.code).toBe('unsupported-type');
  });

  it('a .pdf without a PDF header as corrupt, and an empty file as empty', async () => {
    expect((await refusal(imp('x.pdf', strToU8('hello')))).code).toBe('corrupt');
    expect((await refusal(imp('x.odt', new Uint8Array(0)))).code).toBe('empty');
  });

  it('an .odt zip bomb with a traversal name', async () => {
    const zip = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), '../../content.xml': strToU8('<a/>') });
    expect((await refusal(imp('evil.odt', zip))).code).toBe('unsafe-path');
  });
});

describe('sniffContainer and findDocumentViolation', () => {
  it('recognises containers', () => {
    expect(sniffContainer(readFixture('documents', 'ID2.odt'))).toBe('zip');
    expect(sniffContainer(strToU8('\n%PDF-1.4'))).toBe('pdf');
    expect(sniffContainer(strToU8('{\\rtf1 x}'))).toBe('rtf');
    expect(sniffContainer(strToU8('plain'))).toBe('text');
  });

  it('finds broken invariants', () => {
    const ok: ImportedDocument = { text: 'ab\ncd', blocks: [{ start: 0, end: 2, bodyStart: 0, kind: 'paragraph' }, { start: 3, end: 5, bodyStart: 3, kind: 'paragraph' }], format: 'txt', warnings: [] };
    expect(findDocumentViolation(ok)).toBeNull();
    expect(findDocumentViolation({ ...ok, text: 'ab\r\ncd' })).toMatch(/not canonical/);
    expect(findDocumentViolation({ ...ok, blocks: [ok.blocks[1]!, ok.blocks[0]!] })).toMatch(/starts before/);
    expect(findDocumentViolation({ ...ok, blocks: [{ start: 0, end: 9, bodyStart: 0, kind: 'paragraph' }] })).toMatch(/ends past/);
    expect(findDocumentViolation({ ...ok, blocks: [{ start: 1, end: 2, bodyStart: 0, kind: 'turn' }] })).toMatch(/body start/);
    expect(findDocumentViolation({ ...ok, blocks: [{ start: 0, end: 2, bodyStart: 0, kind: 'heading', level: 0 }] })).toMatch(/level 0/);
  });
});
