import { Resvg } from '@resvg/resvg-js';

export interface RenderedChart {
  png: Buffer;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
}

/**
 * Rasterises a chart's SVG for Word at `scale` × its own size (2: sharp when printed at its size).
 * System fonts are loaded so chart text is set in Carlito/Calibri like the report; a font the SVG
 * names that is missing falls back to the sans-serif family rather than to nothing.
 */
export function svgToPng(svg: string, scale = 2): RenderedChart {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Carlito', sansSerifFamily: 'Carlito' },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
