import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyEdits,
  diffToEdits,
  remapCodings,
  type CodingRange,
  type TextEdit,
} from '../../../shared/text/text-edit-remap';
import { codePointLength } from '../../../shared/text/code-points';
import { sliceByCodePoints } from '../../../shared/text/positions';
import { canonicalizeText } from '../../../shared/text/canonical';
import { readFixture } from '../../support/fixtures';
import { codePoints, trickyText } from './text-arbitraries';

const cp = (s: string) => codePointLength(s);
const snippet = (text: string, c: { start: number; end: number }) => sliceByCodePoints(text, c.start, c.end);

describe('remapCodings: one edit', () => {
  const old = 'Saya suka kursus ini. Tugasnya terlalu banyak 👍🏽.';
  // code points: Saya 0-4, suka 5-9, kursus 10-16, ini 17-20, "." 20, Tugasnya 22-30, terlalu 31-38,
  // banyak 39-45, 👍🏽 46-48, "." 48
  const codings: (CodingRange & { codeId: string })[] = [
    { id: 'before', codeId: 'k', start: 0, end: 4 }, // Saya
    { id: 'span', codeId: 'k', start: 5, end: 20 }, // suka kursus ini
    { id: 'after', codeId: 'k', start: 22, end: 30 }, // Tugasnya
    { id: 'emoji', codeId: 'k', start: 46, end: 48 }, // 👍🏽
  ];

  it('leaves codings before the edit alone, shifts those after, stretches the one spanning it', () => {
    const edit: TextEdit = { start: 10, end: 16, replacement: 'kuliah sejarah' }; // kursus → kuliah sejarah
    const text = applyEdits(old, edit);
    const r = remapCodings(codings, edit);
    expect(r.lost).toEqual([]);
    expect(r.clipped).toEqual([]);
    expect(r.kept.map((c) => snippet(text, c))).toEqual(['Saya', 'suka kuliah sejarah ini', 'Tugasnya', '👍🏽']);
    expect(r.kept[0]).toEqual(codings[0]);
    expect(r.kept[2]).toEqual({ id: 'after', codeId: 'k', start: 30, end: 38 }); // other fields kept
  });

  it('reports a coding whose whole text was deleted, with its old range, and clips partial overlaps', () => {
    const edit: TextEdit = { start: 2, end: 12, replacement: 'X' }; // "ya suka ku" → X
    const text = applyEdits(old, edit);
    expect(text.startsWith('SaXrsus ini.')).toBe(true);
    const r = remapCodings(
      [...codings, { id: 'inside', codeId: 'k', start: 5, end: 9 }],
      edit,
    );
    expect(r.lost).toEqual([{ id: 'inside', codeId: 'k', start: 5, end: 9 }]);
    expect(r.kept.map((c) => [c.id, snippet(text, c)])).toEqual([
      ['before', 'Sa'],
      ['span', 'rsus ini'],
      ['after', 'Tugasnya'],
      ['emoji', '👍🏽'],
    ]);
    expect(r.clipped).toEqual([
      { id: 'before', oldStart: 0, oldEnd: 4, start: 0, end: 2 },
      { id: 'span', oldStart: 5, oldEnd: 20, start: 3, end: 11 },
    ]);
  });

  it('treats a replacement of exactly a coding\'s text as deleting it', () => {
    const r = remapCodings(codings, { start: 22, end: 30, replacement: 'Tugas-tugasnya' });
    expect(r.lost.map((c) => c.id)).toEqual(['after']);
  });

  it('documents insertion at a coding boundary: at the end not included, at the start shifts, inside stretches', () => {
    const c = [{ id: 'suka', start: 5, end: 9 }];
    const atEnd = remapCodings(c, { start: 9, end: 9, replacement: ' sekali' });
    expect(atEnd.kept[0]).toMatchObject({ start: 5, end: 9 });
    const atStart = remapCodings(c, { start: 5, end: 5, replacement: 'sangat ' });
    expect(atStart.kept[0]).toMatchObject({ start: 12, end: 16 });
    const inside = remapCodings(c, { start: 7, end: 7, replacement: '👩‍👩‍👧' });
    expect(inside.kept[0]).toMatchObject({ start: 5, end: 14 });
    expect(snippet(applyEdits(old, { start: 7, end: 7, replacement: '👩‍👩‍👧' }), inside.kept[0]!)).toBe('su👩‍👩‍👧ka');
  });

  it('moves zero-length codings with the text, before an insertion at their place, and loses them inside a deletion', () => {
    const anchors = [
      { id: 'at5', start: 5, end: 5 },
      { id: 'at7', start: 7, end: 7 },
      { id: 'at9', start: 9, end: 9 },
    ];
    const del = remapCodings(anchors, { start: 5, end: 9, replacement: '' });
    expect(del.kept).toEqual([{ id: 'at5', start: 5, end: 5 }, { id: 'at9', start: 5, end: 5 }]);
    expect(del.lost.map((c) => c.id)).toEqual(['at7']);
    const ins = remapCodings(anchors, { start: 7, end: 7, replacement: 'ab' });
    expect(ins.kept.map((c) => c.start)).toEqual([5, 7, 11]);
  });

  it('refuses invalid edits and codings', () => {
    expect(() => remapCodings([], { start: 5, end: 2, replacement: '' })).toThrow(/edit \[5, 2\)/);
    expect(() => remapCodings([{ id: 'q', start: 3, end: 1 }], { start: 0, end: 0, replacement: '' })).toThrow(
      /coding q has an invalid range/,
    );
    expect(() =>
      remapCodings([], [
        { start: 1, end: 4, replacement: '' },
        { start: 3, end: 6, replacement: '' },
      ]),
    ).toThrow(/overlap/);
    expect(() =>
      remapCodings([], [
        { start: 2, end: 2, replacement: 'a' },
        { start: 2, end: 2, replacement: 'b' },
      ]),
    ).toThrow(/insert at the same place/);
    expect(() => applyEdits('abc', { start: 2, end: 4, replacement: '' })).toThrow(/past the end of the text \(3 code points\)/);
  });
});

