/**
 * Reading zip files (.docx, .odt, .xlsx, .qdpx) that a researcher got from somewhere else, without
 * trusting them. We parse the central directory ourselves and inflate each wanted entry with fflate's
 * streaming Inflate, counting the bytes that really come out and stopping as soon as a cap is passed:
 * declared sizes are checked too, but never relied on (a zip bomb lies about them).
 *
 * Refused, with an ImportError naming the file and the entry:
 *  - 'zip-bomb'    too many entries, an entry or the whole archive inflating past its cap, or an entry
 *                  over `ratioThresholdBytes` whose inflated/compressed ratio passes `maxRatio`;
 *  - 'unsafe-path' an entry name that is absolute, has a drive letter, or climbs out with `..`
 *                  (backslashes count as slashes, as Windows tools write them);
 *  - 'corrupt'     not a zip, truncated, CRC or size mismatch, encryption, unknown compression.
 */
import { Inflate } from 'fflate';
import { ImportError } from '../importers/imported-document';
import { errorPhrase, type ErrorPhraseKey } from '../i18n/error-phrase';
import type { PhraseParams } from '../../../shared/api/phrase';

export interface ZipLimits {
  /** Sum of inflated bytes of the entries read (default 200 MiB). */
  maxTotalBytes: number;
  /** Inflated bytes of one entry (default 100 MiB). */
  maxEntryBytes: number;
  /** Largest inflated/compressed ratio (default 100), checked once an entry passes `ratioThresholdBytes`. */
  maxRatio: number;
  /** Entries smaller than this (default 1 MiB) are not ratio-checked: small XML compresses very well. */
  ratioThresholdBytes: number;
  /** Entries listed in the central directory, directories included (default 10,000). */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntryBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioThresholdBytes: 1024 * 1024,
  maxEntries: 10_000,
};

/** One entry as the central directory describes it. `name` is normalised (forward slashes, no `./`). */
export interface ZipEntryInfo {
  name: string;
  /** The name exactly as stored, for messages. */
  rawName: string;
  isDirectory: boolean;
  compressedSize: number;
  /** What the archive claims; checked against the real inflated size when the entry is read. */
  declaredSize: number;
  method: number;
  crc32: number;
  encrypted: boolean;
  localHeaderOffset: number;
}

export interface SafeUnzipOptions {
  limits?: Partial<ZipLimits>;
  /** Read only entries for which this returns true (directories are never read). */
  filter?: (entry: ZipEntryInfo) => boolean;
}

/** Compressed input handed to the inflater at a time: deflate expands at most ~1032:1, so one push yields at most ~4 MiB. */
const INFLATE_CHUNK = 4 * 1024;

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

