import { describe, expect, it } from 'vitest';
import { activateCode, registerCodeActivationHandler, type CodeActivation } from '../../../renderer/src/state/code-activation';
import { getRecentCodes, MAX_RECENT, rememberCode, setRecentCodesProject, forgetCodesExcept } from '../../../renderer/src/state/recent-codes';
import { getTextSelection, setTextSelection } from '../../../renderer/src/state/text-selection';

describe('code activation', () => {
  it('offers an activation to the newest handler first and stops at the one that takes it', async () => {
    const calls: string[] = [];
    const offOld = registerCodeActivationHandler(() => {
      calls.push('old');
      return true;
    });
    const offNew = registerCodeActivationHandler(async (a: CodeActivation) => {
      calls.push(`new:${a.origin}`);
      return a.origin === 'drop';
    });
    expect(await activateCode({ codeId: 'c1', origin: 'tree-click' })).toBe(true);
    expect(calls).toEqual(['new:tree-click', 'old']);
    calls.length = 0;
    expect(await activateCode({ codeId: 'c2', origin: 'drop', droppedText: 'kutipan' })).toBe(true);
    expect(calls).toEqual(['new:drop']);
    offNew();
    offOld();
    expect(await activateCode({ codeId: 'c3', origin: 'palette' })).toBe(false);
  });

  it('puts applied codes at the front of the recent list, not codes nobody applied', async () => {
    setRecentCodesProject('project-a');
    const off = registerCodeActivationHandler((a) => a.codeId !== 'refused');
    await activateCode({ codeId: 'x', origin: 'tree-click' });
    await activateCode({ codeId: 'y', origin: 'recent-bar' });
    await activateCode({ codeId: 'refused', origin: 'tree-click' });
    await activateCode({ codeId: 'x', origin: 'palette' });
    off();
    expect(getRecentCodes()).toEqual(['x', 'y']);
  });
});

describe('recent codes', () => {
  it('keeps at most MAX_RECENT per project, survives a project switch and forgets deleted codes', () => {
    setRecentCodesProject('project-b');
    for (let i = 0; i < MAX_RECENT + 3; i++) rememberCode(`code-${i}`);
    expect(getRecentCodes()).toHaveLength(MAX_RECENT);
    expect(getRecentCodes()[0]).toBe(`code-${MAX_RECENT + 2}`);
    setRecentCodesProject('project-c');
    expect(getRecentCodes()).toEqual([]);
    setRecentCodesProject('project-b');
    expect(getRecentCodes()[0]).toBe(`code-${MAX_RECENT + 2}`);
    forgetCodesExcept(new Set([`code-${MAX_RECENT + 1}`]));
    expect(getRecentCodes()).toEqual([`code-${MAX_RECENT + 1}`]);
  });
});

describe('text selection', () => {
  it('treats an empty range as no selection', () => {
    setTextSelection({ sourceId: 's', start: 4, end: 4, text: '' });
    expect(getTextSelection()).toBeNull();
    setTextSelection({ sourceId: 's', start: 4, end: 9, text: 'honor' });
    expect(getTextSelection()).toMatchObject({ start: 4, end: 9 });
    setTextSelection(null);
    expect(getTextSelection()).toBeNull();
  });
});
