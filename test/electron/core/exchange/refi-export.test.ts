import { afterEach, describe, expect, it } from 'vitest';
import { buildRefiProject, packQdpx } from '../../../../electron/core/exchange/refi-export';
import { buildQdc } from '../../../../electron/core/exchange/codebook-qdc';
import { TestProject } from '../../../support/temp-project';
import { richProject } from './rich-project';
import { unzip } from './exchange-fixtures';
import { CODEBOOK_XSD, PROJECT_XSD, validateXml } from './xsd-validate';

let open: TestProject[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

describe('REFI-QDA export', () => {
  it('writes the sample project as a schema-valid project.qde with every source as sources/<guid>.txt', async () => {
    const p = await TestProject.create({ sample: true });
    open.push(p);
    const exp = buildRefiProject(p.db);
    const v = validateXml(exp.xml, PROJECT_XSD, 'project.qde');
    expect(v.output).toBe('');
    expect(v.ok).toBe(true);
    const info = await p.call('project.info', {});
    expect(exp.counts).toMatchObject({ sources: info.counts.sources, codes: info.counts.codes, codings: info.counts.codings, cases: info.counts.cases, memos: info.counts.memos });
    expect(exp.xml).toContain('origin="Telaah 0.1"');

    const entries = unzip(packQdpx(exp));
    expect(Object.keys(entries)[0]).toBe('project.qde');
    const sources = p.db.prepare('SELECT id, text FROM sources').all() as { id: string; text: string }[];
    for (const s of sources) {
      const bytes = entries[`sources/${s.id}.txt`]!;
      expect(bytes, s.id).toBeDefined();
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(s.text);
      expect(exp.xml).toContain(`plainTextPath="internal://${s.id}.txt"`);
    }
  });

  it('writes users, colours, descriptions, variables, cases, sets and memos with NoteRefs, valid against the schema', async () => {
    const p = await richProject();
    open.push(p);
    const { xml } = buildRefiProject(p.db);
    expect(validateXml(xml, PROJECT_XSD).output).toBe('');
    expect(xml).toMatch(/<User guid="[0-9a-f-]{36}" name="Supervisor Ayu"\/>/);
    expect(xml).toContain('name="Feelings" isCodable="true" color="#E6194B"');
    expect(xml).toContain('How people feel.\n\nInclusion criteria:\nNamed emotions\n\nExclusion criteria:\nPhysical pain\n\nExample:\n“senang”');
    expect(xml).toContain('name="Language &amp; &quot;script&quot; &lt;marks&gt;"');
    expect(xml).toMatch(/<Variable guid="[^"]+" name="age" typeOfVariable="Integer">/);
    expect(xml).toMatch(/<Variable guid="[^"]+" name="recording minutes" typeOfVariable="Float">/);
    expect(xml).toContain('<TextValue>honorer &amp; "kontrak"</TextValue>');
    expect(xml).toMatch(/<Set guid="[^"]+" name="Wave 1">\s*<Description>First round<\/Description>\s*<MemberSource/);
    // memos: project NoteRef last, code/source/coding NoteRefs, case memo by Link
    expect(xml).toMatch(/<\/Sets>\n  <NoteRef targetGUID="[^"]+"\/>\n<\/Project>/);
    expect((xml.match(/<NoteRef /g) ?? []).length).toBe(4);
    expect(xml).toMatch(/<Link guid="[^"]+" name="Memo" direction="OneWay" originGUID="[^"]+" targetGUID="[^"]+"\/>/);
    // emoji positions are code points: "👩‍⚕️ bilang: 😀 senang" is code points [6, 27) of "Bidan 👩‍⚕️ ..."
    expect(xml).toMatch(/startPosition="6" endPosition="27"/);
  });

  it('never writes an empty container', async () => {
    const p = await TestProject.create();
    open.push(p);
    await p.addText('Only text', 'Nothing coded here.');
    const { xml } = buildRefiProject(p.db);
    expect(validateXml(xml, PROJECT_XSD).output).toBe('');
    expect(xml).not.toMatch(/<(CodeBook|Codes|Cases|Variables|Sets|Notes|Links)\s*\/>/);
    expect(xml).not.toContain('<CodeBook');
    expect(xml).not.toContain('<Sets');
  });

  it('writes a codebook .qdc valid against Codebook.xsd, without <Sets>, and refuses an empty one', async () => {
    const p = await richProject();
    open.push(p);
    const { xml, codes } = buildQdc(p.db);
    expect(codes).toBe(4);
    expect(validateXml(xml, CODEBOOK_XSD, 'codebook.qdc').output).toBe('');
    expect(xml).not.toContain('<Sets');
    const empty = await TestProject.create();
    open.push(empty);
    expect(() => buildQdc(empty.db)).toThrow(/codebook is empty/);
  });
});
