import { afterEach, describe, expect, it } from 'vitest';
import { ParsePool } from '../../../../electron/core/import/parse-pool';
import { parseDocument } from '../../../../electron/core/import/parse-document';
import { fixturePath, readFixture } from '../../../support/fixtures';
import { untilWorkersTakeFiles } from '../../../support/parse-pool-ready';

let pool: ParsePool | null = null;
afterEach(() => pool?.close());

describe('ParsePool', () => {
  it('parses in this thread while the workers load, then in the workers, with the same result', async () => {
    const bytes = readFixture('documents/ID1.docx');
    const expected = await parseDocument('ID1.docx', bytes, {});
    expect(expected.ok).toBe(true);
    pool = new ParsePool(1);
    // Straight after start the worker is still loading: the file is parsed here, not queued behind it.
    expect(await pool.parse('ID1.docx', bytes, {})).toEqual(expected);
    expect(pool.parsedInWorkers).toBe(0);
    await untilWorkersTakeFiles(pool, 'ID1.docx', bytes);
    expect(await pool.parse('ID1.docx', bytes, {})).toEqual(expected);
  });

  it('reports a bad file from a worker as an outcome, not a crash', async () => {
    pool = new ParsePool(1);
    const good = readFixture('documents/ID1.docx');
    // Wait until the worker takes files, so the bad one goes to it rather than being parsed here.
    await untilWorkersTakeFiles(pool, 'ID1.docx', good);
    const before = pool.parsedInWorkers;
    const outcome = await pool.parse('broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), {});
    expect(pool.parsedInWorkers).toBe(before + 1);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain('broken.docx');
    // The worker is still there for the next file.
    expect((await pool.parse('ID1.docx', good, {})).ok).toBe(true);
    expect(pool.parsedInWorkers).toBe(before + 2);
  });

  it('runs the bundled parser, which reads every format as this thread does, lazy importers included', async () => {
    pool = new ParsePool(1);
    const files: [string, Uint8Array][] = [
      ['ID1.docx', readFixture('documents/ID1.docx')],
      ['ID2.odt', readFixture('documents/ID2.odt')],
      ['REFI-QDA-1-5.pdf', readFixture('refi-qda', 'schemas', 'REFI-QDA-1-5.pdf')],
      ['captions_with_bom.vtt', readFixture('subtitles/captions_with_bom.vtt')],
      ['transcript.txt', readFixture('documents/transcript.txt')],
      ['halaman.html', new TextEncoder().encode('<html><body><h1>Judul</h1><p>Informan: ya.</p><script>x()</script></body></html>')],
    ];
    await untilWorkersTakeFiles(pool, 'transcript.txt', files[4]![1]);
    expect(pool.loadedFrom).toBe('bundle');
    for (const [name, bytes] of files) {
      const before = pool.parsedInWorkers;
      const inWorker = await pool.parse(name, bytes, {});
      expect(pool.parsedInWorkers, name).toBe(before + 1);
      expect(inWorker.ok, name).toBe(true);
      expect(inWorker, name).toEqual(await parseDocument(name, bytes, {}));
    }
    // An error keeps its code across the thread boundary (ImportError is one class in the bundle).
    const zipNamedTxt = await pool.parse('notes.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), {});
    expect(zipNamedTxt).toEqual(await parseDocument('notes.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), {}));
    expect(zipNamedTxt.ok).toBe(false);
    if (!zipNamedTxt.ok) expect(zipNamedTxt.code).toBe('unsupported-type');
  });

  it('reads a file itself when given its path, and reports a file it cannot read', async () => {
    pool = new ParsePool(1);
    const file = fixturePath('documents/ID2.odt');
    await untilWorkersTakeFiles(pool, 'ID2.odt', { path: file });
    const before = pool.parsedInWorkers;
    expect(await pool.parse('ID2.odt', { path: file }, {})).toEqual(await parseDocument('ID2.odt', readFixture('documents/ID2.odt'), {}));
    expect(await pool.parse('hilang.txt', { path: `${file}.missing` }, {})).toEqual({
      ok: false,
      code: 'corrupt',
      message: 'hilang.txt: cannot be read (ENOENT)',
      reason: { key: 'errors.import.unreadableFile', params: { detail: 'ENOENT' }, english: 'cannot be read (ENOENT)' },
    });
    expect(pool.parsedInWorkers).toBe(before + 2);
  });

  it('loads the workers from the TypeScript sources when the bundle is not to be used, with the same results', async () => {
    process.env.TELAAH_WORKER_BUNDLE = '0';
    try {
      pool = new ParsePool(1);
    } finally {
      delete process.env.TELAAH_WORKER_BUNDLE;
    }
    const bytes = readFixture('documents/ID1.docx');
    await untilWorkersTakeFiles(pool, 'ID1.docx', bytes);
    expect(pool.loadedFrom).toBe('tsx');
    expect(await pool.parse('ID1.docx', bytes, {})).toEqual(await parseDocument('ID1.docx', bytes, {}));
  });
});
