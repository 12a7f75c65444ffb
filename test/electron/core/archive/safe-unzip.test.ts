import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { listZipEntries, safeUnzip } from '../../../../electron/core/archive/safe-unzip';
import { ImportError } from '../../../../electron/core/importers/imported-document';
import { readFixture } from '../../../support/fixtures';
import { buildZip, deflatedEntry, deflatedZeros } from './zip-builder';

function catchError(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return err as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('safeUnzip', () => {
  it('reads a normal zip made by another library, with a filter', () => {
    const zip = zipSync({
      'a.txt': strToU8('hello'),
      'dir/b.xml': strToU8('<b>ü</b>'),
      'big.txt': strToU8('x'.repeat(100_000)),
    });
    const all = safeUnzip(zip, 'normal.zip');
    expect([...all.keys()]).toEqual(['a.txt', 'dir/b.xml', 'big.txt']);
    expect(new TextDecoder().decode(all.get('dir/b.xml'))).toBe('<b>ü</b>');
    expect(all.get('big.txt')!.byteLength).toBe(100_000);
    const some = safeUnzip(zip, 'normal.zip', { filter: (e) => e.name.endsWith('.xml') });
    expect([...some.keys()]).toEqual(['dir/b.xml']);
  });

  it('reads a real .docx fixture and lists its parts', () => {
    const entries = listZipEntries(readFixture('docx', 'tables.docx'), 'tables.docx');
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
    const parts = safeUnzip(readFixture('docx', 'tables.docx'), 'tables.docx');
    expect(new TextDecoder().decode(parts.get('word/document.xml'))).toContain('<w:body>');
  });

  it('stops a 1 GiB zip bomb that declares a small size, after inflating little more than the cap', async () => {
    const zeros = await deflatedZeros(1024 * 1024 * 1024);
    expect(zeros.stored.byteLength).toBeLessThan(2 * 1024 * 1024);
    const zip = buildZip([{ name: 'word/document.xml', stored: zeros.stored, method: 8, crc32: 0, declaredSize: 1000 }]);
    const t0 = performance.now();
    const err = catchError(() => safeUnzip(zip, 'bomb.docx'));
    const ms = performance.now() - t0;
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toContain('bomb.docx');
    expect(err.message).toContain('word/document.xml');
    expect(err.message).toMatch(/compressed bytes inflate to \d+ bytes, more than 100 times as many \(possible zip bomb\)/);
    // Ratio limit (100:1 past 1 MiB) trips within the first chunks, long before 1 GiB is inflated.
    expect(ms).toBeLessThan(500);
    // With the ratio check off, the real byte count still stops it at the 100 MiB entry cap.
    const noRatio = catchError(() => safeUnzip(zip, 'bomb.docx', { limits: { maxRatio: Number.POSITIVE_INFINITY } }));
    expect(noRatio.code).toBe('zip-bomb');
    expect(noRatio.message).toMatch(/more than 100 MiB, the limit for one entry/);
  });

  it('enforces the per-entry and total caps on real inflated bytes', async () => {
    const zeros = await deflatedZeros(8 * 1024 * 1024);
    const entry = { name: 'x.bin', stored: zeros.stored, method: 8 as const, crc32: 0, declaredSize: 10 };
    const perEntry = catchError(() =>
      safeUnzip(buildZip([entry]), 'x.zip', { limits: { maxRatio: 1e9, maxEntryBytes: 4 * 1024 * 1024 } }),
    );
    expect(perEntry.code).toBe('zip-bomb');
    expect(perEntry.message).toMatch(/limit for one entry/);
    const total = catchError(() =>
      safeUnzip(buildZip([entry, { ...entry, name: 'y.bin' }]), 'x.zip', {
        limits: { maxRatio: 1e9, maxTotalBytes: 6 * 1024 * 1024 },
      }),
    );
    expect(total.code).toBe('zip-bomb');
    expect(total.message).toMatch(/in total/);
  });

  it('refuses an archive that declares too many entries', () => {
    const entries = Array.from({ length: 30 }, (_, i) => deflatedEntry(`f${i}.txt`, 'x'));
    const err = catchError(() => safeUnzip(buildZip(entries), 'many.zip', { limits: { maxEntries: 20 } }));
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toContain('30 entries');
  });

  it.each([
    ['../../etc/passwd', /climbs out/],
    ['word/../../evil.xml', /climbs out/],
    ['..\\..\\Windows\\evil.dll', /climbs out/],
    ['/etc/passwd', /absolute/],
    ['\\server\\share.txt', /absolute/],
    ['C:/Windows/evil.dll', /drive letter/],
  ])('refuses the entry name %s', (name, why) => {
    const zip = buildZip([deflatedEntry('ok.txt', 'fine'), deflatedEntry(name, 'evil')]);
    const err = catchError(() => safeUnzip(zip, 'traversal.zip'));
    expect(err.code).toBe('unsafe-path');
    expect(err.message).toContain(name);
    expect(err.message).toMatch(why);
  });

  it('normalises backslashes and ./ in safe names', () => {
    const zip = buildZip([deflatedEntry('sources\\a.txt', 'A'), deflatedEntry('./b.txt', 'B')]);
    expect([...safeUnzip(zip, 'x.zip').keys()]).toEqual(['sources/a.txt', 'b.txt']);
  });

  it('reports a truncated zip as corrupt, naming the file', () => {
    const bytes = readFixture('docx', 'tables.docx');
    const err = catchError(() => safeUnzip(bytes.subarray(0, Math.floor(bytes.byteLength / 2)), 'tables.docx'));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/^tables\.docx: .*truncated/);
  });

  it('reports damaged data and size lies on small entries as corrupt', () => {
    const good = deflatedEntry('a.txt', 'hello hello hello hello');
    const crcWrong = catchError(() => safeUnzip(buildZip([{ ...good, crc32: good.crc32 ^ 1 }]), 'crc.zip'));
    expect(crcWrong.code).toBe('corrupt');
    expect(crcWrong.message).toMatch(/CRC/);
    const sizeWrong = catchError(() => safeUnzip(buildZip([{ ...good, declaredSize: 3 }]), 'size.zip'));
    expect(sizeWrong.code).toBe('corrupt');
    expect(sizeWrong.message).toMatch(/declares 3/);
    const garbage = new Uint8Array(good.stored.byteLength).fill(0xff);
    const damaged = catchError(() => safeUnzip(buildZip([{ ...good, stored: garbage }]), 'bad.zip'));
    expect(damaged.code).toBe('corrupt');
  });

  it('reports a file that is not a zip as corrupt', () => {
    const err = catchError(() => safeUnzip(strToU8('just some text, not a zip'), 'notes.docx'));
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain('notes.docx');
  });
});
