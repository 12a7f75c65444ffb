import { Resvg } from '@resvg/resvg-js';

/**
 * Renders a chart's SVG to PNG with resvg (no browser). System fonts are loaded so labels render;
 * `scale` multiplies the SVG's own size (2 gives a sharp image for print and Word).
 */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Carlito' },
  });
  return Buffer.from(resvg.render().asPng());
}