/** Lists the entries of a zip after checking entry count and names. Nothing is inflated. */
export function listZipEntries(bytes: Uint8Array, fileName: string, limits?: Partial<ZipLimits>): ZipEntryInfo[] {
  const lim = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The reader's own reasons stay as technical detail: they matter to whoever repairs the file.
  const corrupt = (detail: string): ImportError => new ImportError('corrupt', fileName, errorPhrase('errors.zip.corrupt', { detail }));

  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt('no end-of-central-directory record (the file is truncated or is not a zip)');
  let entryCount = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== SIG_ZIP64_LOCATOR) throw corrupt('zip64 locator missing');
    const z64 = safeNumber(view.getBigUint64(loc + 8, true));
    if (z64 + 56 > view.byteLength || view.getUint32(z64, true) !== SIG_ZIP64_EOCD) throw corrupt('zip64 record missing');
    entryCount = safeNumber(view.getBigUint64(z64 + 32, true));
    cdSize = safeNumber(view.getBigUint64(z64 + 40, true));
    cdOffset = safeNumber(view.getBigUint64(z64 + 48, true));
  }
  if (entryCount > lim.maxEntries) {
    throw new ImportError('zip-bomb', fileName, errorPhrase('errors.zip.tooManyEntries', { count: entryCount, max: lim.maxEntries }));
  }
  if (cdOffset + cdSize > view.byteLength) throw corrupt('the central directory lies past the end of the file (truncated)');

  const entries: ZipEntryInfo[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < entryCount; i++) {
    if (p + 46 > cdOffset + cdSize || view.getUint32(p, true) !== SIG_CENTRAL) {
      throw corrupt(`central directory entry ${i + 1} of ${entryCount} is damaged`);
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc32 = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let declaredSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > cdOffset + cdSize) throw corrupt(`central directory entry ${i + 1} runs past the directory`);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    // Bit 11: UTF-8 name. Without it the name is CP437; entries of the formats we read are ASCII anyway.
    const rawName = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);

    // Zip64 extra field: the 64-bit values appear in this order, only for fields set to 0xFFFFFFFF.
    let q = p + 46 + nameLen;
    const extraEnd = q + extraLen;
    while (q + 4 <= extraEnd) {
      const id = view.getUint16(q, true);
      const size = view.getUint16(q + 2, true);
      if (id === 0x0001) {
        let r = q + 4;
        const take = (): number => {
          if (r + 8 > q + 4 + size) throw corrupt(`zip64 field of "${rawName}" is too short`);
          const v = safeNumber(view.getBigUint64(r, true));
          r += 8;
          return v;
        };
        if (declaredSize === 0xffffffff) declaredSize = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
      }
      q += 4 + size;
    }

    const name = normaliseEntryName(rawName, fileName);
    const isDirectory = name.endsWith('/');
    if (!isDirectory) {
      if (seen.has(name)) throw corrupt(`two entries are named "${rawName}"`);
      seen.add(name);
    }
    entries.push({
      name,
      rawName,
      isDirectory,
      compressedSize,
      declaredSize,
      method,
      crc32,
      encrypted: (flags & 1) === 1,
      localHeaderOffset,
    });
    p = end;
  }
  return entries;
}

/**
 * Reads the wanted entries (all files when no filter) into memory, inflating under the limits.
 * Returns normalised entry name → bytes, in archive order.
 */
export function safeUnzip(bytes: Uint8Array, fileName: string, options: SafeUnzipOptions = {}): Map<string, Uint8Array> {
  const lim = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const entries = listZipEntries(bytes, fileName, lim);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    if (options.filter && !options.filter(entry)) continue;
    const data = readEntry(bytes, fileName, entry, lim, lim.maxTotalBytes - total);
    total += data.byteLength;
    out.set(entry.name, data);
  }
  return out;
}

/**
 * Inflates one entry. `budget` is what is left of the total cap. Throws as soon as the real output
 * passes a cap, so a bomb costs at most one chunk's output beyond the cap.
 */
