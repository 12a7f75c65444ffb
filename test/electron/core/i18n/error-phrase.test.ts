import { describe, expect, it } from 'vitest';
import { errorPhrase, noTextPhrase, tooLargePhrase } from '../../../../electron/core/i18n/error-phrase';

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

  it('words a document or page without text the same way for every format, naming skipped images', () => {
    expect(noTextPhrase('document', 0).english).toBe('the document has no text');
    expect(noTextPhrase('page', 1).english).toBe('the page has no text (1 image skipped; only text is imported)');
    expect(noTextPhrase('document', 3)).toMatchObject({ key: 'errors.import.noTextDocumentImages', params: { images: 3 } });
  });
});
