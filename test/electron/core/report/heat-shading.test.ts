import { describe, expect, it } from 'vitest';
import { heatFill } from '../../../../electron/core/report/heat-shading';

describe('heatFill', () => {
  it('leaves zero and empty matrices unshaded and reaches the dark blue at the maximum', () => {
    expect(heatFill(0, 10)).toBeNull();
    expect(heatFill(3, 0)).toBeNull();
    expect(heatFill(10, 10)).toEqual({ fill: '1F4E79', color: 'FFFFFF' });
  });

  it('tints linearly and switches to white text past half', () => {
    // Half way from FF to 1F is 8F, from FF to 4E is A7 (rounded), from FF to 79 is BC.
    expect(heatFill(5, 10)).toEqual({ fill: '8FA7BC', color: undefined });
    expect(heatFill(6, 10)!.color).toBe('FFFFFF');
    const shades = [1, 2, 3, 4].map((v) => parseInt(heatFill(v, 4)!.fill.slice(0, 2), 16));
    expect(shades).toEqual([...shades].sort((a, b) => b - a));
  });
});
