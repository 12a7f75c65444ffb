import { createRequire } from 'node:module';
import { errorPhrase } from '../i18n/error-phrase';
import { ImportError } from './imported-document';

// iconv-lite and jschardet are loaded on first need: UTF-8 text, nearly every file, needs neither,
// and loading them took ~90 ms of every import worker's start (and of every CLI run).
let iconvModule: typeof import('iconv-lite') | null = null;
let chardetModule: typeof import('jschardet').chardet | null = null;
const iconv = () => (iconvModule ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite'));
const chardet = () => (chardetModule ??= (createRequire(import.meta.url)('jschardet') as typeof import('jschardet')).chardet);

/**
 * Turns the bytes of a text file into a JavaScript string, finding the character encoding the way a
 * careful person would: a byte order mark is proof; NUL bytes in a steady rhythm mean UTF-16/32 without
 * a mark; bytes that are valid UTF-8 are UTF-8 (legacy text almost never happens to be valid UTF-8);
 * only then is the encoding guessed statistically (jschardet, a port of chardet 7) and decoded with
 * iconv-lite. The result is NOT canonical yet (the caller runs canonicalizeText).
 */
export interface DecodedText {
  text: string;
  /** Display name of the encoding read, e.g. "UTF-8", "UTF-16LE", "windows-1252", "Big5". */
  encoding: string;
  /** 1 for a byte order mark, a forced encoding or valid UTF-8; the detector's score when guessed. */
  confidence: number;
}

export interface DecodeTextOptions {
  /** Force this encoding (any iconv-lite name, e.g. "windows-1252", "latin1", "shift_jis"). */
  encoding?: string;
}

interface Bom {
  bytes: number[];
  encoding: string;
  iconvName: string;
}

// Longest first: the UTF-32 LE mark begins with the UTF-16 LE mark.
const BOMS: Bom[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32LE', iconvName: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32BE', iconvName: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8', iconvName: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE', iconvName: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE', iconvName: 'utf-16be' },
];

/** How much of the file the NUL-rhythm check looks at. */
const SNIFF_BYTES = 64 * 1024;

export function decodeText(bytes: Uint8Array, fileName: string, opts: DecodeTextOptions = {}): DecodedText {
  if (opts.encoding !== undefined && opts.encoding.trim() !== '') {
    return decodeForced(bytes, fileName, opts.encoding.trim());
  }

  const bom = BOMS.find((b) => b.bytes.every((v, i) => bytes[i] === v));
  if (bom) {
    const body = bytes.subarray(bom.bytes.length);
    return checked(fileName, { text: iconvDecode(body, bom.iconvName), encoding: bom.encoding, confidence: 1 });
  }

  const wide = sniffWideEncoding(bytes);
  if (wide) {
    return checked(fileName, { text: iconvDecode(bytes, wide.toLowerCase()), encoding: wide, confidence: 0.95 });
  }

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    return checked(fileName, { text: utf8, encoding: 'UTF-8', confidence: 1 });
  }

  // preferSuperset: report windows-1254 rather than ISO-8859-9, CP949 rather than EUC-KR, and so on;
  // the superset decodes everything the subset does, and the extra characters (smart quotes, dashes) are
  // exactly what Word put there.
  const guess = chardet().detect(bytes, { preferSuperset: true });
  const guessed = guess.encoding;
  if (guessed === null || !iconv().encodingExists(iconvNameFor(guessed))) {
    const reason = guessed ? errorPhrase('errors.encoding.unsupportedGuess', { encoding: guessed }) : errorPhrase('errors.encoding.unrecognised');
    throw new ImportError('bad-encoding', fileName, reason);
  }
  return checked(fileName, {
    text: iconvDecode(bytes, iconvNameFor(guessed)),
    encoding: displayEncodingName(guessed),
    confidence: guess.confidence,
  });
}

function decodeForced(bytes: Uint8Array, fileName: string, encoding: string): DecodedText {
  if (!iconv().encodingExists(encoding)) {
    throw new ImportError('bad-encoding', fileName, errorPhrase('errors.encoding.unknown', { encoding }));
  }
  // iconv-lite strips a BOM of the forced Unicode encoding; canonicalizeText strips any that remain.
  return checked(fileName, { text: iconvDecode(bytes, encoding), encoding: displayEncodingName(encoding), confidence: 1 }, true);
}

function iconvDecode(bytes: Uint8Array, name: string): string {
  return iconv().decode(bytes, name);
}

/** jschardet names that iconv-lite spells differently. */
function iconvNameFor(detected: string): string {
  const lower = detected.toLowerCase();
  if (lower === 'utf-8-sig') return 'utf-8';
  if (lower === 'ascii') return 'utf-8';
  return lower;
}

