import { afterEach, describe, expect, it } from 'vitest';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

describe('dispatch', () => {
  it('refuses unknown methods', async () => {
    p = await TestProject.create();
    expect(await p.dispatch('codes.explode', {})).toEqual({ ok: false, error: { code: 'unknown-method', message: 'Unknown method "codes.explode".' } });
    expect((await p.dispatch('__proto__', {})).ok).toBe(false);
    expect((await p.dispatch('constructor', {})).ok).toBe(false);
  });

  it('validates input at the boundary, naming the field', async () => {
    p = await TestProject.create();
    const r = await p.dispatch('codings.create', { sourceId: 'x', start: -1, end: 'ten', codeId: 'c' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-input');
      expect(r.error.message).toMatch(/start/);
      expect(r.error.message).toMatch(/end/);
    }
    const extra = await p.dispatch('project.info', { sneaky: true });
    expect(extra.ok).toBe(false);
    const colour = await p.dispatch('codes.create', { name: 'A', color: 'red' });
    expect(colour.ok === false && colour.error.message).toMatch(/color/);
  });

  it('says when no project is open', async () => {
    p = await TestProject.create();
    p.session.close();
    const r = await p.dispatch('codes.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'no-project' } });
  });

  it('checks the snippet of a new coding against the stored text', async () => {
    p = await TestProject.create();
    const sourceId = await p.addText('S', 'Saya bekerja 👩‍👩‍👧 di puskesmas.');
    const code = await p.call('codes.create', { name: 'Kerja' });
    // code points: "Saya bekerja " = 13, the family emoji is 5 code points.
    const ok = await p.call('codings.create', { sourceId, start: 13, end: 18, codeId: code.id, snippet: '👩‍👩‍👧' });
    expect(ok.snippet).toBe('👩‍👩‍👧');
    const stale = await p.dispatch('codings.create', { sourceId, start: 19, end: 21, codeId: code.id, snippet: 'xx' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'snippet-mismatch' } });
    const past = await p.dispatch('codings.create', { sourceId, start: 20, end: 500, codeId: code.id });
    expect(past.ok === false && past.error.message).toMatch(/runs past the end of the source/);
  });

  it('announces events after a write', async () => {
    p = await TestProject.create();
    const seen: string[] = [];
    p.session.events.subscribe((e) => seen.push(e));
    await p.call('codes.create', { name: 'A' });
    expect(seen).toContain('codes.changed');
  });
});
