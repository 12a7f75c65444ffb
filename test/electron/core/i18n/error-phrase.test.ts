import { describe, expect, it } from 'vitest';
import { errorPhrase, tooLargePhrase } from '../../../../electron/core/i18n/error-phrase';

describe('errorPhrase', () => {
  it('keeps the key and values and words them in English from the catalogue', () => {
    expect(errorPhrase('errors.pdf.emptyPages', { empty: 1, pages: 3, list: '2' })).toEqual({
      key: 'errors.pdf.emptyPages',
      params: { empty: 1, pages: 3, list: '2' },
      english: '1 of 3 pages have no text and were left out (page 2)',
    });
  });

  it('states sizes with their unit, whole when whole', () => {
    expect(tooLargePhrase(30 * 1048576, 25 * 1048576).english).toBe('the file is 30 MB; files of at most 25 MB can be imported. Split it into smaller files.');
    expect(tooLargePhrase(1536, 1024).params).toEqual({ size: '1.5 KB', max: '1 KB' });
    expect(tooLargePhrase(900, 512).params).toEqual({ size: '900 B', max: '512 B' });
  });
});
