import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { mergeParts } from '../../../../electron/core/report/report-builder';
import { fitImage, pngSize } from '../../../../electron/core/report/charts-section';

describe('mergeParts', () => {
  it('joins runs of one orientation into one Word section and drops empty parts', () => {
    const p = () => new Paragraph('x');
    const merged = mergeParts([
      { orientation: 'portrait', children: [p()] },
      { orientation: 'portrait', children: [p(), p()] },
      { orientation: 'landscape', children: [] },
      { orientation: 'landscape', children: [p()] },
      { orientation: 'portrait', children: [p()] },
    ]);
    expect(merged.map((m) => [m.orientation, m.children.length])).toEqual([
      ['portrait', 3],
      ['landscape', 1],
      ['portrait', 1],
    ]);
  });
});

describe('figures', () => {
  it('reads a PNG size from its header and fits it to the page keeping the aspect ratio', () => {
    const header = new Uint8Array(24);
    header.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(header.buffer).setUint32(16, 1800);
    new DataView(header.buffer).setUint32(20, 600);
    expect(pngSize(header)).toEqual({ width: 1800, height: 600 });
    const fitted = fitImage(1800, 600);
    expect(fitted.width).toBe(601);
    expect(fitted.height).toBe(200);
    expect(fitImage(300, 200)).toEqual({ width: 300, height: 200 });
  });
});
