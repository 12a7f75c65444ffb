import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { KeyedSelect } from '../../../renderer/src/analysis/KeyedSelect';
import { Field } from '../../../renderer/src/analysis/Field';
import { STATUS_KEYS } from '../../../renderer/src/analysis/analysis-labels';
import { setLanguage } from '../../../renderer/src/i18n/i18n';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

describe('KeyedSelect', () => {
  it('names its choices in the interface language, offers an empty choice when asked, and is labelled by its Field', () => {
    setLanguage('id');
    const onChange = vi.fn();
    render(
      <Field label="Status">
        <KeyedSelect keys={STATUS_KEYS} value="" onChange={onChange} emptyKey="analysis.filter.all" />
      </Field>,
    );
    const select = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.text])).toEqual([
      ['', 'Semua'],
      ['draft', 'Draf'],
      ['verified', 'Terverifikasi'],
      ['rejected', 'Ditolak'],
    ]);
    fireEvent.change(select, { target: { value: 'verified' } });
    expect(onChange).toHaveBeenCalledWith('verified');
  });
});
