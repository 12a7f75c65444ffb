import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CaseTable } from '../../../renderer/src/cases/CaseTable';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { openRealApi, type RealApi } from '../support/real-api';
import { giveElementsLayout, renderWithApi } from '../support/render-with-api';

// The case table on the sample project: edited like a spreadsheet, saved through the real core.

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

describe('CaseTable', () => {
  it('shows cases as rows and case attributes as columns', async () => {
    const cases = await real.api.call('cases.list', {});
    const attributes = (await real.api.call('attributes.list', {})).filter((a) => a.scope === 'case');
    renderWithApi(real.api, <CaseTable />);
    const grid = await screen.findByRole('grid', { name: 'Case table' });
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(cases.length + 1));
    const headers = within(grid).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Case', ...attributes.map((a) => a.name), 'Linked sources']);
    expect(within(grid).getAllByRole('rowheader')[0]!.textContent).toBe(cases[0]!.name);
  });

  it('moves with the keyboard, edits by typing, and saves with Enter (attributes.setValue)', async () => {
    const attributes = (await real.api.call('attributes.list', {})).filter((a) => a.scope === 'case');
    const cases = await real.api.call('cases.list', {});
    renderWithApi(real.api, <CaseTable />);
    const grid = await screen.findByRole('grid', { name: 'Case table' });
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(1));
    grid.focus();
    // From the first cell: right to the first attribute, down to the second case.
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(grid.getAttribute('aria-activedescendant')).toBe('case-cell-1-1');
    fireEvent.keyDown(grid, { key: 'Q' });
    const editor = within(grid).getByRole('textbox');
    expect((editor as HTMLInputElement).value).toBe('Q');
    fireEvent.change(editor, { target: { value: 'Qontrak' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    await waitFor(async () => {
      const after = await real.api.call('cases.list', {});
      expect(after.find((c) => c.id === cases[1]!.id)!.values[attributes[0]!.id]).toBe('Qontrak');
    });
    // Enter moved down a row; the value shows in the grid.
    expect(grid.getAttribute('aria-activedescendant')).toBe('case-cell-2-1');
    await waitFor(() => expect(document.getElementById('case-cell-1-1')!.textContent).toBe('Qontrak'));
    // Escape cancels an edit; Delete clears a value.
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    fireEvent.keyDown(grid, { key: 'F2' });
    fireEvent.change(within(grid).getByRole('textbox'), { target: { value: 'not kept' } });
    fireEvent.keyDown(within(grid).getByRole('textbox'), { key: 'Escape' });
    expect(within(grid).queryByRole('textbox')).toBeNull();
    fireEvent.keyDown(grid, { key: 'Delete' });
    await waitFor(async () => {
      const after = await real.api.call('cases.list', {});
      expect(after.find((c) => c.id === cases[1]!.id)!.values[attributes[0]!.id]).toBeUndefined();
    });
    const state = await real.api.call('history.state', {});
    expect(state.undoLabel).toBe('attributes.setValue');
  });

  it('adds an attribute column and a case', async () => {
    renderWithApi(real.api, <CaseTable />);
    await screen.findByRole('grid', { name: 'Case table' });
    fireEvent.click(screen.getByRole('button', { name: 'Add attribute…' }));
    const dialog = screen.getByRole('dialog', { name: 'Add attribute…' });
    fireEvent.change(within(dialog).getByLabelText('Attribute name'), { target: { value: 'Pendidikan' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add attribute' }));
    await screen.findByRole('columnheader', { name: 'Pendidikan' });
    fireEvent.click(screen.getByRole('button', { name: 'Add case…' }));
    const caseDialog = screen.getByRole('dialog', { name: 'Add case…' });
    fireEvent.change(within(caseDialog).getByLabelText('Case name'), { target: { value: 'Informan 09' } });
    fireEvent.click(within(caseDialog).getByRole('button', { name: 'Add case' }));
    await waitFor(async () => expect((await real.api.call('cases.list', {})).some((c) => c.name === 'Informan 09')).toBe(true));
    expect((await real.api.call('attributes.list', {})).some((a) => a.name === 'Pendidikan' && a.scope === 'case')).toBe(true);
  });
});