/** Names as researchers see them in the source's properties: IANA/WHATWG spellings where common. */
export function displayEncodingName(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, '-');
  let m = /^(?:windows|cp|win)-?(125\d)$/.exec(lower);
  if (m) return `windows-${m[1]}`;
  m = /^iso-?8859-(\d+)$/.exec(lower);
  if (m) return `ISO-8859-${m[1]}`;
  if (lower === 'latin1' || lower === 'latin-1' || lower === 'l1') return 'ISO-8859-1';
  if (lower === 'ascii' || lower === 'us-ascii' || lower === 'utf8' || lower === 'utf-8' || lower === 'utf-8-sig') {
    return 'UTF-8';
  }
  m = /^utf-?(16|32)-?(le|be)?$/.exec(lower);
  if (m) return `UTF-${m[1]}${(m[2] ?? '').toUpperCase()}`;
  return name;
}

/**
 * UTF-16/32 without a byte order mark, recognised by where the NUL bytes fall. Text written as
 * UTF-16LE has its NULs in odd bytes only (nearly every one for Latin script, at least the spaces and
 * digits for others); NULs never occur in UTF-8 or legacy 8-bit text at all, so the rhythm is strong
 * evidence. UTF-16 without any NUL (CJK text without spaces) is left to the statistical detector.
 * Must run before the UTF-8 check: UTF-16 of Cyrillic is byte for byte valid UTF-8 (0x1F 0x04 ...).
 */
function sniffWideEncoding(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~3;
  if (n < 4) return null;
  // No NUL at all (nearly every file): found out at memchr speed instead of counting byte by byte.
  const firstNul = bytes.indexOf(0);
  if (firstNul < 0 || firstNul >= n) return null;
  const zerosAt = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zerosAt[i & 3]!++;
  const total = zerosAt[0]! + zerosAt[1]! + zerosAt[2]! + zerosAt[3]!;
  if (total === 0) return null;
  const quads = n / 4;
  const [z0, z1, z2, z3] = zerosAt as [number, number, number, number];

  // UTF-32: the top byte of every code unit is 0, the next one at most 0x10 and nearly always 0
  // (outside the Basic Multilingual Plane only emoji and rare scripts live).
  if (bytes.length % 4 === 0) {
    if (z3 === quads && z2 >= 0.9 * quads && validUtf32(bytes, n, true)) return 'UTF-32LE';
    if (z0 === quads && z1 >= 0.9 * quads && validUtf32(bytes, n, false)) return 'UTF-32BE';
  }
  const halves = n / 2;
  const odd = z1 + z3;
  const even = z0 + z2;
  // NULs on one side only (all but 2%), and enough of them: spaces, digits and punctuation are ASCII
  // even in Cyrillic or Greek text, so they put a NUL in the high byte. Binary data has NULs on both.
  const enough = Math.max(2, 0.02 * halves);
  if (odd >= enough && even <= 0.02 * odd) return 'UTF-16LE';
  if (even >= enough && odd <= 0.02 * even) return 'UTF-16BE';
  return null;
}

function validUtf32(bytes: Uint8Array, n: number, littleEndian: boolean): boolean {
  for (let i = 0; i < n; i += 4) {
    const hi = littleEndian ? bytes[i + 2]! : bytes[i + 1]!;
    if (hi > 0x10) return false;
  }
  return true;
}

const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8Decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A wrong encoding shows as U+FFFD replacement characters (bytes the encoding does not define) or as
 * control characters no text contains (NUL, C1 controls when a Windows code page was meant). A few are
 * tolerated (a stray byte in a long file); more than that and the import stops, because coding a
 * garbled text would be worse than not importing it.
 */
function checked(fileName: string, decoded: DecodedText, forced = false): DecodedText {
  const { text } = decoded;
  // Nearly every file has none: one regular-expression scan instead of walking its code points.
  if (!MAYBE_UNREADABLE.test(text)) return decoded;
  let bad = 0;
  let chars = 0;
  let firstBadLine = 0;
  let line = 1;
  for (const ch of text) {
    chars++;
    const c = ch.codePointAt(0)!;
    if (c === 0x0a) line++;
    if (isUnreadable(c)) {
      bad++;
      if (firstBadLine === 0) firstBadLine = line;
    }
  }
  if (bad >= 3 && bad > chars * 0.005) {
    const params = { encoding: decoded.encoding, bad, chars, line: firstBadLine };
    throw new ImportError('bad-encoding', fileName, errorPhrase(forced ? 'errors.encoding.unreadableChosen' : 'errors.encoding.unreadable', params));
  }
  return decoded;
}

/** Every character isUnreadable accepts, and no other. */
const MAYBE_UNREADABLE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffd]/;

function isUnreadable(c: number): boolean {
  if (c === 0xfffd) return true;
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;
  // C1 controls, except NEL (U+0085), a real line break that canonicalizeText turns into LF.
  if (c >= 0x80 && c <= 0x9f) return c !== 0x85;
  return c === 0x7f;
}
