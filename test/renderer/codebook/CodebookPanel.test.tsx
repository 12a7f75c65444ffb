import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CodebookPanel } from '../../../renderer/src/codebook/CodebookPanel';
import { registerCodeActivationHandler, type CodeActivation } from '../../../renderer/src/state/code-activation';
import { getRecentCodes } from '../../../renderer/src/state/recent-codes';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { openRealApi, type RealApi } from '../support/real-api';
import { giveElementsLayout, renderWithApi } from '../support/render-with-api';

// The codebook panel on the sample project with the real core behind it.

let real: RealApi;
let undoLayout: () => void;
beforeEach(async () => {
  setLanguage('en');
  undoLayout = giveElementsLayout();
  real = await openRealApi();
});
afterEach(() => {
  cleanup();
  undoLayout();
  real.close();
});

const codeNamed = async (name: string) => {
  const codes = await real.api.call('codes.list', {});
  return codes.find((c) => c.name === name);
};

describe('CodebookPanel', () => {
  it('lists the codebook with counts and descriptions on hover', async () => {
    renderWithApi(real.api, <CodebookPanel />);
    const tree = await screen.findByRole('tree', { name: 'Codes' });
    await waitFor(() => expect(within(tree).getAllByRole('treeitem')).toHaveLength(12));
    const dasar = (await codeNamed('Keahlian dasar'))!;
    const item = within(tree).getByRole('treeitem', { name: `Keahlian dasar: ${dasar.codingCount} codings in ${dasar.sourceCount} sources` });
    expect(item.getAttribute('aria-level')).toBe('2');
    expect(item.getAttribute('title')).toContain(dasar.description.trim().slice(0, 20));
  });

  it('creates a code through the editor dialog', async () => {
    renderWithApi(real.api, <CodebookPanel />);
    await screen.findByRole('tree', { name: 'Codes' });
    fireEvent.click(screen.getByRole('button', { name: 'New code' }));
    const dialog = screen.getByRole('dialog', { name: 'New code' });
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Beban kerja ganda' } });
    fireEvent.change(within(dialog).getByLabelText('Exclude when'), { target: { value: 'Overtime paid as such' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create code' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const created = await codeNamed('Beban kerja ganda');
    expect(created).toMatchObject({ parentId: null, exclusion: 'Overtime paid as such' });
    await screen.findByRole('treeitem', { name: /^Beban kerja ganda:/ });
    expect(screen.getByRole('treeitem', { name: /^Beban kerja ganda:/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('nests, reorders and outdents by keyboard (Alt+arrows) through codes.move', async () => {
    renderWithApi(real.api, <CodebookPanel />);
    const tree = await screen.findByRole('tree', { name: 'Codes' });
    fireEvent.click(await within(tree).findByRole('treeitem', { name: /^Keahlian pada bidang tertentu:/ }));
    fireEvent.keyDown(tree, { key: 'ArrowRight', altKey: true });
    await waitFor(async () => expect((await codeNamed('Keahlian pada bidang tertentu'))!.parentId).toBe((await codeNamed('Keahlian dasar'))!.id));
    // The tree shows the move (one level deeper) before the next key is pressed.
    const item = () => within(tree).getByRole('treeitem', { name: /^Keahlian pada bidang tertentu:/ });
    await waitFor(() => expect(item().getAttribute('aria-level')).toBe('3'));
    fireEvent.keyDown(tree, { key: 'ArrowLeft', altKey: true });
    await waitFor(async () => expect((await codeNamed('Keahlian pada bidang tertentu'))!.parentId).toBe((await codeNamed('Pengembangan informal'))!.id));
    await waitFor(() => expect(item().getAttribute('aria-level')).toBe('2'));
    fireEvent.keyDown(tree, { key: 'ArrowUp', altKey: true });
    await waitFor(async () => expect((await codeNamed('Keahlian pada bidang tertentu'))!.sortKey).toBeLessThan((await codeNamed('Keahlian dasar'))!.sortKey));
  });

  it('offers a click or Enter on a code to the document (activation) and remembers applied codes', async () => {
    const seen: CodeActivation[] = [];
    const off = registerCodeActivationHandler((a) => {
      seen.push(a);
      return true;
    });
    try {
      renderWithApi(real.api, <CodebookPanel />);
      const tree = await screen.findByRole('tree', { name: 'Codes' });
      const waktu = (await codeNamed('Waktu kerja'))!;
      fireEvent.click(await within(tree).findByRole('treeitem', { name: /^Waktu kerja:/ }));
      await waitFor(() => expect(seen).toEqual([{ codeId: waktu.id, origin: 'tree-click' }]));
      fireEvent.keyDown(tree, { key: 'ArrowUp' });
      fireEvent.keyDown(tree, { key: 'Enter' });
      const kualitas = (await codeNamed('Kualitas pekerjaan'))!;
      await waitFor(() => expect(seen[1]).toEqual({ codeId: kualitas.id, origin: 'tree-keyboard' }));
      expect(getRecentCodes().slice(0, 2)).toEqual([kualitas.id, waktu.id]);
    } finally {
      off();
    }
  });

  it('deletes a subcode giving its codings to the parent, as chosen in the dialog', async () => {
    renderWithApi(real.api, <CodebookPanel />);
    const tree = await screen.findByRole('tree', { name: 'Codes' });
    const sub = (await codeNamed('Waktu kerja'))!;
    const parentBefore = (await codeNamed('Relevansi tenaga honorer'))!;
    fireEvent.click(await within(tree).findByRole('treeitem', { name: /^Waktu kerja:/ }));
    fireEvent.keyDown(tree, { key: 'Delete' });
    const dialog = screen.getByRole('dialog', { name: /Waktu kerja/ });
    expect((within(dialog).getByLabelText('Give them to the parent code') as HTMLInputElement).checked).toBe(true);
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Delete code' })));
    await waitFor(async () => expect(await codeNamed('Waktu kerja')).toBeUndefined());
    expect((await codeNamed('Relevansi tenaga honorer'))!.codingCount).toBe(parentBefore.codingCount + sub.codingCount);
  });
});
