/**
 * Writes zip files byte by byte for tests, so a test can make archives that lie (declared sizes that
 * differ from the data, names that climb out) — things a well-behaved zip library refuses to write.
 */
import zlib from 'node:zlib';
import { deflateSync } from 'fflate';
import { crc32 } from '../../../../electron/core/archive/safe-unzip';

export interface RawZipEntry {
  name: string;
  /** Bytes as stored (already deflated when method is 8). */
  stored: Uint8Array;
  method: 0 | 8;
  crc32: number;
  /** Uncompressed size written into the headers (may lie). */
  declaredSize: number;
}

/** A normal entry: deflated (method 8) with true sizes and CRC. */
export function deflatedEntry(name: string, data: Uint8Array | string): RawZipEntry {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return { name, stored: deflateSync(bytes), method: 8, crc32: crc32(bytes), declaredSize: bytes.byteLength };
}

/**
 * `totalBytes` of zeros, raw-deflated by streaming 1 MiB chunks through zlib (run-length strategy: about
 * 0.5 s per GiB) so the plain data is never in memory. 1 GiB of zeros deflates to about 1 MiB.
 * The CRC is left at 0: a reader must refuse on size long before it could check the CRC.
 */
export async function deflatedZeros(totalBytes: number): Promise<{ stored: Uint8Array; crc32: number }> {
  const deflater = zlib.createDeflateRaw({ level: 9, strategy: zlib.constants.Z_RLE, chunkSize: 1 << 20 });
  const parts: Buffer[] = [];
  deflater.on('data', (c: Buffer) => parts.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  const chunk = Buffer.alloc(1024 * 1024);
  for (let done = 0; done < totalBytes; ) {
    const n = Math.min(chunk.byteLength, totalBytes - done);
    done += n;
    if (!deflater.write(n === chunk.byteLength ? chunk : chunk.subarray(0, n))) {
      await new Promise((resolve) => deflater.once('drain', resolve));
    }
  }
  deflater.end();
  await ended;
  return { stored: new Uint8Array(Buffer.concat(parts)), crc32: 0 };
}

export function buildZip(entries: RawZipEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.byteLength);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc32, true);
    lv.setUint32(18, e.stored.byteLength, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.byteLength, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.byteLength);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc32, true);
    cv.setUint32(20, e.stored.byteLength, true);
    cv.setUint32(24, e.declaredSize, true);
    cv.setUint16(28, name.byteLength, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.stored);
    centrals.push(central);
    offset += local.byteLength + e.stored.byteLength;
  }
  const cdSize = centrals.reduce((s, c) => s + c.byteLength, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...locals, ...centrals, eocd];
  const out = new Uint8Array(all.reduce((s, p) => s + p.byteLength, 0));
  let o = 0;
  for (const p of all) {
    out.set(p, o);
    o += p.byteLength;
  }
  return out;
}
