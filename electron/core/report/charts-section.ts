import { AlignmentType, HeadingLevel, ImageRun, Paragraph } from 'docx';
import type { FileChild } from 'docx';
import { PAGE, STYLE } from './report-styles';
import { svgToPng } from '../analysis/chart-png';
import type { ReportContext, ReportPart } from './report-context';

/** Scale of the PNG against the chart's own size, so printed charts stay sharp. */
const RASTER_SCALE = 2;
/** Largest figure on a portrait page, in pixels at 96 per inch (docx's unit for images). */
const MAX_WIDTH_PX = Math.floor((PAGE.portraitText / 1440) * 96);
const MAX_HEIGHT_PX = 820;

/** Image size in docx pixels that keeps the aspect ratio and fits the page. */
export function fitImage(width: number, height: number): { width: number; height: number } {
  const k = Math.min(1, MAX_WIDTH_PX / width, MAX_HEIGHT_PX / height);
  return { width: Math.round(width * k), height: Math.round(height * k) };
}

/** Pixel size from a PNG's IHDR chunk (width and height, big-endian, at bytes 16 and 20). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every chart as a PNG figure (rendered from its SVG with resvg) with a numbered Caption below it. */
export async function chartsSection(ctx: ReportContext): Promise<ReportPart[]> {
  const { tr } = ctx;
  const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('report.charts.heading') })];
  if (ctx.charts.length === 0) children.push(new Paragraph(tr('report.charts.empty')));
  for (const chart of ctx.charts) {
    await ctx.checkpoint(chart.title);
    let png: Buffer;
    try {
      png = svgToPng(chart.svg, RASTER_SCALE);
    } catch (err) {
      ctx.warn(`${chart.title}: ${(err as Error).message}`);
      continue;
    }
    const { width, height } = pngSize(png);
    const size = fitImage(width / RASTER_SCALE, height / RASTER_SCALE);
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [new ImageRun({ type: 'png', data: png, transformation: size, altText: { name: chart.title, title: chart.title, description: chart.title } })],
      }),
      new Paragraph({ style: STYLE.caption, text: tr('report.charts.caption', { n: ctx.nextFigure(), title: chart.title }) }),
    );
  }
  return [{ orientation: 'portrait', children }];
}
