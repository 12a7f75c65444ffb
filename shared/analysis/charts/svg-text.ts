/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Shortens a label to `max` characters with an ellipsis (charts have no room for long code names). */
export function clip(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** Rounds a coordinate so SVG output is short and identical across runs. */
export function r2(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** The opening tag of a standalone SVG document (readable by browsers, resvg and Word). */
export function svgOpen(width: number, height: number, title: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r2(width)}" height="${r2(height)}" viewBox="0 0 ${r2(width)} ${r2(height)}" ` +
    `font-family="Carlito, Calibri, 'Liberation Sans', Arial, sans-serif" role="img"><title>${escapeXml(title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>`
  );
}

/** Black or white text, whichever reads better on a fill colour given as #rrggbb or rgb(). */
export function textColorOn(fill: string): string {
  let r = 255;
  let g = 255;
  let b = 255;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(fill);
  if (hex) [r, g, b] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  else if (rgb) [r, g, b] = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  // relative luminance (sRGB approximation)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140 ? '#1a1a1a' : '#ffffff';
}
