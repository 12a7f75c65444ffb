import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from '../../../../electron/core/importers/text-decoding';
import { ImportError } from '../../../../electron/core/importers/imported-document';
import { canonicalizeText } from '../../../../shared/text/canonical';
import { readFixture } from '../../../support/fixtures';

/** The reference decoding: the charset the fixture's authors state, through iconv-lite, BOM removed. */
function reference(bytes: Uint8Array, charset: string): string {
  return iconv.decode(bytes, charset, { stripBOM: true }).replace(/^\uFEFF/, '');
}

function expectImportError(fn: () => unknown, code: string, message: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).code).toBe(code);
    expect((e as ImportError).message).toMatch(message);
    return;
  }
  throw new Error('expected an ImportError');
}

// chardet's test files: the expected charset is the first part of each file name.
const chardetCases: { file: string; charset: string; encoding: RegExp; words: string[] }[] = [
  { file: 'UTF-16BE__nobom-utf16be.txt', charset: 'utf-16be', encoding: /^UTF-16BE$/, words: ['DateTime,Bid,Ask', '07/19/2015 21:00:15.469'] },
  { file: 'UTF-16LE__nobom-utf16le.txt', charset: 'utf-16le', encoding: /^UTF-16LE$/, words: ['DateTime,Bid,Ask', '1.08332'] },
  { file: 'UTF-16__bom-utf-16-be.srt', charset: 'utf-16be', encoding: /^UTF-16BE$/, words: ['About 2 months ago I found myself on', 'Ayn Rand'] },
  { file: 'UTF-16__bom-utf-16-le.srt', charset: 'utf-16le', encoding: /^UTF-16LE$/, words: ['About 2 months ago I found myself on', 'Ayn Rand'] },
  { file: 'UTF-32__bom-utf-32-le.srt', charset: 'utf-32le', encoding: /^UTF-32LE$/, words: ['About 2 months ago I found myself on', 'Ayn Rand'] },
  { file: 'utf-8-sig__bom-utf-8.srt', charset: 'utf-8', encoding: /^UTF-8$/, words: ['About 2 months ago I found myself on'] },
  { file: 'windows-1252___ude_1.txt', charset: 'windows-1252', encoding: /^windows-1252$/, words: ['gehört', 'Auswärtigen', 'Schülerinnen', '10€'] },
  { file: 'windows-1252___ude_2.txt', charset: 'windows-1252', encoding: /^windows-1252$/, words: ['Stipan Arkadiewitsch', 'dat zij al…. Ach'] },
  {
    file: 'windows-1252__github_bug_9.txt',
    charset: 'windows-1252',
    encoding: /^windows-1252$/,
    words: ['said, “The names Bod, James Bond.”', 'to be “me”', 'spam – served', 'beans, — served'],
  },
];

