import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AgreementView, CommentsPanel, DisagreementsView, ReviewModeToggle, useVisibleCoders, setCoderVisible, setCoderVisibilityProject } from '../../../renderer/src/review';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { openRealApi, type RealApi } from '../support/real-api';
import { renderWithApi } from '../support/render-with-api';

// The review components on the sample project (coders peneliti and pembimbing) with the real core.

let real: RealApi;
beforeEach(async () => {
  setLanguage('en');
  real = await openRealApi();
});
afterEach(() => {
  cleanup();
  real.close();
});

const users = async () => Object.fromEntries((await real.api.call('users.list', {})).map((u) => [u.name, u.id]));

describe('AgreementView', () => {
  it('shows per-code and overall figures equal to agreement.compute, with the formulas beside them', async () => {
    renderWithApi(real.api, <AgreementView />);
    const table = await screen.findByRole('table', { name: /^Agreement of / });
    const u = await users();
    const report = await real.api.call('agreement.compute', { coderIds: [u.pembimbing!, u.peneliti!].sort(), unit: 'characters' });
    // Every code row and the overall row.
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + report.codes.length + 1);
    const overall = within(table).getByRole('rowheader', { name: 'All codes' }).closest('tr')!;
    const kappa = overall.querySelector('[data-statistic="cohen-kappa"]')!;
    expect(kappa.textContent).toBe(report.overall.cohenKappa!.value!.toLocaleString('en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 }));
    expect(kappa.getAttribute('title')).toMatch(/κ = \(p_o − p_e\) \/ \(1 − p_e\)/);
    const methods = screen.getByRole('complementary', { name: 'Method and formulas' });
    expect(within(methods).getByText("Krippendorff's alpha (nominal)")).toBeTruthy();
    expect(within(methods).getByText(/Characters \(as NVivo\)/)).toBeTruthy();

    // Segments: the overlap slider appears and the MAXQDA kappa column replaces Cohen's.
    fireEvent.change(screen.getByLabelText('Unit'), { target: { value: 'segments' } });
    const slider = await screen.findByLabelText('Minimum overlap');
    fireEvent.change(slider, { target: { value: '50' } });
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Kappa (Brennan & Prediger)' })).toBeTruthy());
    await waitFor(() => expect(screen.getByText(/overlap at least 50 %/)).toBeTruthy());
  });
});

describe('CommentsPanel', () => {
  it('starts a thread on a coding, replies, resolves and reopens it', async () => {
    const [coding] = await real.api.call('codings.listByCode', { codeId: (await real.api.call('codes.list', {}))[1]!.id });
    renderWithApi(real.api, <CommentsPanel target={{ kind: 'coding', id: coding!.id }} />);
    await screen.findByText('No comments yet.');
    fireEvent.change(screen.getByLabelText('New comment'), { target: { value: 'Is this really about training?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    const thread = await screen.findByRole('article', { name: /Thread by .* \(Open\)/ });
    expect(within(thread).getByText('Is this really about training?')).toBeTruthy();
    fireEvent.change(within(thread).getByLabelText('Reply'), { target: { value: 'Yes, see turn 12.' } });
    fireEvent.click(within(thread).getByRole('button', { name: 'Send reply' }));
    await screen.findByText('Yes, see turn 12.');
    fireEvent.click(within(screen.getByRole('article')).getByRole('button', { name: 'Resolve' }));
    await screen.findByRole('article', { name: /\(Resolved\)/ });
    expect((await real.api.call('comments.listAll', { status: 'resolved' })).map((t) => t.comments.length)).toEqual([2]);
    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    await screen.findByRole('article', { name: /\(Open\)/ });
  });
});

describe('DisagreementsView and review mode', () => {
  it('lists disagreements of the two coders and accepts one version; review mode disables accepting', async () => {
    renderWithApi(
      real.api,
      <>
        <ReviewModeToggle />
        <DisagreementsView />
      </>,
    );
    const count = await screen.findByText(/places where the coders differ\./);
    const before = Number(/^(\d+)/.exec(count.textContent!)![1]);
    expect(before).toBeGreaterThan(0);
    const first = document.querySelector('li.disagreement')!;
    const accept = within(first as HTMLElement).getAllByRole('button', { name: /^Accept / })[0]!;
    expect(accept.hasAttribute('disabled')).toBe(false);

    fireEvent.click(screen.getByRole('switch', { name: /Review mode/ }));
    await waitFor(() => expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true'));
    await waitFor(() => expect(within(document.querySelector('li.disagreement') as HTMLElement).getAllByRole('button', { name: /^Accept / })[0]!.hasAttribute('disabled')).toBe(true));
    fireEvent.click(screen.getByRole('switch'));
    await waitFor(() => expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false'));

    const enabled = await waitFor(() => {
      const b = within(document.querySelector('li.disagreement') as HTMLElement).getAllByRole('button', { name: /^Accept / }).find((x) => !x.hasAttribute('disabled'));
      if (!b) throw new Error('no enabled accept button');
      return b;
    });
    fireEvent.click(enabled);
    await waitFor(() => expect(Number(/^(\d+)/.exec(screen.getByText(/places where the coders differ\./).textContent!)![1])).toBeLessThan(before));

    // Side by side opens the two-coder view of the document.
    fireEvent.click(within(document.querySelector('li.disagreement') as HTMLElement).getByRole('button', { name: 'Side by side' }));
    await screen.findByRole('heading', { name: / side by side$/ });
  });
});

describe('useVisibleCoders', () => {
  it('is null while everyone is shown, else the set of shown coders', async () => {
    const u = await users();
    setCoderVisibilityProject('test-project');
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider client={real.api}>{children}</ApiProvider>;
    const { result } = renderHook(() => useVisibleCoders(), { wrapper });
    await waitFor(() => expect(result.current).toBeNull());
    act(() => setCoderVisible(u.pembimbing!, false));
    await waitFor(() => expect(result.current && [...result.current].sort()).toEqual(Object.values(u).filter((id) => id !== u.pembimbing).sort()));
    const same = result.current;
    act(() => setCoderVisible(u.pembimbing!, true));
    await waitFor(() => expect(result.current).toBeNull());
    // The hidden set really left the coder out while hidden.
    expect([...same!]).not.toContain(u.pembimbing);
  });
});
