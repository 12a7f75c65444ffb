/**
 * Turns `project.qde` XML into a RefiProject. Tolerant of what real tools write: unknown elements are
 * ignored, elements Telaah cannot hold (pictures, audio, video, graphs, transcripts) are listed as
 * skipped with the number of codings they carry, and a malformed item (a selection without
 * positions, a GUID that is not one) is skipped with a warning naming it instead of failing the file.
 */
import { normaliseColor, normaliseGuid } from '../../../shared/exchange/refi-guid';
import type { XmlLocation } from '../xml/safe-xml';
import { attr, child, childText, children, nameOf, parseRefiXml, textOf, type XmlNode } from './refi-xml';
import type {
  RefiCase,
  RefiCode,
  RefiCoding,
  RefiProject,
  RefiSelection,
  RefiTextSource,
  RefiVariableType,
  RefiVariableValue,
} from './refi-model';

const VARIABLE_TYPES: RefiVariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];
const VALUE_ELEMENTS = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];

export function readRefiProjectXml(xml: string, where: XmlLocation): RefiProject {
  const root = parseRefiXml(xml, where, 'Project');
  const project: RefiProject = {
    name: nameOf(root) ?? '',
    origin: attr(root, 'origin') ?? '',
    description: childText(root, 'Description'),
    users: [],
    codes: [],
    variables: [],
    cases: [],
    textSources: [],
    notes: [],
    links: [],
    sets: [],
    projectNoteRefs: [],
    skipped: [],
    warnings: [],
  };
  const warn = (msg: string) => project.warnings.push(msg);
  /** A required GUID; a missing or malformed one skips the element with a warning. */
  const guidOf = (node: XmlNode, element: string, attrName = 'guid'): string | null => {
    const raw = attr(node, attrName);
    const g = normaliseGuid(raw);
    if (!g) {
      const label = nameOf(node);
      warn(`<${element}${label ? ` name="${label}"` : ''}> has ${raw ? `an invalid ${attrName} "${raw}"` : `no ${attrName}`}; it was skipped`);
    }
    return g;
  };
  const refs = (node: XmlNode, element: string): string[] =>
    children(node, element)
      .map((r) => normaliseGuid(attr(r, 'targetGUID')))
      .filter((g): g is string => g !== null);
  const user = (node: XmlNode, name: string) => normaliseGuid(attr(node, name));

  for (const u of children(child(root, 'Users'), 'User')) {
    const guid = guidOf(u, 'User');
    if (guid) project.users.push({ guid, name: nameOf(u) ?? attr(u, 'id') ?? '' });
  }

  const readCode = (node: XmlNode): RefiCode | null => {
    const guid = guidOf(node, 'Code');
    if (!guid) return null;
    const rawColor = attr(node, 'color');
    const color = normaliseColor(rawColor);
    const name = nameOf(node) ?? '';
    if (rawColor && !color) warn(`code "${name}": colour "${rawColor}" is not #RRGGBB; a colour was chosen`);
    return {
      guid,
      name,
      color,
      description: childText(node, 'Description'),
      isCodable: attr(node, 'isCodable') !== 'false',
      noteRefs: refs(node, 'NoteRef'),
      children: children(node, 'Code').map(readCode).filter((c): c is RefiCode => c !== null),
    };
  };
  project.codes = children(child(child(root, 'CodeBook'), 'Codes'), 'Code')
    .map(readCode)
    .filter((c): c is RefiCode => c !== null);

  for (const v of children(child(root, 'Variables'), 'Variable')) {
    const guid = guidOf(v, 'Variable');
    if (!guid) continue;
    const t = attr(v, 'typeOfVariable') as RefiVariableType | undefined;
    project.variables.push({
      guid,
      name: nameOf(v) ?? '',
      type: t && VARIABLE_TYPES.includes(t) ? t : 'Text',
      description: childText(v, 'Description'),
    });
  }

  const values = (node: XmlNode): RefiVariableValue[] =>
    children(node, 'VariableValue').flatMap((vv) => {
      const variableGuid = normaliseGuid(attr(child(vv, 'VariableRef'), 'targetGUID'));
      if (!variableGuid) return [];
      const el = VALUE_ELEMENTS.map((n) => child(vv, n)).find((x) => x !== undefined);
      const value = el ? textOf(el).trim() : null;
      return [{ variableGuid, value: value === '' ? null : value }];
    });

  for (const c of children(child(root, 'Cases'), 'Case')) {
    const guid = guidOf(c, 'Case');
    if (!guid) continue;
    const item: RefiCase = {
      guid,
      name: nameOf(c) ?? '',
      description: childText(c, 'Description'),
      values: values(c),
      sourceRefs: refs(c, 'SourceRef'),
      selectionRefs: refs(c, 'SelectionRef'),
      codeRefs: refs(c, 'CodeRef'),
    };
    project.cases.push(item);
  }

  const readCoding = (node: XmlNode, owner: string): RefiCoding | null => {
    const guid = guidOf(node, 'Coding');
    if (!guid) return null;
    const codeGuid = normaliseGuid(attr(child(node, 'CodeRef'), 'targetGUID'));
    if (!codeGuid) {
      warn(`coding ${guid} in ${owner} has no valid <CodeRef>; it was skipped`);
      return null;
    }
    return {
      guid,
      codeGuid,
      creatingUser: user(node, 'creatingUser'),
      created: attr(node, 'creationDateTime') ?? null,
      noteRefs: refs(node, 'NoteRef'),
    };
  };

  const readTextSource = (node: XmlNode, origin: RefiTextSource['origin'], override?: { guid: string; name: string }): void => {
    const guid = override?.guid ?? guidOf(node, 'TextSource');
    if (!guid) return;
    const name = override?.name ?? nameOf(node) ?? '';
    const owner = `source "${name}"`;
    const selections: RefiSelection[] = [];
    for (const s of children(node, 'PlainTextSelection')) {
      const sguid = guidOf(s, 'PlainTextSelection');
      if (!sguid) continue;
      const start = Number(attr(s, 'startPosition'));
      const end = Number(attr(s, 'endPosition'));
      if (!Number.isInteger(start) || !Number.isInteger(end)) {
        warn(`selection ${sguid} in ${owner} has no whole-number startPosition/endPosition; it was skipped`);
        continue;
      }
      selections.push({
        guid: sguid,
        name: nameOf(s) ?? '',
        start,
        end,
        creatingUser: user(s, 'creatingUser'),
        created: attr(s, 'creationDateTime') ?? null,
        description: childText(s, 'Description'),
        codings: children(s, 'Coding').map((k) => readCoding(k, owner)).filter((k): k is RefiCoding => k !== null),
        noteRefs: refs(s, 'NoteRef'),
      });
    }
    const content = child(node, 'PlainTextContent');
    project.textSources.push({
      guid,
      name,
      description: childText(node, 'Description'),
      plainTextPath: attr(node, 'plainTextPath') ?? null,
      plainTextContent: content ? textOf(content) : null,
      richTextPath: attr(node, 'richTextPath') ?? null,
      creatingUser: user(node, 'creatingUser'),
      created: attr(node, 'creationDateTime') ?? null,
      selections,
      codings: children(node, 'Coding').map((k) => readCoding(k, owner)).filter((k): k is RefiCoding => k !== null),
      noteRefs: refs(node, 'NoteRef'),
      values: values(node),
      origin,
    });
  };

  const sources = child(root, 'Sources');
  const codingCount = (node: XmlNode, selection: string): number =>
    children(node, 'Coding').length + children(node, selection).reduce((n, s) => n + children(s, 'Coding').length, 0);
  for (const t of children(sources, 'TextSource')) readTextSource(t, 'TextSource');
  for (const p of children(sources, 'PDFSource')) {
    const name = nameOf(p) ?? '';
    const guid = normaliseGuid(attr(p, 'guid'));
    const rep = child(p, 'Representation');
    const areaCodings = codingCount(p, 'PDFSelection');
    if (rep && guid && (attr(rep, 'plainTextPath') || child(rep, 'PlainTextContent'))) {
      // The PDF's text representation is a text source; its PlainTextSelections are real text codings.
      readTextSource(rep, 'PDF representation', { guid, name });
      if (areaCodings > 0) {
        project.skipped.push({ what: 'PDF area codings', name, reason: `${areaCodings} codings of page areas (Telaah codes the PDF's text; its text codings were read)` });
      }
    } else {
      project.skipped.push({ what: 'PDF source', name, reason: `no text representation; Telaah needs the text (${areaCodings} area codings not imported)` });
    }
  }
  const media: [string, string, string][] = [
    ['PictureSource', 'PictureSelection', 'picture'],
    ['AudioSource', 'AudioSelection', 'audio'],
    ['VideoSource', 'VideoSelection', 'video'],
  ];
  for (const [element, selection, label] of media) {
    for (const m of children(sources, element)) {
      const n = codingCount(m, selection);
      const transcripts = children(m, 'Transcript').length;
      project.skipped.push({
        what: `${label} source`,
        name: nameOf(m) ?? '',
        reason: `Telaah works with text only; ${n} ${n === 1 ? 'coding' : 'codings'}${transcripts ? ` and ${transcripts} synchronised transcript(s)` : ''} not imported`,
      });
    }
  }

  for (const n of children(child(root, 'Notes'), 'Note')) {
    const guid = guidOf(n, 'Note');
    if (!guid) continue;
    const content = child(n, 'PlainTextContent');
    project.notes.push({
      guid,
      name: nameOf(n) ?? '',
      description: childText(n, 'Description'),
      text: content ? textOf(content) : null,
      plainTextPath: attr(n, 'plainTextPath') ?? null,
      creatingUser: user(n, 'creatingUser'),
      created: attr(n, 'creationDateTime') ?? null,
      modified: attr(n, 'modifiedDateTime') ?? null,
    });
  }

  for (const l of children(child(root, 'Links'), 'Link')) {
    const guid = guidOf(l, 'Link');
    if (!guid) continue;
    project.links.push({
      guid,
      name: nameOf(l) ?? '',
      originGuid: normaliseGuid(attr(l, 'originGUID')),
      targetGuid: normaliseGuid(attr(l, 'targetGUID')),
    });
  }

  for (const s of children(child(root, 'Sets'), 'Set')) {
    const guid = guidOf(s, 'Set');
    if (!guid) continue;
    project.sets.push({
      guid,
      name: nameOf(s) ?? '',
      description: childText(s, 'Description'),
      memberSources: refs(s, 'MemberSource'),
      memberCodes: refs(s, 'MemberCode'),
      memberNotes: refs(s, 'MemberNote'),
    });
  }

  const graphs = children(child(root, 'Graphs'), 'Graph');
  for (const g of graphs) {
    project.skipped.push({ what: 'graph', name: nameOf(g) ?? '', reason: 'Telaah has no network views to hold it' });
  }
  project.projectNoteRefs = refs(root, 'NoteRef');
  return project;
}