// charset_normalizer's test files: expected charsets from its tests/test_full_detection.py.
const normalizerCases: { file: string; charset: string; encoding: RegExp; words: string[] }[] = [
  { file: 'sample-arabic-1.txt', charset: 'cp1256', encoding: /^windows-1256$/, words: ['المنطقة المغاربية', 'بلاد المغرب'] },
  { file: 'sample-arabic.txt', charset: 'utf-8', encoding: /^UTF-8$/, words: ['المنطقة المغاربية'] },
  { file: 'sample-french-1.txt', charset: 'cp1252', encoding: /^windows-1252$/, words: ['MOLIÈRE', 'FÉVRIER', '«Quel est', 'écrivains de mon règne'] },
  { file: 'sample-french.txt', charset: 'utf-8', encoding: /^UTF-8$/, words: ['MOLIÈRE', 'écrivains de mon règne'] },
  { file: 'sample-chinese.txt', charset: 'big5', encoding: /^big5/i, words: ['維基大典', '維基媒體基金會'] },
  { file: 'sample-greek.txt', charset: 'cp1253', encoding: /^windows-1253$/, words: ['Η ελληνική αποτελεί', 'Κύπρο'] },
  { file: 'sample-greek-2.txt', charset: 'cp1253', encoding: /^windows-1253$/, words: ['Η ελληνική αποτελεί'] },
  { file: 'sample-hebrew-2.txt', charset: 'cp1255', encoding: /^windows-1255$/, words: ['ניבים אזוריים עבריים', 'ישראל'] },
  { file: 'sample-hebrew-3.txt', charset: 'cp1255', encoding: /^windows-1255$/, words: ['ניבים אזוריים עבריים'] },
  { file: 'sample-bulgarian.txt', charset: 'utf-8', encoding: /^UTF-8$/, words: ['Член 26', 'право на образование'] },
  { file: 'sample-english.bom.txt', charset: 'utf-8', encoding: /^UTF-8$/, words: ['About 2 months ago'] },
  { file: 'sample-spanish.txt', charset: 'utf-8', encoding: /^UTF-8$/, words: ['La creación', 'creó Dios los cielos'] },
  { file: 'sample-korean.txt', charset: 'cp949', encoding: /^(CP949|EUC-KR)$/i, words: ['역사적 예수 연구자들은', '도미닉 크로산'] },
  { file: 'sample-turkish.txt', charset: 'cp1254', encoding: /^windows-1254$/, words: ['İstanbul', "Türkiye'nin en kalabalık", 'açıdan'] },
  { file: 'sample-russian-2.txt', charset: 'utf-8', encoding: /^UTF-8$/, words: ['В гимназии он не был'] },
  { file: 'sample-russian-3.txt', charset: 'utf-8', encoding: /^UTF-8$/, words: ['Москва́', 'столица России'] },
  { file: 'sample-russian.txt', charset: 'maccyrillic', encoding: /^mac-?cyrillic$/i, words: ['В гимназии он не был', 'математика и латынь'] },
  { file: 'sample-polish.txt', charset: 'utf-8', encoding: /^UTF-8$/, words: ['URZĄDZENIE', 'SIEĆ'] },
];

describe('decodeText on chardet fixtures', () => {
  for (const c of chardetCases) {
    it(`${c.file} comes in as ${c.charset}`, () => {
      const bytes = readFixture('encodings', 'chardet', c.file);
      const got = decodeText(bytes, c.file);
      expect(got.encoding).toMatch(c.encoding);
      expect(got.text.replace(/^\uFEFF/, '')).toBe(reference(bytes, c.charset));
      expect(got.text).not.toContain('\uFFFD');
      for (const w of c.words) expect(got.text).toContain(w);
    });
  }
});

describe('decodeText on charset_normalizer fixtures', () => {
  for (const c of normalizerCases) {
    it(`${c.file} comes in as ${c.charset}`, () => {
      const bytes = readFixture('encodings', 'charset_normalizer', c.file);
      const got = decodeText(bytes, c.file);
      expect(got.encoding).toMatch(c.encoding);
      expect(got.text.replace(/^\uFEFF/, '')).toBe(reference(bytes, c.charset));
      expect(got.text).not.toContain('\uFFFD');
      for (const w of c.words) expect(got.text).toContain(w);
    });
  }
});

