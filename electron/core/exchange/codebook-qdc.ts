/**
 * The REFI-QDA codebook (.qdc, Codebook.xsd): export of the code tree, and import that also reads the
 * files other tools really write. Taguette writes an empty `<Sets/>`, which the schema forbids: it is
 * read with a warning. Sets of codes are reported, as Telaah has no code sets. The exporter never
 * writes an empty container: no `<Sets>` at all, and an empty codebook is refused (the schema needs
 * at least one `<Code>`).
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { joinCodeDescription, splitCodeDescription } from '../../../shared/exchange/code-description';
import type { CodebookEntry, ParsedCodebook } from '../../../shared/exchange/codebook-entry';
import { normaliseColor, normaliseGuid, toRefiColor } from '../../../shared/exchange/refi-guid';
import { el, serializeXml, textEl, type XmlElement } from '../../../shared/exchange/xml-writer';
import { codeTree, guidFor, type CodeNode } from './refi-export-data';
import { REFI_ORIGIN } from './refi-export';
import { attr, child, childText, children, nameOf, parseRefiXml, type XmlNode } from './refi-xml';

export function buildQdc(db: Database.Database): { xml: string; codes: number } {
  let n = 0;
  const codeEl = (c: CodeNode): XmlElement => {
    n++;
    const description = joinCodeDescription(c);
    return el('Code', { guid: guidFor(c.id), name: c.name, isCodable: true, color: toRefiColor(c.color) }, [
      description ? textEl('Description', description) : null,
      ...c.children.map(codeEl),
    ]);
  };
  const codes = codeTree(db).map(codeEl);
  if (codes.length === 0) throw new ApiError('invalid-input', 'The codebook is empty: a .qdc file needs at least one code.');
  const xml = serializeXml(el('CodeBook', { xmlns: 'urn:QDA-XML:codebook:1.0', origin: REFI_ORIGIN }, [el('Codes', {}, codes)]));
  return { xml, codes: n };
}

export function readQdc(xml: string, fileName: string): ParsedCodebook {
  const root = parseRefiXml(xml, { fileName }, 'CodeBook');
  const parsed: ParsedCodebook = { entries: [], warnings: [] };
  const readCode = (node: XmlNode, path: string): CodebookEntry => {
    const name = nameOf(node) ?? '';
    const where = `${fileName}, code "${path ? `${path} > ` : ''}${name}"`;
    const rawGuid = attr(node, 'guid');
    const guid = normaliseGuid(rawGuid);
    if (!guid) parsed.warnings.push(`${where}: ${rawGuid ? `"${rawGuid}" is not a GUID` : 'no guid'}; a new id was given`);
    const rawColor = attr(node, 'color');
    const color = normaliseColor(rawColor);
    if (rawColor && !color) parsed.warnings.push(`${where}: colour "${rawColor}" is not #RRGGBB; a colour was chosen`);
    return {
      ...(guid ? { guid } : {}),
      name,
      ...(color ? { color } : {}),
      ...splitCodeDescription(childText(node, 'Description')),
      children: children(node, 'Code').map((c) => readCode(c, path ? `${path} > ${name}` : name)),
      where,
    };
  };
  const codesEl = child(root, 'Codes');
  if (!codesEl) parsed.warnings.push(`${fileName}: there is no <Codes> element; the codebook is empty`);
  parsed.entries = children(codesEl, 'Code').map((c) => readCode(c, ''));
  const setsEl = children(root, 'Sets');
  for (const sets of setsEl) {
    const list = children(sets, 'Set');
    if (list.length === 0) {
      parsed.warnings.push(`${fileName}: the empty <Sets/> element is not valid against Codebook.xsd (Taguette writes it); the codebook was read anyway`);
    }
    for (const s of list) {
      const members = children(s, 'MemberCode').length;
      parsed.warnings.push(`${fileName}: code set "${nameOf(s) ?? ''}" (${members} codes) was not imported; Telaah sets group sources, not codes`);
    }
  }
  return parsed;
}
