/**
 * Whether files can be handed to the browser as downloads: in a browser, not in the Electron window
 * (which writes to a path instead).
 */
export function canDownload(): boolean {
  return typeof window !== 'undefined' && !window.telaah;
}

/** MIME types of the files Telaah hands to the browser, by extension (with the dot). */
const MIME: Record<string, string> = {
  '.qdpx': 'application/zip',
  '.qdc': 'application/xml',
  '.csv': 'text/csv',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function mimeTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot >= 0 && MIME[fileName.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

/** Hands base64 bytes to the browser as a file download named `fileName`. */
export function downloadBytes(fileName: string, base64: string, mimeType = mimeTypeOf(fileName)): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
