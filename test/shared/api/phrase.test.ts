import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../../shared/api/phrase';

describe('fillPlaceholders', () => {
  it('fills {name} and leaves a placeholder without a value as written', () => {
    expect(fillPlaceholders('{n} of {total} ({missing})', { n: 3, total: 10 })).toBe('3 of 10 ({missing})');
  });

  it('chooses {name|one|other} by whether the value is 1', () => {
    const template = '{n} {n|cue has|cues have} no text';
    expect(fillPlaceholders(template, { n: 1 })).toBe('1 cue has no text');
    expect(fillPlaceholders(template, { n: 0 })).toBe('0 cues have no text');
    expect(fillPlaceholders(template, { n: 2 })).toBe('2 cues have no text');
    expect(fillPlaceholders('{n|a|b}', {})).toBe('{n|a|b}');
  });
});
