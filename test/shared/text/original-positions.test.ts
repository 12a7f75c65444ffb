import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NVIVO_POSITION_POLICY,
  OriginalPositionMapper,
  fromUtf16CrlfPositions,
  type OriginalPositionPolicy,
} from '../../../shared/text/original-positions';
import { canonicalizeText } from '../../../shared/text/canonical';
import { codePointLength } from '../../../shared/text/code-points';
import { sliceByCodePoints, codePointToUtf16 } from '../../../shared/text/positions';
import { readFixture } from '../../support/fixtures';
import { trickyText } from './text-arbitraries';

const CP: OriginalPositionPolicy = { unit: 'codePoint', bomCounted: false };

function mapperFor(original: string, policy: OriginalPositionPolicy = NVIVO_POSITION_POLICY) {
  return new OriginalPositionMapper(canonicalizeText(original), original, policy);
}

describe('OriginalPositionMapper, NVivo counting (UTF-16 units, CRLF as 2, BOM not counted)', () => {
  it('maps offsets after CRLFs onto the LF-only canonical text', () => {
    const original = 'Line one\r\nLine two\r\nThree';
    const m = mapperFor(original);
    const canonical = canonicalizeText(original);
    // "Line two" starts at 10 in NVivo's counting and at 9 in Telaah's.
    expect(m.map(10)).toEqual({ position: 9, insideCharacter: false });
    expect(sliceByCodePoints(canonical, m.map(10).position, m.map(18).position)).toBe('Line two');
    expect(m.map(20).position).toBe(18);
    expect(m.originalLength).toBe(original.length);
    expect(m.canonicalLength).toBe(canonical.length);
  });

  it('maps a single NVivo position with the one-call helper', () => {
    const original = '\uFEFFP: 👍🏽\r\nR: ok';
    const canonical = canonicalizeText(original);
    expect(fromUtf16CrlfPositions(canonical, original, 9)).toEqual({ position: 6, insideCharacter: false }); // "R"
    expect(fromUtf16CrlfPositions(canonical, original, 8)).toEqual({ position: 5, insideCharacter: true }); // CR|LF
  });

  it('reports an offset between CR and LF as inside a character and rounds it', () => {
    const m = mapperFor('ab\r\ncd');
    expect(m.map(3)).toEqual({ position: 2, insideCharacter: true });
    expect(m.map(3, 'up')).toEqual({ position: 3, insideCharacter: true });
    expect(m.mapRange(3, 5)).toEqual({ start: 2, end: 4, clean: false });
    expect(m.mapRange(4, 5)).toEqual({ start: 3, end: 4, clean: true });
  });

  it('counts a surrogate pair as 2 units and flags an offset between its halves', () => {
    const original = 'Hi 👍🏽 ok\r\n🇮🇩 Indonesia';
    const m = mapperFor(original);
    const canonical = canonicalizeText(original);
    // NVivo offset 3 is 👍, 5 is 🏽, 7 is the space before "ok".
    expect(m.map(5)).toEqual({ position: 4, insideCharacter: false });
    expect(m.map(4)).toEqual({ position: 3, insideCharacter: true });
    expect(m.map(4, 'up')).toEqual({ position: 4, insideCharacter: true });
    const flag = original.indexOf('🇮🇩');
    const r = m.mapRange(flag, flag + 4);
    expect(r.clean).toBe(true);
    expect(sliceByCodePoints(canonical, r.start, r.end)).toBe('🇮🇩');
    const word = m.mapRange(original.indexOf('Indonesia'), original.length);
    expect(sliceByCodePoints(canonical, word.start, word.end)).toBe('Indonesia');
  });

  it('ignores a BOM that is not counted and counts one that is', () => {
    const original = '\uFEFFSaya suka\r\nkursus';
    const notCounted = mapperFor(original);
    expect(notCounted.originalLength).toBe(original.length - 1);
    expect(notCounted.map(0).position).toBe(0);
    expect(notCounted.map(11).position).toBe(10); // "kursus"
    const counted = mapperFor(original, { unit: 'utf16', bomCounted: true });
    expect(counted.originalLength).toBe(original.length);
    expect(counted.map(0)).toEqual({ position: 0, insideCharacter: false });
    expect(counted.map(1)).toEqual({ position: 0, insideCharacter: false });
    expect(counted.map(12).position).toBe(10);
    expect(counted.toOriginal(0).position).toBe(1);
  });

  it('treats a sequence that NFC merged (e + U+0301 → é) as one character', () => {
    const original = 'cafe\u0301 au lait';
    const m = mapperFor(original);
    expect(canonicalizeText(original)).toBe('café au lait');
    expect(m.map(4)).toEqual({ position: 3, insideCharacter: true });
    expect(m.map(5)).toEqual({ position: 4, insideCharacter: false });
    expect(m.map(6).position).toBe(5);
  });

  it('counts code points under a code-point policy (QualCoder, REFI-QDA)', () => {
    const original = 'a👩‍👩‍👧b\r\nc';
    const m = mapperFor(original, CP);
    expect(m.originalLength).toBe(codePointLength(original));
    // In code points the family is 5 units wide and nothing inside it is "inside a character".
    for (let p = 0; p <= 6; p++) expect(m.map(p)).toEqual({ position: p, insideCharacter: false });
    expect(m.map(7)).toEqual({ position: 7, insideCharacter: false }); // after b = before CR
    expect(m.map(8).insideCharacter).toBe(true);
    expect(m.map(9).position).toBe(8);
  });

  it('refuses a stored text that is not the canonical form of the original, saying where', () => {
    expect(() => new OriginalPositionMapper('one\ntwo\nthree', 'one\r\ntwo\r\nthree!')).toThrow(
      /not the canonical form .* line 3, column 6/,
    );
    expect(() => new OriginalPositionMapper('abc', 'abd')).toThrow(/line 1, column 3/);
    expect(() => mapperFor('abc').map(4)).toThrow(/position 4 is outside the original text \(valid: integers 0\.\.3\)/);
  });

  it('maps every offset of a real CRLF Markdown file with Greek and dashes (fixture)', () => {
    const original = new TextDecoder().decode(readFixture('documents', 'typora_test_file.md'));
    expect(original).toContain('\r\n');
    const canonical = canonicalizeText(original);
    const m = new OriginalPositionMapper(canonical, original, NVIVO_POSITION_POLICY);
    let inside = 0;
    for (let p = 0; p <= original.length; p++) {
      const r = m.map(p);
      if (r.insideCharacter) {
        inside++;
        expect(original[p - 1]).toBe('\r');
        expect(original[p]).toBe('\n');
      } else {
        expect(r.position).toBe(codePointLength(canonicalizeText(original.slice(0, p))));
      }
    }
    expect(inside).toBe(original.split('\r\n').length - 1);
    // A Greek word selected in NVivo's counting comes out as the same word.
    const greek = original.match(/[\u0370-\u03ff]+/u)?.[0] ?? '';
    expect(greek.length).toBeGreaterThan(3);
    const at = original.indexOf(greek);
    const r = m.mapRange(at, at + greek.length);
    expect(r.clean).toBe(true);
    expect(sliceByCodePoints(canonical, r.start, r.end)).toBe(greek);
  });
});

