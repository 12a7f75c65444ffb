/**
 * Minimal PDFs written byte by byte for tests: pages of Helvetica text (empty pages allowed), and
 * optionally protected by a user password with the standard security handler, revision 2 (40-bit RC4),
 * so a test can check that a protected file is refused clearly.
 */
import { createHash } from 'node:crypto';

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const padded = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();

export function buildPdf(pages: string[][], opts: { userPassword?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1 catalog, 2 pages, 3 font, then content + page per page.
  let next = 4;
  const pageObjects: Array<[number, string]> = [];
  for (const lines of pages) {
    const contentId = next++;
    const pageId = next++;
    pageIds.push(pageId);
    const ops = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 16} Td (${l.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
    pageObjects.push([contentId, `<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`]);
    pageObjects.push([pageId, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`]);
  }
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (const [id, body] of pageObjects) objects[id] = body;

  const fileId = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  let encryptId: number | undefined;
  if (opts.userPassword !== undefined) {
    const ownerKey = md5(padded('owner-' + opts.userPassword)).subarray(0, 5);
    const o = rc4(ownerKey, padded(opts.userPassword));
    const p = Buffer.alloc(4);
    p.writeInt32LE(-44);
    const key = md5(padded(opts.userPassword), o, p, fileId).subarray(0, 5);
    const u = rc4(key, PAD);
    encryptId = next++;
    objects[encryptId] = `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P -44 >>`;
  }

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  const hex = fileId.toString('hex');
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /ID [<${hex}> <${hex}>]${encryptId ? ` /Encrypt ${encryptId} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
