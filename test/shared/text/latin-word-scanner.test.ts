import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanLatinWords } from '../../../shared/text/latin-word-scanner';
import { countWords } from '../../../shared/text/word-count';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

function viaSegmenter(s: string): string[] {
  const out: string[] = [];
  for (const w of segmenter.segment(s)) if (w.isWordLike) out.push(`${w.index}-${w.index + w.segment.length}`);
  return out;
}

function viaScanner(s: string): string[] {
  const out: string[] = [];
  scanLatinWords(s, 0, s.length, (a, b) => out.push(`${a}-${b}`));
  return out;
}

// Every class the scanner distinguishes, and their neighbours.
const ALPHABET = [
  'a', 'Z', 'é', 'ß', 'Ā', 'ɏ', '0', '9', ' ', '\n', '\r', '\t', ':', '.', "'", ',', ';', '-', '·', '’', '‘', '\u0301',
  '\u00ad', '\u200d', '\u200c', '(', ')', '"', '“', '”', '–', '—', '…', '!', '?', 'ª', 'µ', 'º', '×', '÷', '\u00a0',
  '\u2044', '€', '²', '\u2024', '/', '@', '#', '%', '&', '*', '+', '=', '[', ']', '<', '>', '~', '\u0085', '\u000b',
];

describe('latin word scanner', () => {
  it('finds exactly the word-like segments Intl.Segmenter finds, on random strings of its classes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        expect(scanLatinWords(s, 0, s.length, () => undefined)).toBe(true);
        expect(viaScanner(s)).toEqual(viaSegmenter(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the segmenter on real Indonesian and English sentences', () => {
    const text =
      "Pewawancara: Sudah berapa lama Ibu bekerja di puskesmas?\nInforman: Kurang lebih 7,5 tahun — sejak 2016. Gajinya Rp1.500.000, nggak cukup 'kan? Saya ikut pelatihan BPJS/P-Care di dinas. It's the nurses' job: e.g. triage, 3:15 p.m. shifts.";
    expect(viaScanner(text)).toEqual(viaSegmenter(text));
    expect(countWords(text)).toBe(viaSegmenter(text).length);
  });

  it('declines text outside its set, which is left to the segmenter', () => {
    for (const s of ['emoji 👍', 'under_score', 'שלום', '中文', 'Ελληνικά']) expect(scanLatinWords(s, 0, s.length, () => undefined)).toBe(false);
    expect(countWords('Saya 👍 suka 中文')).toBe(viaSegmenter('Saya 👍 suka 中文').length);
  });

  it('declines before reporting any word, so the segmenter can count the stretch from its start', () => {
    const words: number[] = [];
    expect(scanLatinWords('Saya suka sekali 👍', 0, 19, (a) => words.push(a))).toBe(false);
    expect(words).toEqual([]);
    expect(scanLatinWords('Saya suka', 0, 9, (a) => words.push(a))).toBe(true);
    expect(words).toEqual([0, 5]);
  });
});
