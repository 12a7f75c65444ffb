/**
 * REFI-QDA project export (.qdpx): a zip with `project.qde` (valid against Project-mrt2019.xsd) and
 * each source's canonical text as `sources/<guid>.txt`, UTF-8 without BOM, the exact text Telaah's
 * positions count in. Positions are code points from 0, end exclusive, as QualCoder writes them.
 *
 * Mapping: users → Users; the code tree → CodeBook (colour #RRGGBB; definition, inclusion and
 * exclusion criteria and example joined into Description, see code-description.ts); sources →
 * TextSource with PlainTextSelection per coded range and a Coding per code and coder; attributes →
 * Variables with values on Cases or TextSources; cases → Cases with SourceRefs; sets → Sets with
 * MemberSource; memos → Notes with PlainTextContent, attached by NoteRef on the Project, Code,
 * TextSource or Coding. A Case has no NoteRef in the schema, so a case memo is attached by a Link
 * from the Note to the Case (read back the same way by the importer). Empty containers are never
 * written (the schema requires at least one child in each).
 */
import type Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import { joinCodeDescription } from '../../../shared/exchange/code-description';
import { toRefiColor } from '../../../shared/exchange/refi-guid';
import { el, serializeXml, textEl, type XmlElement } from '../../../shared/exchange/xml-writer';
import type { Attribute } from '../../../shared/api/methods/case-methods';
import { listAttributes, listCases } from '../store/case-store';
import { listSets } from '../store/set-store';
import { allMemos, codedSelections, codeTree, guidFor, type CodeNode, type MemoRow } from './refi-export-data';
import { projectMeta } from '../store/project-meta';

export const REFI_ORIGIN = 'Telaah 0.1';

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface RefiProjectExport {
  xml: string;
  /** Entry name in the archive → bytes (the source texts). */
  files: Map<string, Uint8Array>;
  counts: { users: number; codes: number; sources: number; selections: number; codings: number; cases: number; memos: number; sets: number };
  warnings: string[];
}

type ValueKind = 'TextValue' | 'BooleanValue' | 'IntegerValue' | 'FloatValue' | 'DateValue' | 'DateTimeValue';

/** The REFI variable type that every value of the attribute fits (Text when any does not). */
function variableType(a: Attribute): { type: string; element: ValueKind; fix: (v: string) => string } {
  const vals = a.values;
  const all = (re: RegExp) => vals.every((v) => re.test(v.trim()));
  const keep = (v: string) => v.trim();
  if (a.type === 'number' && all(/^[+-]?\d+$/)) return { type: 'Integer', element: 'IntegerValue', fix: keep };
  if (a.type === 'number' && all(/^[+-]?(\d+(\.\d*)?|\.\d+)$/)) return { type: 'Float', element: 'FloatValue', fix: keep };
  if (a.type === 'boolean' && all(/^(true|false|1|0)$/i)) return { type: 'Boolean', element: 'BooleanValue', fix: (v) => v.trim().toLowerCase() };
  if (a.type === 'date' && all(/^\d{4}-\d{2}-\d{2}$/)) return { type: 'Date', element: 'DateValue', fix: keep };
  if (a.type === 'date' && all(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/)) return { type: 'DateTime', element: 'DateTimeValue', fix: keep };
  return { type: 'Text', element: 'TextValue', fix: (v) => v };
}

