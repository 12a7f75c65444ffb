import fc from 'fast-check';

/**
 * Pieces that stress position code: astral emoji with a skin tone, a ZWJ family, a flag, a combining
 * accent, precomposed accents, CJK, Hangul (syllable and conjoining jamo), Indonesian words, line ends
 * of every kind, lone surrogates (malformed but possible in imported text).
 */
export const TRICKY_PIECES = [
  'a',
  'Saya ',
  'suka ',
  ' ',
  '.',
  'é',
  'e\u0301',
  'o\u0308\u0301',
  '👍🏽',
  '👩‍👩‍👧',
  '🇮🇩',
  '🇮🇩🇯🇵',
  '中文',
  '한',
  '\u1112\u1161\u11ab',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u0085',
  '\uD800',
  '\uDC00',
  '𝒳',
  '#\uFE0F\u20E3',
  '\u0915\u094D\u0937',
];

/** A string made of tricky pieces and arbitrary code points. */
export const trickyText = (maxPieces = 30): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...TRICKY_PIECES), fc.string({ unit: 'binary', maxLength: 3 })), {
      maxLength: maxPieces,
    })
    .map((parts) => parts.join(''));

/** Code points of `s` as JavaScript iterates them (a lone surrogate is one element). */
export const codePoints = (s: string): string[] => Array.from(s);
