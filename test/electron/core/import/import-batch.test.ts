import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { importPlainText } from '../../../../electron/core/importers/plain-text-importer';
import { countWords } from '../../../../shared/text/word-count';
import { fixturePath } from '../../../support/fixtures';
import { untilWorkersTakeFiles } from '../../../support/parse-pool-ready';
import { TestProject, tempDir } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

describe('batch import', () => {
  it('goes on past bad files, stores nothing of them, and ends with a summary naming each reason', async () => {
    p = await TestProject.create();
    const dir = tempDir();
    const bomb = path.join(dir, 'bomb.docx');
    // A docx-looking zip whose document part inflates to 300 MB of zeros.
    const zeros = zlib.deflateRawSync(Buffer.alloc(300 * 1024 * 1024), { level: 9 });
    fs.writeFileSync(bomb, makeStoredDeflateZip('word/document.xml', zeros, 300 * 1024 * 1024));
    const entity = path.join(dir, 'entity.docx');
    const good = fs.readFileSync(fixturePath('documents/ID1.docx'));
    fs.writeFileSync(entity, zipSync({ '[Content_Types].xml': new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><Types/>'), 'word/document.xml': new Uint8Array(good.subarray(0, 10)) }));
    const big = path.join(dir, 'huge.txt');
    fs.writeFileSync(big, Buffer.alloc(30 * 1024 * 1024, 'a'));
    const unknown = path.join(dir, 'notes.xyz');
    fs.writeFileSync(unknown, 'x');
    const corrupt = path.join(dir, 'broken.docx');
    fs.writeFileSync(corrupt, good.subarray(0, good.length / 2));
    const missing = path.join(dir, 'gone.txt');

    const summary = await p.call('sources.import', {
      paths: [fixturePath('documents/transcript.txt'), bomb, entity, big, unknown, corrupt, missing, fixturePath('documents/ID2.odt')],
      options: {},
    });
    const byFile = Object.fromEntries(summary.results.map((r) => [r.file, r]));
    expect(summary).toMatchObject({ imported: 2, failed: 6, cancelled: false });
    expect(byFile['transcript.txt']!.ok).toBe(true);
    expect(byFile['ID2.odt']!.ok).toBe(true);
    expect(byFile['bomb.docx']!.error).toMatchObject({ code: 'zip-bomb' });
    expect(byFile['bomb.docx']!.error!.message).toMatch(/^bomb\.docx: /);
    expect(byFile['entity.docx']!.error).toMatchObject({ code: 'unsafe-xml' });
    expect(byFile['huge.txt']!.error!.message).toBe('huge.txt: the file is 30 MB; files of at most 25 MB can be imported. Split it into smaller files.');
    // The interface words the same reason, without the file name, from the catalogue.
    expect(byFile['huge.txt']!.error!.reason).toMatchObject({ key: 'errors.import.tooLarge', params: { size: '30 MB', max: '25 MB' } });
    expect(byFile['notes.xyz']!.error).toMatchObject({ code: 'unsupported-type' });
    expect(byFile['broken.docx']!.error).toMatchObject({ code: 'corrupt' });
    expect(byFile['gone.txt']!.error!.message).toMatch(/gone\.txt: cannot be read \(ENOENT\)/);
    expect((await p.call('sources.list', {})).map((s) => s.name).sort()).toEqual(['ID2', 'transcript']);
  });

  it('shares parsing between the workers and this thread, and stores every file in order, whole', async () => {
    p = await TestProject.create();
    const dir = tempDir();
    const paths = Array.from({ length: 24 }, (_, i) => {
      const f = path.join(dir, `wawancara-${String(i).padStart(2, '0')}.txt`);
      const turns = Array.from({ length: 40 + i }, (_, t) => (t % 2 ? `Informan ${i}: jawaban ${t} tentang pelatihan dan jam kerja.` : `Pewawancara: pertanyaan ${t}?`));
      fs.writeFileSync(f, turns.join('\r\n'));
      return f;
    });
    // A loaded worker, so that files really go to it (until it is ready, every file is parsed here).
    const pool = p.session.importParser();
    const sample = new Uint8Array(fs.readFileSync(paths[0]!));
    await untilWorkersTakeFiles(pool, 'a.txt', sample);
    const before = pool.parsedInWorkers;

    const summary = await p.call('sources.import', { paths, options: {} });
    expect(summary.results.map((r) => r.file)).toEqual(paths.map((f) => path.basename(f)));
    expect(summary.imported).toBe(24);
    // The first file sent to the worker cannot be back before this thread looks, so it parses some itself.
    const inWorkers = pool.parsedInWorkers - before;
    expect(inWorkers).toBeGreaterThan(0);
    expect(inWorkers).toBeLessThan(24);
    for (const [i, r] of summary.results.entries()) {
      const expected = importPlainText(new Uint8Array(fs.readFileSync(paths[i]!)), path.basename(paths[i]!));
      const stored = await p.call('sources.get', { id: r.sourceId! });
      expect(stored.text).toBe(expected.text);
      expect(stored.blocks.map((b) => [b.kind, b.start, b.end, b.speaker])).toEqual(expected.blocks.map((b) => [b.kind, b.start, b.end, b.speaker]));
      expect(stored.wordCount).toBe(countWords(expected.text));
    }
    // Files stored in one commit are still one undo step each.
    expect(await p.call('history.undo', {})).toEqual({ label: 'Import wawancara-23.txt' });
    expect(await p.call('history.undo', {})).toEqual({ label: 'Import wawancara-22.txt' });
    expect((await p.call('sources.list', {})).map((x) => x.name)).toEqual(paths.slice(0, 22).map((f) => path.basename(f, '.txt')));
  });

  it('keeps a file that fails while being stored out of the project, and stores the ones around it', async () => {
    p = await TestProject.create();
    const dir = tempDir();
    const paths = Array.from({ length: 12 }, (_, i) => {
      const f = path.join(dir, `catatan-${String(i).padStart(2, '0')}.txt`);
      fs.writeFileSync(f, `Pewawancara: pertanyaan ${i}?\nInforman: jawaban ${i}.`);
      return f;
    });
    // A trigger that refuses one source, as a constraint would, in the middle of a commit's group.
    const db = p.session.db;
    db.exec(`CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON sources WHEN NEW.name = 'catatan-05'
             BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    // Which stores share a commit: an outer transaction opens a group, each nested one (a file's
    // savepoint) joins it. Parsing in this thread only, so files are parsed ahead and groups form.
    const groups: number[] = [];
    const real = db.transaction.bind(db);
    db.transaction = ((fn: (...a: unknown[]) => unknown) => {
      const tx = real(fn);
      return (...args: unknown[]) => {
        if (db.inTransaction) groups[groups.length - 1]!++;
        else groups.push(0);
        return tx(...args);
      };
    }) as unknown as typeof db.transaction;
    process.env.TELAAH_IMPORT_WORKERS = '0';
    let summary;
    try {
      summary = await p.call('sources.import', { paths, options: {} });
    } finally {
      delete process.env.TELAAH_IMPORT_WORKERS;
      delete (db as { transaction?: unknown }).transaction;
    }
    expect(groups.reduce((a, b) => a + b, 0)).toBe(12);
    expect(groups.length).toBeLessThan(12);
    // The refused file (the sixth store) was in a commit shared with others.
    let seen = 0;
    const refusedGroup = groups.find((n) => (seen += n) >= 6)!;
    expect(refusedGroup).toBeGreaterThan(1);
    expect(summary).toMatchObject({ imported: 11, failed: 1 });
    expect(summary.results[5]).toMatchObject({ ok: false, error: { code: 'failed', message: 'catatan-05.txt: refused for the test' } });
    const names = (await p.call('sources.list', {})).map((x) => x.name);
    expect(names).toEqual(paths.filter((_, i) => i !== 5).map((f) => path.basename(f, '.txt')));
    expect((db.prepare('SELECT count(*) AS n FROM history_steps').get() as { n: number }).n).toBe(11);
  });

  it('can be cancelled between files and reports progress', async () => {
    p = await TestProject.create();
    const dir = tempDir();
    const paths = Array.from({ length: 12 }, (_, i) => {
      const f = path.join(dir, `w${i}.txt`);
      fs.writeFileSync(f, `Pewawancara: pertanyaan ${i}\nInforman: jawaban ${i}`);
      return f;
    });
    const progress: number[] = [];
    p.session.events.subscribe((event, payload) => {
      if (event === 'jobs.progress' && (payload as { jobId: string }).jobId === 'job-1') {
        const done = (payload as { done: number }).done;
        progress.push(done);
        if (done === 3) void p.dispatch('jobs.cancel', { jobId: 'job-1' });
      }
    });
    const summary = await p.call('sources.import', { paths, options: {}, jobId: 'job-1' });
    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toBeGreaterThanOrEqual(3);
    expect(summary.imported).toBeLessThan(12);
    expect((await p.call('sources.list', {})).length).toBe(summary.imported);
    expect(progress.slice(0, 3)).toEqual([0, 1, 2]);
  });
});

/** A zip with one deflated entry whose sizes are written truthfully (so only real inflation reveals it). */
function makeStoredDeflateZip(name: string, deflated: Buffer, size: number): Buffer {
  const nameBytes = Buffer.from(name);
  const crc = zlib.crc32 ? zlib.crc32(Buffer.alloc(0)) : 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + deflated.length, 16);
  return Buffer.concat([local, nameBytes, deflated, central, nameBytes, end]);
}
