import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { sliceByCodePoints } from '../../../../shared/text/positions';
import { mapBoundary } from '../../../../electron/core/coding/source-text-edit';
import { fixturePath } from '../../../support/fixtures';
import { TestProject } from '../../../support/temp-project';

let project: TestProject | null = null;
afterEach(() => {
  project?.close();
  project = null;
});

async function setup(text: string) {
  project = await TestProject.create();
  const sourceId = await project.addText('interview', text);
  const code = await project.call('codes.create', { name: 'Theme', parentId: null });
  const p = project;
  const codeAt = async (needle: string, occurrence = 0) => {
    const src = await p.call('sources.get', { id: sourceId });
    const cps = [...src.text];
    const u16 = src.text.split(needle, occurrence + 1).join(needle).length;
    const start = [...src.text.slice(0, u16)].length;
    const end = start + [...needle].length;
    expect(cps.slice(start, end).join('')).toBe(needle);
    return p.call('codings.create', { sourceId, start, end, codeId: code.id });
  };
  return { p, sourceId, code, codeAt };
}

/** Every stored snippet equals the source's text at its range (the invariant the edit must keep). */
async function expectSnippetsMatch(p: TestProject, sourceId: string) {
  const src = await p.call('sources.get', { id: sourceId });
  for (const c of await p.call('codings.listBySource', { sourceId })) {
    expect(sliceByCodePoints(src.text, c.start, c.end)).toBe(c.snippet);
  }
  for (const b of src.blocks) {
    expect(b.start).toBeLessThanOrEqual(b.bodyStart);
    expect(b.bodyStart).toBeLessThanOrEqual(b.end);
    expect(b.end).toBeLessThanOrEqual(src.charCount);
  }
  return src;
}

