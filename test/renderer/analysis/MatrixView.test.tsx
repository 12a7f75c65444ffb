import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ConclusionsView, MatrixView } from '../../../renderer/src/analysis';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { openRealApi, type RealApi } from '../support/real-api';
import { renderWithApi } from '../support/render-with-api';

// The analysis views on the sample project, through the real core.

let real: RealApi;
beforeEach(async () => {
  setLanguage('en');
  real = await openRealApi();
});
afterEach(() => {
  cleanup();
  real.close();
});

describe('MatrixView', () => {
  it('shows the cases × codes matrix, drills into a cell and cites it in a new conclusion', async () => {
    const m = await real.api.call('analysis.matrix', {});
    const r = m.rows.findIndex((_, i) => m.values[i]!.some((v) => v > 0));
    const c = m.values[r]!.findIndex((v) => v > 0);
    renderWithApi(real.api, <MatrixView />);
    const table = await screen.findByRole('table', { name: m.title });
    expect(within(table).getAllByRole('rowheader').slice(0, m.rows.length).map((h) => h.textContent)).toEqual(m.rows.map((x) => x.label));
    const cell = within(table).getByRole('button', { name: `${m.rows[r]!.label} × ${m.columns[c]!.label}: ${m.values[r]![c]}. Show the segments` });
    fireEvent.click(cell);
    const drill = await screen.findByRole('complementary', { name: `Segments in ${m.rows[r]!.label} × ${m.columns[c]!.label}` });
    const expected = await real.api.call('analysis.cellSegments', { spec: {}, rowKey: m.rows[r]!.key, columnKey: m.columns[c]!.key });
    // One entry per passage, as the cell counts them, whatever number of codings lie behind it.
    expect(new Set(expected.segments.map((x) => x.selectionId)).size).toBe(m.values[r]![c]);
    await waitFor(() => expect(within(drill).getAllByRole('listitem')).toHaveLength(m.values[r]![c]!));
    expect(within(drill).getAllByRole('mark')[0]!.textContent).toBe(expected.segments[0]!.snippet);

    fireEvent.change(within(drill).getByLabelText('What you conclude'), { target: { value: 'Honorer staff talk about this most.' } });
    fireEvent.click(within(drill).getByRole('button', { name: 'Link as evidence' }));
    await within(drill).findByText('Linked to the conclusion.');
    const [k] = await real.api.call('conclusions.list', {});
    expect(k).toMatchObject({ plainText: 'Honorer staff talk about this most.', status: 'draft' });
    expect(k!.evidence).toEqual([expect.objectContaining({ stance: 'supports', kind: 'matrix-cell', rowKey: m.rows[r]!.key, columnKey: m.columns[c]!.key })]);

    cleanup();
    renderWithApi(real.api, <ConclusionsView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Honorer staff talk about this most.' }));
    expect(await screen.findByText(`${m.title} — ${m.rows[r]!.label} × ${m.columns[c]!.label}: ${m.values[r]![c]}`)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Comment'), { target: { value: 'Agreed.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(async () => expect((await real.api.call('conclusions.get', { id: k!.id })).status).toBe('verified'));
  });
});
