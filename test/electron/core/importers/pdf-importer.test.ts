import { describe, expect, it } from 'vitest';
import { importPdf, pageText } from '../../../../electron/core/importers/pdf-importer';
import { ImportError } from '../../../../electron/core/importers/imported-document';
import { isCanonicalText } from '../../../../shared/text/canonical';
import { readFixture } from '../../../support/fixtures';
import { buildPdf } from './pdf-builder';

const cpSlice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

async function refusal(p: Promise<unknown>): Promise<ImportError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ImportError);
  return err as ImportError;
}

describe('importPdf', () => {
  it('the REFI-QDA 1.5 standard: 60 pages, one page block each, title on page 1', async () => {
    const d = await importPdf(readFixture('refi-qda', 'schemas', 'REFI-QDA-1-5.pdf'), 'REFI-QDA-1-5.pdf');
    expect(d.format).toBe('pdf');
    expect(d.blocks).toHaveLength(60);
    expect(d.blocks.every((b) => b.kind === 'page')).toBe(true);
    const page1 = cpSlice(d.text, d.blocks[0]!.start, d.blocks[0]!.end);
    expect(page1).toContain('Exchange of processed data between\nqualitative data analysis software packages');
    expect(page1).toContain('Editor: Fred van Blommestein');
    expect(d.text).toContain('startPosition');
    expect(isCanonicalText(d.text)).toBe(true);
    expect(d.warnings).toEqual([]);
  });

  it('a generated PDF: pages in order, an empty page left out and named', async () => {
    const bytes = buildPdf([['Halaman satu', 'baris kedua'], [], ['Halaman (tiga)']]);
    const d = await importPdf(bytes, 'made.pdf');
    expect(d.text).toBe('Halaman satu\nbaris kedua\nHalaman (tiga)');
    expect(d.blocks.map((b) => cpSlice(d.text, b.start, b.end))).toEqual(['Halaman satu\nbaris kedua', 'Halaman (tiga)']);
    expect(d.warnings.map((w) => w.english)).toEqual(['1 of 3 pages have no text and were left out (page 2)']);
    // The caller's bytes are not detached by pdfjs.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('a PDF without any text is refused as empty, suggesting OCR', async () => {
    const err = await refusal(importPdf(buildPdf([[], []]), 'scan.pdf'));
    expect(err.code).toBe('empty');
    expect(err.message).toMatch(/^scan\.pdf: none of the 2 pages have a text layer/);
  });

  it('a password-protected PDF is refused clearly', async () => {
    const err = await refusal(importPdf(buildPdf([['rahasia']], { userPassword: 'secret' }), 'locked.pdf'));
    expect(err.code).toBe('unsupported-type');
    expect(err.message).toMatch(/^locked\.pdf: the PDF is protected by a password/);
  });

  it('garbage is refused as corrupt', async () => {
    const err = await refusal(importPdf(new TextEncoder().encode('%PDF-1.7\nthis is not a pdf at all'), 'broken.pdf'));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/^broken\.pdf: /);
  });

  it('pageText joins items into trimmed lines', () => {
    expect(pageText([{ str: ' a ', hasEOL: false }, { str: ' b', hasEOL: true }, { str: '', hasEOL: true }, { str: 'c' }])).toBe('a b\nc');
  });
});
