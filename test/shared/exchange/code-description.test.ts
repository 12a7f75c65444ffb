import { describe, expect, it } from 'vitest';
import { joinCodeDescription, splitCodeDescription } from '../../../shared/exchange/code-description';

describe('code description joining and splitting', () => {
  it('keeps every field through join and split', () => {
    const c = { description: 'Learning from seniors.\n\nTwo paragraphs.', inclusion: 'Mentoring talk', exclusion: 'Formal training', example: '“Ask the senior.”' };
    const text = joinCodeDescription(c);
    expect(text).toBe('Learning from seniors.\n\nTwo paragraphs.\n\nInclusion criteria:\nMentoring talk\n\nExclusion criteria:\nFormal training\n\nExample:\n“Ask the senior.”');
    expect(splitCodeDescription(text)).toEqual(c);
  });

  it('round-trips partial definitions', () => {
    for (const c of [
      { description: '', inclusion: 'only this', exclusion: '', example: '' },
      { description: 'def', inclusion: '', exclusion: '', example: 'ex' },
      { description: '', inclusion: '', exclusion: '', example: '' },
    ]) {
      expect(splitCodeDescription(joinCodeDescription(c))).toEqual(c);
    }
  });

  it('leaves another tool\'s description whole', () => {
    expect(splitCodeDescription('thoughts about breakfast foods')).toEqual({ description: 'thoughts about breakfast foods', inclusion: '', exclusion: '', example: '' });
    // A label mid-paragraph is just text.
    expect(splitCodeDescription('See Example:\nbelow').description).toBe('See Example:\nbelow');
  });
});
