import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CooccurrenceModeFields } from '../../../renderer/src/analysis/CooccurrenceModeFields';
import { setLanguage } from '../../../renderer/src/i18n/i18n';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('CooccurrenceModeFields', () => {
  it('asks for N only when co-occurring within N characters, and gives whole characters from 0', () => {
    const onMode = vi.fn();
    const onDistance = vi.fn();
    const { rerender } = render(<CooccurrenceModeFields mode="overlap" distance={100} onMode={onMode} onDistance={onDistance} />);
    expect(screen.queryByRole('spinbutton')).toBeNull();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'distance' } });
    expect(onMode).toHaveBeenCalledWith('distance');
    rerender(<CooccurrenceModeFields mode="distance" distance={100} onMode={onMode} onDistance={onDistance} />);
    const n = screen.getByRole('spinbutton');
    // The API takes a whole number of characters: 1.5 was once sent as it was, and refused.
    fireEvent.change(n, { target: { value: '1.5' } });
    fireEvent.change(n, { target: { value: '-3' } });
    fireEvent.change(n, { target: { value: '250' } });
    expect(onDistance.mock.calls.map((c) => c[0])).toEqual([1, 0, 250]);
  });
});