describe('OriginalPositionMapper properties', () => {
  const policies: OriginalPositionPolicy[] = [
    NVIVO_POSITION_POLICY,
    CP,
    { unit: 'utf16', bomCounted: true },
    { unit: 'codePoint', bomCounted: true },
  ];

  it('maps each clean original offset to the length of the canonical prefix (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), trickyText(40), fc.constantFrom(...policies), (bom, body, policy) => {
        const original = (bom ? '\uFEFF' : '') + body;
        const canonical = canonicalizeText(original);
        const m = new OriginalPositionMapper(canonical, original, policy);
        const counted = policy.bomCounted ? original : original.replace(/^\uFEFF/, '');
        const units = policy.unit === 'utf16' ? counted.length : codePointLength(counted);
        expect(m.originalLength).toBe(units);
        expect(m.canonicalLength).toBe(codePointLength(canonical));
        let previous = 0;
        for (let p = 0; p <= units; p++) {
          const down = m.map(p, 'down');
          const up = m.map(p, 'up');
          expect(down.position).toBeGreaterThanOrEqual(previous); // monotone
          previous = down.position;
          expect(up.position).toBeGreaterThanOrEqual(down.position);
          const u16 = policy.unit === 'utf16' ? p : codePointToUtf16(counted, p);
          const prefix = canonicalizeText(counted.slice(0, u16));
          if (!down.insideCharacter) {
            expect(up.position).toBe(down.position);
            expect(down.position).toBe(codePointLength(prefix));
            // and back again (canonical 0 maps to just after a counted BOM, where the text begins)
            const back = m.toOriginal(down.position);
            expect(back.insideCharacter).toBe(false);
            expect(back.position).toBe(bom && policy.bomCounted && p === 0 ? 1 : p);
          } else {
            expect(up.position).toBeGreaterThan(down.position);
            // the rounded-down position keeps a whole prefix of the canonical text
            expect(canonical.startsWith(sliceByCodePoints(canonical, 0, down.position))).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('builds a mapper for a 300k-character CRLF transcript quickly', () => {
    const turn = '[id1] Saya suka kursus ini 👍🏽, sangat membantu. Café e\u0301 中文 한국어 Ελληνικά\r\n';
    const original = '\uFEFF' + turn.repeat(Math.ceil(300_000 / turn.length));
    const canonical = canonicalizeText(original);
    const t0 = performance.now();
    const m = new OriginalPositionMapper(canonical, original);
    const ms = performance.now() - t0;
    console.info(`OriginalPositionMapper on ${original.length} units: built in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3000);
    const last = original.lastIndexOf('[id1]') - 1;
    // `last` counts the BOM, which NVivo does not: it is the start of the last turn in NVivo's counting.
    const lastTurn = codePointLength(canonical) - codePointLength(canonicalizeText(turn));
    expect(m.map(last)).toEqual({ position: lastTurn, insideCharacter: false });
  });
});
