/**
 * Reading REFI-QDA XML (.qde, .qdc) through the safe parser (no DTD, no entities beyond XML's five,
 * size cap), as a tree of plain objects: every child element is an array, attributes are `@_name`,
 * text is `#text`. Namespace prefixes are dropped (tools differ in how they declare the namespace).
 *
 * Entities are decoded here, in one pass, rather than by the parser, which leaves numeric character
 * references (`&#13;`, `&#x1F600;`) alone; one pass also means `&amp;#13;` stays the text "&#13;".
 * Line ends are normalised to LF first, as XML 1.0 requires of every parser (section 2.11).
 */
import { errorPhrase } from '../i18n/error-phrase';
import { ImportError } from '../importers/imported-document';
import { decodeXmlBytes, parseXmlSafely, type XmlLocation } from '../xml/safe-xml';

export type XmlNode = Record<string, unknown>;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** Parses REFI XML text; `root` is the expected root element name (Project or CodeBook). */
export function parseRefiXml(xml: string, where: XmlLocation, root: string): XmlNode {
  const text = xml.replace(/\r\n?/g, '\n');
  const doc = parseXmlSafely(text, where, {
    parser: {
      preserveOrder: false,
      removeNSPrefix: true,
      alwaysCreateTextNode: true,
      processEntities: false,
      cdataPropName: '__cdata',
      isArray: (_name: string, jPath: unknown, _leaf: boolean, isAttribute: boolean) =>
        !isAttribute && String(jPath).includes('.'),
    },
  }) as XmlNode;
  const top = doc[root] as XmlNode | undefined;
  if (!top || typeof top !== 'object') {
    const found = Object.keys(doc).filter((k) => !k.startsWith('?') && !k.startsWith('#'));
    const kind = root === 'Project' ? 'notProject' : 'notCodebook';
    const params = { found: found[0] ?? 'none', root };
    const reason = where.entry ? errorPhrase(`errors.exchange.${kind}InPart`, { part: where.entry, ...params }) : errorPhrase(`errors.exchange.${kind}`, params);
    throw new ImportError('corrupt', where.fileName, reason);
  }
  return top;
}

export function decodeRefiBytes(bytes: Uint8Array, where: XmlLocation): string {
  return decodeXmlBytes(bytes, where);
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[`@_${name}`];
  return typeof v === 'string' ? decodeEntities(v) : undefined;
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const v = node?.[name];
  if (Array.isArray(v)) return v as XmlNode[];
  return v && typeof v === 'object' ? [v as XmlNode] : [];
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** The text content of an element (entities decoded, CDATA kept as written). */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  let out = '';
  const t = node['#text'];
  if (typeof t === 'string') out += decodeEntities(t);
  else if (typeof t === 'number') out += String(t);
  const cdata = node['__cdata'];
  for (const c of Array.isArray(cdata) ? cdata : cdata === undefined ? [] : [cdata]) {
    out += typeof c === 'string' ? c : String((c as XmlNode)['#text'] ?? '');
  }
  return out;
}

/** Text of the first child element `name`, '' when absent. */
export function childText(node: XmlNode | undefined, name: string): string {
  return textOf(child(node, name));
}

/**
 * A `name` attribute in NFC: macOS tools write decomposed accents ("Mabe\u0302l"), and names are
 * matched, searched and sorted as text, like canonical source text.
 */
export function nameOf(node: XmlNode | undefined): string | undefined {
  return attr(node, 'name')?.normalize('NFC');
}
