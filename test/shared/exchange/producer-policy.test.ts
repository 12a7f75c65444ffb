import { describe, expect, it } from 'vitest';
import { nameMatchesSnippet, producerPolicy } from '../../../shared/exchange/producer-policy';

describe('producer position policy', () => {
  it('reads the producer from origin', () => {
    expect(producerPolicy('NVivo 12.6.0.959 (Windows)').positions).toEqual({ unit: 'utf16', bomCounted: false });
    expect(producerPolicy('ATLAS.ti 8.4.0 573 , macOS').producer).toBe('ATLAS.ti');
    expect(producerPolicy('MAXQDA 2020').positions.unit).toBe('codePoint');
    expect(producerPolicy('QualCoder 3.5').positions.unit).toBe('codePoint');
    expect(producerPolicy('Telaah 0.1').producer).toBe('Telaah');
    expect(producerPolicy(undefined)).toMatchObject({ producer: 'unknown', positions: { unit: 'codePoint' } });
  });

  it('compares selection names with the text, truncated or not', () => {
    expect(nameMatchesSnippet('I did try the gluten free bread, but it was always so soggy,', 'I did try the gluten free bread, but it was always so soggy,')).toBe(true);
    expect(nameMatchesSnippet('For some reason babies aren\'t supposed…', "For some reason  babies\naren't supposed to have cow's milk")).toBe(true);
    expect(nameMatchesSnippet('Quotation 6:1', 'breakfast is mayhem')).toBe(false);
    expect(nameMatchesSnippet('', 'x')).toBeNull();
  });
});
