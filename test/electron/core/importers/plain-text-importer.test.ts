import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { importPlainText, markdownHeadingLevels } from '../../../../electron/core/importers/plain-text-importer';
import { ImportError, type ImportedDocument } from '../../../../electron/core/importers/imported-document';
import { isCanonicalText } from '../../../../shared/text/canonical';
import { readFixture } from '../../../support/fixtures';

function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

function blockTexts(doc: ImportedDocument): string[] {
  return doc.blocks.map((b) => cpSlice(doc.text, b.start, b.end));
}

function importError(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('importPlainText on QualCoder documents', () => {
  it('reads transcript.txt as seven speaker turns', () => {
    const doc = importPlainText(readFixture('documents', 'transcript.txt'), 'transcript.txt');
    expect(doc.format).toBe('txt');
    expect(doc.encoding).toBe('UTF-8');
    expect(doc.warnings).toEqual([]);
    expect(isCanonicalText(doc.text)).toBe(true);
    expect(doc.blocks.map((b) => b.speaker)).toEqual(['id1', 'id2', 'id3', 'id1', 'id3', 'id1', 'id2']);
    expect(cpSlice(doc.text, doc.blocks[2]!.bodyStart, doc.blocks[2]!.end)).toMatch(/^No\. I think the slides are OK/);
  });

  it('reads project_memo.txt as plain paragraphs', () => {
    const doc = importPlainText(readFixture('documents', 'project_memo.txt'), 'project_memo.txt');
    expect(doc.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(blockTexts(doc)[0]).toBe('**Research topic, questions, and objectives:**');
    expect(blockTexts(doc)).toContain('Biographical interviews');
    expect(doc.blocks).toHaveLength(8);
  });

  it('turns CRLF into LF in plain_codes_categories_for_import.txt and keeps tabs', () => {
    const doc = importPlainText(readFixture('documents', 'plain_codes_categories_for_import.txt'), 'codes.txt');
    expect(doc.text).not.toContain('\r');
    expect(blockTexts(doc)).toEqual(['code1\tA memo for code 1', 'cat1>>code2', 'cat1>>code3', 'cat3>>cat2>>code4\tanother memo', 'cat3>>code5', 'code6']);
  });

  it('reads the CRLF Markdown file with Greek text, smart quotes and dashes', () => {
    const doc = importPlainText(readFixture('documents', 'typora_test_file.md'), 'typora_test_file.md');
    expect(doc.format).toBe('md');
    expect(doc.text).not.toContain('\r');
    expect(isCanonicalText(doc.text)).toBe(true);
    const texts = blockTexts(doc);
    expect(texts[0]).toBe('This is a test.');
    expect(texts[1]).toBe('Αυτή είναι μια δοκιμή.');
    // The file's quotes are ASCII; its "dash" is U+2010 HYPHEN (3 bytes in UTF-8).
    expect(texts).toContain(`'single smart quotes', "double smart quotes"`);
    expect(texts[texts.length - 1]).toBe('and a dash, n-dash, m-dash: \u2010, --, --- (for plain text: -, \\--, \\-\\--)');
    expect(doc.blocks).toHaveLength(7);
    // Blank lines belong to no block: blocks are separated by "\n\n".
    expect(doc.blocks[1]!.start - doc.blocks[0]!.end).toBe(2);
  });
});

describe('importPlainText on the encodings fixtures', () => {
  it('brings windows-1252 smart quotes and dashes in correctly, with a guessed-encoding warning', () => {
    const doc = importPlainText(readFixture('encodings', 'chardet', 'windows-1252__github_bug_9.txt'), 'bug9.txt');
    expect(doc.encoding).toBe('windows-1252');
    expect(blockTexts(doc)).toEqual([
      'Then he said, “The names Bod, James Bond.”',
      'to be “me”',
      'Spam, beans, spam – served every day',
      'beans, spam, beans, — served every other day',
    ]);
    expect(doc.warnings.map((w) => w.english).join(' ')).toMatch(/guessed as windows-1252 \(confidence \d+%\)/);
  });

  it('reads UTF-16 without a BOM and canonicalises its CRLF', () => {
    const doc = importPlainText(readFixture('encodings', 'chardet', 'UTF-16LE__nobom-utf16le.txt'), 'bid.txt');
    expect(doc.encoding).toBe('UTF-16LE');
    expect(blockTexts(doc)[0]).toBe('DateTime,Bid,Ask');
    expect(blockTexts(doc)[1]).toBe('07/19/2015 21:00:15.469,1.083,1.08332');
  });

  it('strips the UTF-32 and UTF-8 byte order marks from the canonical text', () => {
    for (const f of ['UTF-32__bom-utf-32-le.srt', 'utf-8-sig__bom-utf-8.srt']) {
      const doc = importPlainText(readFixture('encodings', 'chardet', f), f.replace('.srt', '.txt'));
      expect(doc.text.startsWith('1\n00:00:06,500 --> 00:00:09,000\nAbout 2 months ago')).toBe(true);
    }
  });

  it('reads Arabic windows-1256 and Chinese Big5 text', () => {
    const ar = importPlainText(readFixture('encodings', 'charset_normalizer', 'sample-arabic-1.txt'), 'ar.txt');
    expect(ar.encoding).toBe('windows-1256');
    expect(ar.text).toContain('المنطقة المغاربية');
    const zh = importPlainText(readFixture('encodings', 'charset_normalizer', 'sample-chinese.txt'), 'zh.txt');
    expect(zh.text).toContain('維基大典（Wikipedia）者');
    expect(zh.text).not.toContain('\uFFFD');
  });

  it('uses a forced encoding', () => {
    const bytes = new Uint8Array(iconv.encode('P: Zażółć\nI: gęślą jaźń\nP: dobrze', 'iso-8859-2'));
    const doc = importPlainText(bytes, 'pl.txt', { encoding: 'ISO-8859-2' });
    expect(doc.text).toBe('P: Zażółć\nI: gęślą jaźń\nP: dobrze');
    expect(doc.blocks.map((b) => b.speaker)).toEqual(['P', 'I', 'P']);
  });
});

describe('importPlainText options and errors', () => {
  const transcript = new TextEncoder().encode('Pewawancara: Apa kabar?\n\nInforman: Baik.\n\nPewawancara: Syukurlah.\n');

  it('makes paragraphs only when turn detection is off', () => {
    const doc = importPlainText(transcript, 'w.txt', { detectTurns: false });
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(importPlainText(transcript, 'w.txt').blocks.map((b) => b.speaker)).toEqual(['Pewawancara', 'Informan', 'Pewawancara']);
  });

  it('makes Markdown headings with levels, ignoring "#" in code fences and in .txt files', () => {
    const md = '# Wawancara 1\n\nP: Halo\n\n## Bagian *dua*\n\nI: Hai\n\n```\n# bukan judul\n```\n\n#tagar bukan judul\n\nP: Oke\n';
    const doc = importPlainText(new TextEncoder().encode(md), 'w.md');
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => [cpSlice(doc.text, b.start, b.end), b.level])).toEqual([
      ['# Wawancara 1', 1],
      ['## Bagian *dua*', 2],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'turn').map((b) => b.speaker)).toEqual(['P', 'I', 'I', 'I', 'I', 'I', 'P']);
    const txt = importPlainText(new TextEncoder().encode(md), 'w.txt');
    expect(txt.format).toBe('txt');
    expect(txt.blocks.some((b) => b.kind === 'heading')).toBe(false);
    expect(markdownHeadingLevels('x\n   ### tiga\n    # kode')('', 2)).toBe(3);
    expect(markdownHeadingLevels('x\n   ### tiga\n    # kode')('', 3)).toBeNull();
  });

  it('refuses an empty file and a blank one', () => {
    const e = importError(() => importPlainText(new Uint8Array(0), 'kosong.txt'));
    expect(e.code).toBe('empty');
    expect(e.message).toBe('kosong.txt: the file is empty (0 bytes)');
    const blank = importError(() => importPlainText(new TextEncoder().encode('\uFEFF \r\n\t\r\n'), 'spasi.txt'));
    expect(blank.code).toBe('empty');
    expect(blank.message).toMatch(/^spasi\.txt: .*no text/);
  });

  it('refuses a file over the size limit', () => {
    const e = importError(() => importPlainText(new Uint8Array(2048).fill(0x61), 'besar.txt', { maxBytes: 1024 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('besar.txt: the file is 2 KB; files of at most 1 KB can be imported. Split it into smaller files.');
  });

  it('refuses binary content with a bad-encoding error', () => {
    const bytes = new Uint8Array(3000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131) % 256;
    expect(importError(() => importPlainText(bytes, 'gambar.txt')).code).toBe('bad-encoding');
  });
});