export function buildRefiProject(db: Database.Database): RefiProjectExport {
  const warnings: string[] = [];
  const clean = (s: string, where: string): string => {
    if (!NOT_XML.test(s)) return s;
    NOT_XML.lastIndex = 0;
    warnings.push(`${where} contained control characters XML cannot hold; they were written as U+FFFD.`);
    return s.replace(NOT_XML, '\uFFFD');
  };
  const meta = projectMeta(db);
  const users = db.prepare('SELECT id, name FROM users ORDER BY created_at, name').all() as { id: string; name: string }[];
  const userGuid = (id: string | null) => (id ? guidFor(id) : undefined);

  const memos = allMemos(db);
  const memosOf = (kind: MemoRow['kind'], id: string | null) => memos.filter((m) => m.kind === kind && m.targetId === id);
  const noteRefs = (kind: MemoRow['kind'], id: string | null): XmlElement[] =>
    memosOf(kind, id).map((m) => el('NoteRef', { targetGUID: guidFor(m.id) }));

  let codeCount = 0;
  const codeEl = (c: CodeNode): XmlElement => {
    codeCount++;
    const description = joinCodeDescription(c);
    return el('Code', { guid: guidFor(c.id), name: clean(c.name, `Code "${c.name}"`), isCodable: true, color: toRefiColor(c.color) }, [
      description ? textEl('Description', clean(description, `Description of code "${c.name}"`)) : null,
      ...noteRefs('code', c.id),
      ...c.children.map(codeEl),
    ]);
  };
  const codes = codeTree(db).map(codeEl);

  const attributes = listAttributes(db);
  const varTypes = new Map(attributes.map((a) => [a.id, variableType(a)]));
  const valueEl = (attributeId: string, value: string): XmlElement => {
    const t = varTypes.get(attributeId)!;
    return el('VariableValue', {}, [el('VariableRef', { targetGUID: guidFor(attributeId) }), textEl(t.element, clean(t.fix(value), 'An attribute value'))]);
  };

  const cases = listCases(db);
  const caseEls = cases.map((c) =>
    el('Case', { guid: guidFor(c.id), name: clean(c.name, `Case "${c.name}"`) }, [
      c.description ? textEl('Description', clean(c.description, `Description of case "${c.name}"`)) : null,
      ...Object.entries(c.values).map(([a, v]) => valueEl(a, v)),
      ...c.sourceIds.map((s) => el('SourceRef', { targetGUID: guidFor(s) })),
    ]),
  );

  const { bySource, codings } = codedSelections(db);
  const sourceRows = db
    .prepare('SELECT id, name, description, text, created_by AS createdBy, imported_at AS importedAt FROM sources ORDER BY name COLLATE NOCASE, id')
    .all() as { id: string; name: string; description: string; text: string; createdBy: string | null; importedAt: string }[];
  const sourceValues = db.prepare('SELECT attribute_id AS a, value FROM source_attribute_values WHERE source_id = ?');
  const files = new Map<string, Uint8Array>();
  const enc = new TextEncoder();
  let selectionCount = 0;
  let codingCount = 0;
  const sourceEls = sourceRows.map((s) => {
    const guid = guidFor(s.id);
    files.set(`sources/${guid}.txt`, enc.encode(s.text));
    const selections = (bySource.get(s.id) ?? []).map((sel) => {
      selectionCount++;
      const codingEls = (codings.get(sel.id) ?? []).map((k) => {
        codingCount++;
        return el('Coding', { guid: guidFor(k.id), creatingUser: userGuid(k.coderId), creationDateTime: k.createdAt }, [
          el('CodeRef', { targetGUID: guidFor(k.codeId) }),
          ...noteRefs('coding', k.id),
        ]);
      });
      return el(
        'PlainTextSelection',
        {
          guid: guidFor(sel.id),
          name: clean(sel.snippet.length > 100 ? `${sel.snippet.slice(0, 100)}…` : sel.snippet, `A selection in "${s.name}"`),
          startPosition: sel.start,
          endPosition: sel.end,
          creatingUser: userGuid(sel.createdBy ?? codings.get(sel.id)?.[0]?.coderId ?? null),
          creationDateTime: sel.createdAt,
        },
        codingEls,
      );
    });
    return el(
      'TextSource',
      {
        guid,
        name: clean(s.name, `Source "${s.name}"`),
        plainTextPath: `internal://${guid}.txt`,
        creatingUser: userGuid(s.createdBy),
        creationDateTime: s.importedAt,
      },
      [
        s.description ? textEl('Description', clean(s.description, `Description of source "${s.name}"`)) : null,
        ...selections,
        ...noteRefs('source', s.id),
        ...(sourceValues.all(s.id) as { a: string; value: string }[]).filter((v) => varTypes.has(v.a)).map((v) => valueEl(v.a, v.value)),
      ],
    );
  });

  const noteEls = memos.map((m) =>
    el(
      'Note',
      {
        guid: guidFor(m.id),
        name: clean(m.title || (m.plainText.split('\n')[0] ?? '').slice(0, 60) || 'Memo', 'A memo title'),
        creatingUser: userGuid(m.createdBy),
        creationDateTime: m.createdAt,
        modifiedDateTime: m.updatedAt,
      },
      [textEl('PlainTextContent', clean(m.plainText, `Memo "${m.title}"`))],
    ),
  );
  const linkEls = memos
    .filter((m) => m.kind === 'case' && m.targetId)
    .map((m) => el('Link', { guid: guidFor(`memo-link:${m.id}`), name: 'Memo', direction: 'OneWay', originGUID: guidFor(m.id), targetGUID: guidFor(m.targetId!) }));
  const sets = listSets(db);
  const setEls = sets.map((s) =>
    el('Set', { guid: guidFor(s.id), name: clean(s.name, `Set "${s.name}"`) }, [
      s.description ? textEl('Description', clean(s.description, `Description of set "${s.name}"`)) : null,
      ...s.sourceIds.map((id) => el('MemberSource', { targetGUID: guidFor(id) })),
    ]),
  );
  const variableEls = attributes.map((a) =>
    el('Variable', { guid: guidFor(a.id), name: clean(a.name, `Attribute "${a.name}"`), typeOfVariable: varTypes.get(a.id)!.type }, [
      textEl('Description', `Telaah ${a.scope} attribute (${a.type})`),
    ]),
  );

  const created = meta.created_at && Number.isFinite(Date.parse(meta.created_at)) ? meta.created_at : undefined;
  const root = el(
    'Project',
    {
      xmlns: 'urn:QDA-XML:project:1.0',
      name: clean(meta.name ?? 'Telaah project', 'The project name'),
      origin: REFI_ORIGIN,
      creatingUserGUID: userGuid(users[0]?.id ?? null),
      creationDateTime: created,
      modifiedDateTime: new Date().toISOString(),
    },
    [
      users.length ? el('Users', {}, users.map((u) => el('User', { guid: guidFor(u.id), name: clean(u.name, `User "${u.name}"`) }))) : null,
      codes.length ? el('CodeBook', {}, [el('Codes', {}, codes)]) : null,
      variableEls.length ? el('Variables', {}, variableEls) : null,
      caseEls.length ? el('Cases', {}, caseEls) : null,
      sourceEls.length ? el('Sources', {}, sourceEls) : null,
      noteEls.length ? el('Notes', {}, noteEls) : null,
      linkEls.length ? el('Links', {}, linkEls) : null,
      setEls.length ? el('Sets', {}, setEls) : null,
      ...noteRefs('project', null),
    ],
  );
  return {
    xml: serializeXml(root),
    files,
    counts: {
      users: users.length,
      codes: codeCount,
      sources: sourceRows.length,
      selections: selectionCount,
      codings: codingCount,
      cases: cases.length,
      memos: memos.length,
      sets: sets.length,
    },
    warnings,
  };
}

/** The .qdpx archive bytes: project.qde first, then sources/<guid>.txt. */
export function packQdpx(exp: RefiProjectExport): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'project.qde': new TextEncoder().encode(exp.xml) };
  for (const [name, bytes] of exp.files) entries[name] = bytes;
  return zipSync(entries, { level: 6 });
}