describe('decodeText rules', () => {
  it('reports certainty for marks and valid UTF-8, a score for guesses', () => {
    expect(decodeText(readFixture('encodings', 'chardet', 'utf-8-sig__bom-utf-8.srt'), 'a.srt').confidence).toBe(1);
    const guessed = decodeText(readFixture('encodings', 'chardet', 'windows-1252___ude_1.txt'), 'a.txt');
    expect(guessed.confidence).toBeGreaterThan(0);
    expect(guessed.confidence).toBeLessThan(1);
  });

  it('keeps windows-1252 0x85 as an ellipsis but turns a real NEL into LF after canonicalisation', () => {
    const w1252 = decodeText(readFixture('encodings', 'chardet', 'windows-1252___ude_2.txt'), 'nl.txt');
    expect(canonicalizeText(w1252.text)).toContain('al…. Ach');
    const nel = decodeText(new TextEncoder().encode('baris satu\u0085baris dua\u0085baris tiga'), 'nel.txt');
    expect(nel.encoding).toBe('UTF-8');
    expect(canonicalizeText(nel.text)).toBe('baris satu\nbaris dua\nbaris tiga');
  });

  it('decodes smart quotes and dashes from windows-1252 bytes', () => {
    const bytes = iconv.encode('Dia bilang “ya” dan ‘tidak’ – lalu pergi…', 'windows-1252');
    const got = decodeText(new Uint8Array(bytes), 'kutipan.txt');
    expect(got.encoding).toBe('windows-1252');
    expect(got.text).toBe('Dia bilang “ya” dan ‘tidak’ – lalu pergi…');
  });

  it('finds UTF-16 without a mark in non-Latin text with ASCII spaces', () => {
    const text = 'Пример текста на русском языке, 2024 год.\nВторая строка текста.';
    const le = decodeText(new Uint8Array(iconv.encode(text, 'utf-16le')), 'ru.txt');
    expect(le).toMatchObject({ encoding: 'UTF-16LE', text });
    const be32 = decodeText(new Uint8Array(iconv.encode(text, 'utf-32be')), 'ru.txt');
    expect(be32).toMatchObject({ encoding: 'UTF-32BE', text });
  });

  it('decodes UTF-32LE without a mark, emoji included', () => {
    const text = 'Informan 1: saya senang 😀 sekali dengan kegiatan ini.';
    const got = decodeText(new Uint8Array(iconv.encode(text, 'utf-32le')), 'x.txt');
    expect(got).toMatchObject({ encoding: 'UTF-32LE', text });
  });

  it('honours a forced encoding', () => {
    const bytes = new Uint8Array(iconv.encode('Zażółć gęślą jaźń', 'iso-8859-2'));
    const got = decodeText(bytes, 'pl.txt', { encoding: 'iso-8859-2' });
    expect(got).toMatchObject({ text: 'Zażółć gęślą jaźń', encoding: 'ISO-8859-2', confidence: 1 });
    // Forcing latin1 on UTF-8 bytes is the researcher's call: mojibake, but readable characters.
    expect(decodeText(new TextEncoder().encode('café'), 'a.txt', { encoding: 'latin1' }).text).toBe('cafÃ©');
  });

  it('refuses an unknown forced encoding, naming it', () => {
    expectImportError(() => decodeText(new Uint8Array([0x61]), 'wawancara.txt', { encoding: 'klingon-8' }), 'bad-encoding', /^wawancara\.txt: "klingon-8" is not a character encoding/);
  });

  it('refuses bytes that are not text, saying where and what to do', () => {
    // A PNG header and binary noise: NULs and control bytes everywhere.
    const noise = new Uint8Array(4000);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
    noise.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
    expectImportError(() => decodeText(noise, 'foto.txt'), 'bad-encoding', /^foto\.txt: .*(unreadable|could not be recognised).*choose/);
  });

  it('refuses a forced encoding that leaves the text full of replacement characters', () => {
    const bytes = new Uint8Array(iconv.encode('維基大典（Wikipedia）者，網路為礎；集天下知、四海言、眾人志，書百科焉。', 'big5'));
    expectImportError(() => decodeText(bytes, 'zh.txt', { encoding: 'utf-8' }), 'bad-encoding', /zh\.txt: does not look like text when read as UTF-8 \(the encoding you chose\): \d+ of \d+ characters are unreadable, the first on line 1/);
  });

  it('counts each kind of unreadable character, and tolerates the few a long file may have', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `Baris ${i} dari wawancara.`);
    // Two strays in 50,000 characters: kept.
    const twoStrays = [...lines];
    twoStrays[10] += '\u0001';
    twoStrays[20] += '\u009d';
    expect(decodeText(new TextEncoder().encode(twoStrays.join('\n')), 'lama.txt').text).toContain('\u009d');
    // Controls of each refused kind on a short text: refused, naming the first line with one.
    for (const c of ['\u0000', '\u0008', '\u000b', '\u001f', '\u007f', '\u0084', '\u0086', '\u009f', '\ufffd']) {
      const text = `baris satu\nbaris dua ${c}${c}${c}\nbaris tiga`;
      expectImportError(() => decodeText(new TextEncoder().encode(text), 'kontrol.txt'), 'bad-encoding', /3 of \d+ characters are unreadable, the first on line 2/);
    }
    // Tab, form feed, CR and NEL are text.
    expect(decodeText(new TextEncoder().encode('a\tb\fc\r\nd\u0085e'), 'ok.txt').text).toBe('a\tb\fc\r\nd\u0085e');
  });
});