/** Random non-empty-or-empty coding ranges and an edit inside a text of n code points. */
const rangeIn = (n: number) =>
  fc.tuple(fc.nat(n), fc.nat(n)).map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) }));

// Lone surrogates are left out of these properties: deleting the text between a lone high and a lone low half
// joins them into one code point, so lengths cannot add up (canonical text never holds them:
// decoders turn them into U+FFFD).
const wellFormed = (max: number) => trickyText(max).map((t) => t.replace(/[\uD800-\uDFFF]/g, (c, i, all) => {
  const code = c.charCodeAt(0);
  const pairedHigh = code <= 0xdbff && /[\uDC00-\uDFFF]/.test(all[i + 1] ?? '');
  const pairedLow = code >= 0xdc00 && /[\uD800-\uDBFF]/.test(all[i - 1] ?? '');
  return pairedHigh || pairedLow ? c : '\uFFFD';
}));

describe('remapCodings properties', () => {
  it('one edit: every surviving coding holds exactly its surviving text (plus the replacement when it spans the edit)', () => {
    fc.assert(
      fc.property(
        wellFormed(25).chain((text) => {
          const n = cp(text);
          return fc.tuple(
            fc.constant(text),
            fc.array(rangeIn(n), { maxLength: 12 }),
            rangeIn(n),
            wellFormed(4),
          );
        }),
        ([text, ranges, range, replacement]) => {
          const codings = ranges.map((r, i) => ({ id: `c${i}`, ...r }));
          const edit = { ...range, replacement };
          const newText = applyEdits(text, edit);
          const { kept, lost, clipped } = remapCodings(codings, edit);
          expect(kept.length + lost.length).toBe(codings.length);
          const old = codePoints(text);
          const { start: s, end: e } = edit;
          for (const c of codings) {
            const { start: a, end: b } = c;
            const survivor = kept.find((k) => k.id === c.id);
            if (a === b) {
              if (s < a && a < e) expect(lost).toContain(c);
              else expect(survivor).toBeDefined();
              continue;
            }
            const wholeTextDeleted = s < e && s <= a && b <= e;
            if (wholeTextDeleted) {
              expect(lost).toContain(c);
              continue;
            }
            expect(survivor).toBeDefined();
            // The prediction: its old text before the edit, the replacement if it spans the edit, its old text after.
            const predicted =
              old.slice(a, Math.min(b, s)).join('') +
              (a < s && e < b ? replacement : '') +
              old.slice(Math.max(a, e), b).join('');
            expect(snippet(newText, survivor!)).toBe(predicted);
            const lostText = (s <= a && a < e) || (s < b && b <= e);
            expect(clipped.some((x) => x.id === c.id)).toBe(lostText);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('several simultaneous edits: agrees with a character-by-character origin map', () => {
    fc.assert(
      fc.property(
        wellFormed(25).chain((text) => {
          const n = cp(text);
          return fc.tuple(
            fc.constant(text),
            fc.array(rangeIn(n), { maxLength: 10 }),
            fc.uniqueArray(fc.nat(n), { maxLength: 8 }).map((cuts) => cuts.sort((x, y) => x - y)),
            fc.array(wellFormed(3), { minLength: 8, maxLength: 8 }),
            fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
          );
        }),
        ([text, ranges, cuts, replacements, insertOnly]) => {
          // Edits from consecutive cut points: [cut0, cut1), [cut2, cut3)... or insertions at the cuts.
          const edits: TextEdit[] = [];
          for (let i = 0; i < cuts.length; i += 2) {
            const start = cuts[i]!;
            const end = insertOnly[i] ? start : (cuts[i + 1] ?? start);
            edits.push({ start, end, replacement: replacements[i]! });
          }
          const codings = ranges.map((r, i) => ({ id: `c${i}`, ...r }));
          const newText = applyEdits(text, edits);
          const { kept, lost } = remapCodings(codings, [...edits].reverse());
          const old = codePoints(text);
          // Origin of each new code point: an old index, or the edit whose replacement it is.
          const origin: ({ old: number } | { edit: number })[] = [];
          let cursor = 0;
          [...edits].forEach((e, k) => {
            for (; cursor < e.start; cursor++) origin.push({ old: cursor });
            for (let j = 0; j < cp(e.replacement); j++) origin.push({ edit: k });
            cursor = e.end;
          });
          for (; cursor < old.length; cursor++) origin.push({ old: cursor });
          expect(origin.length).toBe(cp(newText));

          for (const c of codings) {
            const { start: a, end: b } = c;
            const survivor = kept.find((k) => k.id === c.id);
            if (a === b) {
              const swallowed = edits.some((e) => e.start < a && a < e.end);
              if (swallowed) {
                expect(lost).toContain(c);
                continue;
              }
              const before = origin.filter((o) =>
                'old' in o ? o.old < a : edits[o.edit]!.start < a && edits[o.edit]!.end <= a,
              ).length;
              expect(survivor).toEqual({ ...c, start: before, end: before });
              continue;
            }
            const included = origin.map((o) =>
              'old' in o ? a <= o.old && o.old < b : a < edits[o.edit]!.start && edits[o.edit]!.end < b,
            );
            const survivingOld = origin.some((o, i) => 'old' in o && included[i]);
            if (!survivingOld) {
              expect(lost).toContain(c);
              continue;
            }
            const first = included.indexOf(true);
            const last = included.lastIndexOf(true);
            expect(included.slice(first, last + 1).every(Boolean)).toBe(true); // contiguous
            expect(survivor).toEqual({ ...c, start: first, end: last + 1 });
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('applyEdits and diffToEdits', () => {
  it('finds the single minimal edit between two texts', () => {
    expect(diffToEdits('Saya suka kursus ini', 'Saya sangat suka kursus ini')).toEqual([
      { start: 5, end: 5, replacement: 'sangat ' },
    ]);
    expect(diffToEdits('abc', 'abc')).toEqual([]);
    expect(diffToEdits('', 'baru')).toEqual([{ start: 0, end: 0, replacement: 'baru' }]);
    expect(diffToEdits('lama', '')).toEqual([{ start: 0, end: 4, replacement: '' }]);
    expect(diffToEdits('aa', 'aaa')).toEqual([{ start: 0, end: 0, replacement: 'a' }]); // slid to a word start
    // deleting a word removes the word, not "angat s" after its first letter
    expect(diffToEdits('Saya sangat suka', 'Saya suka')).toEqual([{ start: 5, end: 12, replacement: '' }]);
    expect(diffToEdits('[id1] hello hello', '[id1] hello')).toEqual([{ start: 6, end: 12, replacement: '' }]);
  });

  it('never splits an emoji, flag, ZWJ sequence or accented letter', () => {
    expect(diffToEdits('ok 👍🏻!', 'ok 👍🏽!')).toEqual([{ start: 3, end: 5, replacement: '👍🏽' }]);
    expect(diffToEdits('🇮🇩', '🇮🇹')).toEqual([{ start: 0, end: 2, replacement: '🇮🇹' }]);
    expect(diffToEdits('👩‍👩‍👧 x', '👩‍👩‍👦 x')).toEqual([{ start: 0, end: 5, replacement: '👩‍👩‍👦' }]);
    // adding an accent to "e" replaces the letter, not just the position after it
    expect(diffToEdits('cafe au lait', 'cafe\u0301 au lait')).toEqual([{ start: 3, end: 4, replacement: 'e\u0301' }]);
    expect(diffToEdits('中文课程', '中文课')).toEqual([{ start: 3, end: 4, replacement: '' }]);
  });

  it('round-trips: applying the diff to the old text gives the new text (property)', () => {
    fc.assert(
      fc.property(wellFormed(20), wellFormed(20), wellFormed(6), (prefix, middle, suffix) => {
        const oldText = prefix + middle + suffix;
        for (const newText of [prefix + suffix, prefix + 'x' + suffix, prefix + middle + middle + suffix, middle]) {
          const edits = diffToEdits(oldText, newText);
          expect(applyEdits(oldText, edits)).toBe(newText);
          if (edits.length === 1) {
            const e = edits[0]!;
            expect(e.end - e.start + cp(newText) - cp(e.replacement)).toBe(cp(oldText)); // consistent lengths
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('remaps codings on a real transcript after an edit sent as the whole new text (fixture)', () => {
    const text = canonicalizeText(new TextDecoder().decode(readFixture('documents', 'transcript.txt')));
    const quote = 'I am struggling with the lecture slides.';
    const at = cp(text.slice(0, text.indexOf(quote)));
    const codings = [
      { id: 'slides', start: at, end: at + cp(quote) },
      { id: 'career', start: cp(text.slice(0, text.indexOf('career'))), end: cp(text.slice(0, text.indexOf('career'))) + 6 },
    ];
    const newText = text.replace('lecture slides', 'lecture slides 📊');
    const edits = diffToEdits(text, newText);
    expect(edits).toHaveLength(1);
    const r = remapCodings(codings, edits);
    expect(r.lost).toEqual([]);
    expect(r.kept.map((c) => snippet(newText, c))).toEqual(['I am struggling with the lecture slides 📊.', 'career']);
  });
});
