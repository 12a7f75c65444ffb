/**
 * A small XML writer for the exchange formats (REFI-QDA .qde/.qdc). Elements are built as plain
 * objects and serialised with two-space indentation. Text and attribute values are escaped, and
 * characters XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR, lone surrogates,
 * U+FFFE/U+FFFF) are refused rather than silently dropped: a source text containing them could not
 * be written losslessly. Carriage returns in text are written as `&#13;` so a reader keeps them.
 */
export interface XmlElement {
  name: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Child elements, or a text node (string). */
  children?: (XmlElement | null | undefined | false)[];
  text?: string;
}

export function el(
  name: string,
  attrs: XmlElement['attrs'] = {},
  children: XmlElement['children'] = [],
): XmlElement {
  return { name, attrs, children };
}

export function textEl(name: string, text: string, attrs: XmlElement['attrs'] = {}): XmlElement {
  return { name, attrs, text };
}

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class XmlCharacterError extends Error {}

function checkChars(s: string, where: string): void {
  const m = FORBIDDEN.exec(s);
  if (m) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new XmlCharacterError(`${where} contains the character U+${code}, which XML cannot store`);
  }
}

export function escapeText(s: string, where = 'text'): string {
  checkChars(s, where);
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttr(s: string, where = 'attribute'): string {
  checkChars(s, where);
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function attrString(e: XmlElement): string {
  let out = '';
  for (const [k, v] of Object.entries(e.attrs ?? {})) {
    if (v === null || v === undefined) continue;
    out += ` ${k}="${escapeAttr(String(v), `attribute ${k} of <${e.name}>`)}"`;
  }
  return out;
}

/** Serialises `root` with an XML declaration. */
export function serializeXml(root: XmlElement): string {
  const parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  const write = (e: XmlElement, depth: number): void => {
    const pad = '  '.repeat(depth);
    const attrs = attrString(e);
    if (e.text !== undefined) {
      parts.push(`${pad}<${e.name}${attrs}>${escapeText(e.text, `<${e.name}>`)}</${e.name}>\n`);
      return;
    }
    const kids = (e.children ?? []).filter((c): c is XmlElement => Boolean(c));
    if (kids.length === 0) {
      parts.push(`${pad}<${e.name}${attrs}/>\n`);
      return;
    }
    parts.push(`${pad}<${e.name}${attrs}>\n`);
    for (const k of kids) write(k, depth + 1);
    parts.push(`${pad}</${e.name}>\n`);
  };
  write(root, 0);
  return parts.join('');
}
