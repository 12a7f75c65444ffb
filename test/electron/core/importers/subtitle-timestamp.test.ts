import { describe, expect, it } from 'vitest';
import {
  formatTimestamp,
  parseSbvTimestamp,
  parseSrtTimestamp,
  parseVttTimestamp,
} from '../../../../electron/core/importers/subtitle-timestamp';

describe('subtitle timestamps', () => {
  it('reads each format in its own grammar only', () => {
    expect(parseVttTimestamp('01:02:03.004')).toEqual({ ms: 3_723_004, comma: false });
    expect(parseVttTimestamp('02:03.004')).toEqual({ ms: 123_004, comma: false });
    expect(parseVttTimestamp('00:00:00,123')).toEqual({ ms: 123, comma: true });
    expect(parseVttTimestamp('00:60:00.000')).toBeNull();
    expect(parseVttTimestamp('00:00:1d.890')).toBeNull();
    expect(parseVttTimestamp('00:00:01.5')).toBeNull();
    expect(parseSrtTimestamp('00:00:11,890')).toBe(11_890);
    expect(parseSrtTimestamp('00:00:11.890')).toBeNull();
    expect(parseSbvTimestamp('0:00:11.378')).toBe(11_378);
    expect(parseSbvTimestamp('0:00:13.f89')).toBeNull();
  });

  it('formats milliseconds for messages', () => {
    expect(formatTimestamp(3_723_004)).toBe('01:02:03.004');
    expect(formatTimestamp(16_543)).toBe('00:00:16.543');
  });
});