describe('sources.editText', () => {
  it('shifts, stretches, keeps and reports codings in one undoable step', async () => {
    const text = 'Interviewer: How was the training?\nInforman 01: It was long and tiring but useful.\nInterviewer: Why tiring?\nInforman 01: Too many slides every single day.\n';
    const { p, sourceId, codeAt } = await setup(text);
    const before = await codeAt('How was');
    const spanning = await codeAt('long and tiring but');
    const lostOne = await codeAt('every single');
    const after = await codeAt('Why tiring?');

    // Fix "tiring" → "exhausting" inside the spanning coding, and delete "every single " entirely.
    const src0 = await p.call('sources.get', { id: sourceId });
    const cp = (needle: string) => [...src0.text.slice(0, src0.text.indexOf(needle))].length;
    const tiring = cp('tiring but');
    const every = cp('every single ');
    const result = await p.call('sources.editText', {
      id: sourceId,
      edits: [
        { start: tiring, end: tiring + 6, replacement: 'exhausting' },
        { start: every, end: every + 'every single '.length, replacement: '' },
      ],
    });
    expect(result.lost).toEqual([{ codingId: lostOne.id, codeName: 'Theme', start: lostOne.start, end: lostOne.end, snippet: 'every single' }]);
    expect(result.remapped).toBe(2); // the spanning coding and the one after the first edit

    const src = await expectSnippetsMatch(p, sourceId);
    expect(src.text).toContain('It was long and exhausting but useful.');
    expect(src.text).toContain('Too many slides day.');
    expect(src.charCount).toBe([...src.text].length);
    const byId = new Map((await p.call('codings.listBySource', { sourceId })).map((c) => [c.id, c]));
    expect(byId.get(before.id)).toMatchObject({ start: before.start, end: before.end, snippet: 'How was' });
    expect(byId.get(spanning.id)?.snippet).toBe('long and exhausting but');
    expect(byId.get(after.id)).toMatchObject({ start: after.start + 4, snippet: 'Why tiring?' });
    expect(byId.has(lostOne.id)).toBe(false);

    // Blocks follow: the last turn's body still starts right after its speaker label.
    const last = src.blocks[src.blocks.length - 1]!;
    expect(last.speaker).toBe('Informan 01');
    expect(sliceByCodePoints(src.text, last.bodyStart, last.end)).toBe('Too many slides day.');

    // The full-text index follows the text (trigger), so search finds the new word only.
    expect((await p.call('search.query', { query: 'exhausting', scope: 'sources' })).length).toBe(1);
    expect((await p.call('search.query', { query: 'single', scope: 'sources' })).length).toBe(0);

    // One undo step brings back the text, the ranges and the lost coding.
    await p.call('history.undo', {});
    const undone = await expectSnippetsMatch(p, sourceId);
    expect(undone.text).toBe(text);
    const restored = await p.call('codings.listBySource', { sourceId });
    expect(restored.map((c) => [c.id, c.start, c.end]).sort()).toEqual(
      [before, spanning, lostOne, after].map((c) => [c.id, c.start, c.end]).sort(),
    );
    await p.call('history.redo', {});
    expect((await expectSnippetsMatch(p, sourceId)).text).toBe(src.text);
  });

  it('canonicalises a whole new text (CRLF, decomposed accents) and keeps emoji whole', async () => {
    const text = 'Kami 👩‍👩‍👧 datang ke puskesmas.\nCafé sudah tutup.\n';
    const { p, sourceId, codeAt } = await setup(text);
    const family = await codeAt('👩‍👩‍👧 datang');
    const cafe = await codeAt('sudah tutup');
    // The new text arrives with Windows line ends and a decomposed é; "Kami" becomes "Mereka".
    const result = await p.call('sources.editText', { id: sourceId, newText: 'Mereka 👩‍👩‍👧 datang ke puskesmas.\r\nCafe\u0301 sudah tutup.\r\n' });
    expect(result.lost).toEqual([]);
    const src = await expectSnippetsMatch(p, sourceId);
    expect(src.text).toBe('Mereka 👩‍👩‍👧 datang ke puskesmas.\nCafé sudah tutup.\n');
    const byId = new Map((await p.call('codings.listBySource', { sourceId })).map((c) => [c.id, c]));
    expect(byId.get(family.id)?.snippet).toBe('👩‍👩‍👧 datang');
    expect(byId.get(family.id)?.start).toBe(family.start + 2);
    expect(byId.get(cafe.id)?.snippet).toBe('sudah tutup');
  });

  it('refuses edits that do not fit the text and changes nothing', async () => {
    const { p, sourceId, codeAt } = await setup('Satu dua tiga.\n');
    await codeAt('dua');
    const err = await p.call('sources.editText', { id: sourceId, edits: [{ start: 3, end: 400, replacement: 'x' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('invalid-input');
    expect((err as ApiError).message).toMatch(/does not fit the source's text \(15 characters\)/);
    const overlap = await p
      .call('sources.editText', { id: sourceId, edits: [{ start: 0, end: 5, replacement: '' }, { start: 3, end: 8, replacement: '' }] })
      .catch((e: unknown) => e);
    expect((overlap as ApiError).code).toBe('invalid-input');
    expect((await p.call('sources.get', { id: sourceId })).text).toBe('Satu dua tiga.\n');
    const empty = await p.call('sources.editText', { id: sourceId, newText: '' }).catch((e: unknown) => e);
    expect((empty as ApiError).message).toMatch(/cannot be left without text/);
  });

  it('keeps every coding of a real transcript consistent after an edit in the middle', async () => {
    const raw = fs.readFileSync(fixturePath('documents', 'transcript.txt'), 'utf8');
    const { p, sourceId, code } = await setup(raw);
    const src = await p.call('sources.get', { id: sourceId });
    // Code every block's body, then every 7-character window over the middle of the text.
    for (const b of src.blocks) if (b.end > b.bodyStart) await p.call('codings.create', { sourceId, start: b.bodyStart, end: b.end, codeId: code.id });
    const mid = Math.floor(src.charCount / 2);
    for (let s = mid - 60; s < mid + 60; s += 9) {
      await p.call('codings.create', { sourceId, start: s, end: s + 7, codeId: code.id }).catch(() => undefined);
    }
    const n = (await p.call('codings.listBySource', { sourceId })).length;
    const result = await p.call('sources.editText', { id: sourceId, edits: [{ start: mid - 20, end: mid + 20, replacement: 'TEKS BARU' }] });
    const after = await expectSnippetsMatch(p, sourceId);
    expect((await p.call('codings.listBySource', { sourceId })).length + result.lost.length).toBe(n);
    expect(result.lost.length).toBeGreaterThan(0);
    for (const l of result.lost) {
      expect(l.start).toBeGreaterThanOrEqual(mid - 20);
      expect(l.end).toBeLessThanOrEqual(mid + 20);
    }
    expect(after.charCount).toBe(src.charCount - 40 + 9);
  });
});

describe('mapBoundary', () => {
  const edits = [{ start: 10, end: 10, newStart: 10, length: 3 }, { start: 20, end: 25, newStart: 23, length: 1 }];
  it('lets text inserted at a boundary join the block on either side', () => {
    expect(mapBoundary(edits, 10, 'start')).toBe(10);
    expect(mapBoundary(edits, 10, 'end')).toBe(13);
  });
  it('shifts boundaries after an edit and moves those inside a deletion to its replacement', () => {
    expect(mapBoundary(edits, 15, 'start')).toBe(18);
    expect(mapBoundary(edits, 22, 'start')).toBe(23);
    expect(mapBoundary(edits, 22, 'end')).toBe(24);
    expect(mapBoundary(edits, 25, 'start')).toBe(24);
    expect(mapBoundary(edits, 30, 'end')).toBe(29);
  });
});
