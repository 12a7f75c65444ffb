import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../../shared/text/search-snippet';

describe('search snippets', () => {
  it('marks every whole-word match in a window around the first one', () => {
    const text = `${'awal '.repeat(40)}jam kerja honorer panjang, jam kerja PNS pendek. ${'akhir '.repeat(40)}`;
    const s = buildSnippet(text, [{ text: 'jam kerja', prefix: false }])!;
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.match(/\uE000jam kerja\uE001/g)).toHaveLength(2);
    expect(buildSnippet('kerjaan', [{ text: 'kerja', prefix: false }])).toBeNull();
    expect(buildSnippet('kerjaan', [{ text: 'kerja', prefix: true }])).toBe('\uE000kerjaan\uE001');
  });

  it('never cuts an emoji in half and handles regex characters in terms', () => {
    const text = `${'👍'.repeat(50)} C++ (dan) ${'👍'.repeat(80)}`;
    const s = buildSnippet(text, [{ text: 'C++', prefix: false }, { text: '(dan)', prefix: false }])!;
    expect(s).toContain('\uE000C++\uE001 \uE000(dan)\uE001');
    expect(s.replace(/[\uE000\uE001…]/g, '')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