function readEntry(bytes: Uint8Array, fileName: string, entry: ZipEntryInfo, lim: ZipLimits, budget: number): Uint8Array {
  const corrupt = (detail: string): ImportError =>
    new ImportError('corrupt', fileName, errorPhrase('errors.zip.entryCorrupt', { entry: entry.rawName, detail }));
  const bomb = (key: ErrorPhraseKey, params: PhraseParams): ImportError =>
    new ImportError('zip-bomb', fileName, errorPhrase(key, { entry: entry.rawName, ...params }));

  if (entry.encrypted) throw new ImportError('corrupt', fileName, errorPhrase('errors.zip.entryEncrypted', { entry: entry.rawName }));
  if (entry.method !== 0 && entry.method !== 8) throw corrupt(`compression method ${entry.method} is not supported`);
  // Declared sizes can only make us refuse earlier; the real count below is what protects.
  checkCaps(entry.declaredSize, entry, lim, budget, bomb, true);

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lh = entry.localHeaderOffset;
  if (lh + 30 > bytes.byteLength || view.getUint32(lh, true) !== SIG_LOCAL) throw corrupt('local header missing (truncated file?)');
  const dataStart = lh + 30 + view.getUint16(lh + 26, true) + view.getUint16(lh + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.byteLength) throw corrupt('its data runs past the end of the file (truncated)');
  const compressed = bytes.subarray(dataStart, dataEnd);

  let result: Uint8Array;
  if (entry.method === 0) {
    checkCaps(compressed.byteLength, entry, lim, budget, bomb, false);
    result = compressed.slice();
  } else {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    /** Compressed bytes handed to the inflater so far: the ratio is real output over real input. */
    let consumed = 0;
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      produced += chunk.byteLength;
      checkCaps(produced, entry, lim, budget, bomb, false, consumed);
      chunks.push(chunk);
      if (final) finished = true;
    });
    try {
      for (let i = 0; i < compressed.byteLength; i += INFLATE_CHUNK) {
        const end = Math.min(i + INFLATE_CHUNK, compressed.byteLength);
        consumed = end;
        inflater.push(compressed.subarray(i, end), end === compressed.byteLength);
      }
      if (compressed.byteLength === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ImportError) throw err;
      throw corrupt(`the compressed data is damaged (${(err as Error).message})`);
    }
    if (!finished) throw corrupt('the compressed data ends early (truncated)');
    result = concat(chunks, produced);
  }
  if (result.byteLength !== entry.declaredSize) {
    throw corrupt(`it inflates to ${result.byteLength} bytes but declares ${entry.declaredSize}`);
  }
  if (crc32(result) !== entry.crc32) throw corrupt('CRC check failed (the data is damaged)');
  return result;
}

function checkCaps(
  size: number,
  entry: ZipEntryInfo,
  lim: ZipLimits,
  budget: number,
  bomb: (key: ErrorPhraseKey, params: PhraseParams) => ImportError,
  declared: boolean,
  compressedSoFar = entry.compressedSize,
): void {
  const said = declared ? 'Declared' : '';
  if (size > lim.maxEntryBytes) throw bomb(`errors.zip.entryTooLarge${said}`, { max: mib(lim.maxEntryBytes) });
  if (size > budget) throw bomb(`errors.zip.archiveTooLarge${said}`, { max: mib(lim.maxTotalBytes) });
  if (size > lim.ratioThresholdBytes && size / Math.max(compressedSoFar, 1) > lim.maxRatio) {
    const compressed = declared ? entry.compressedSize : compressedSoFar;
    throw bomb(`errors.zip.ratio${said}`, { ratio: lim.maxRatio, compressed, size });
  }
}

/**
 * Normalises a stored name and refuses names that would land outside an extraction folder. We never
 * write entries to disk, but .qdpx sources are later resolved by name, so the rule holds everywhere.
 */
export function normaliseEntryName(rawName: string, fileName: string): string {
  const unsafe = (key: ErrorPhraseKey): ImportError => new ImportError('unsafe-path', fileName, errorPhrase(key, { entry: rawName }));
  if (rawName.includes('\0')) throw unsafe('errors.zip.nulName');
  const name = rawName.replace(/\\/g, '/');
  if (name.startsWith('/')) throw unsafe('errors.zip.absolutePath');
  if (/^[A-Za-z]:/.test(name)) throw unsafe('errors.zip.driveLetter');
  const parts = name.split('/');
  if (parts.some((part) => part === '..')) throw unsafe('errors.zip.climbsOut');
  const kept = parts.filter((part, i) => part !== '.' && (part !== '' || i === parts.length - 1));
  const joined = kept.join('/');
  if (joined === '' || joined === '/') throw unsafe('errors.zip.emptyName');
  return joined;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === SIG_EOCD) return i;
  }
  return -1;
}

function safeNumber(v: bigint): number {
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.byteLength === length) return chunks[0]!;
  const out = new Uint8Array(length);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.byteLength;
  }
  return out;
}

function mib(n: number): string {
  return (n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1);
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE), as zip stores it. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
