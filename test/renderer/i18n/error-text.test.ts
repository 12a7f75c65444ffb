import { afterEach, describe, expect, it } from 'vitest';
import { errorText } from '../../../renderer/src/i18n/error-text';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { ApiError } from '../../../shared/api/errors';
import { errorPhrase } from '../../../electron/core/i18n/error-phrase';

afterEach(() => setLanguage('en'));

describe('errorText', () => {
  const newer = errorPhrase('errors.project.newerVersion', { file: '/data/tesis.telaah', version: 60, latest: 50 });

  it('words an API error that carries a phrase in the interface language', () => {
    const err = new ApiError('newer-version', newer.english, undefined, newer);
    expect(errorText(err)).toBe(newer.english);
    setLanguage('id');
    expect(errorText(err)).toBe('/data/tesis.telaah disimpan oleh versi Telaah yang lebih baru (format proyek 60; versi ini membaca sampai 50). Perbarui Telaah untuk membukanya. Berkas tidak diubah.');
  });

  it('puts the file an import refusal names before its reason, once', () => {
    setLanguage('id');
    const reason = errorPhrase('errors.import.empty');
    expect(errorText(new ApiError('import-failed', `kosong.txt: ${reason.english}`, { file: 'kosong.txt' }, reason))).toBe('kosong.txt: berkas ini kosong (0 bita)');
  });

  it('shows any other error as its message', () => {
    setLanguage('id');
    expect(errorText(new ApiError('not-found', 'Code x not found'))).toBe('Code x not found');
    expect(errorText(new Error('boom'))).toBe('boom');
    expect(errorText('plain')).toBe('plain');
  });
});
