// Checks the sample project's source files (resources/sample): the text that `npm start` opens on first
// run and that every later screen shows. Each check collects every problem with its file and entry so
// a failure says exactly what to fix.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../support/fixtures';
import { isCanonicalText } from '../../../../shared/text/canonical';

const sampleDir = path.join(repoRoot, 'resources/sample');
const transcriptDir = path.join(sampleDir, 'transcripts');
const SYNTHETIC_MARKER = '[TRANSKRIP SINTETIS — dibuat untuk contoh, bukan data penelitian nyata]';
const SPEAKERS = ['Pewawancara: ', 'Informan: '] as const;

interface CodeNode {
  name: string;
  color: string;
  description: string;
  inclusion: string;
  exclusion: string;
  example: string;
  children?: CodeNode[];
}
interface Coding {
  transcript: string;
  code: string;
  quote: string;
  coder: string;
}
type MemoTarget = 'project' | { code: string } | { case: string };
interface Memo {
  target: MemoTarget;
  title: string;
  text: string;
}

const transcriptFiles = readdirSync(transcriptDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Strict UTF-8 decode: throws on any invalid byte sequence. */
function readUtf8Strict(file: string): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(file));
}

const transcripts = new Map(transcriptFiles.map((f) => [f, readUtf8Strict(path.join(transcriptDir, f))]));

function transcriptText(file: string): string {
  const text = transcripts.get(file);
  if (text === undefined) throw new Error(`no transcript ${file} in resources/sample/transcripts`);
  return text;
}

/** Splits a transcript into its header (lines up to the first blank line) and its turn paragraphs. */
function splitTranscript(text: string): { header: string[]; body: string; bodyStart: number } {
  const end = text.indexOf('\n\n');
  if (end < 0) return { header: text.split('\n'), body: '', bodyStart: text.length };
  return { header: text.slice(0, end).split('\n'), body: text.slice(end + 2), bodyStart: end + 2 };
}

/** Every start offset (UTF-16 units) of `needle` in `haystack`, overlapping matches included. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function readJson<T>(name: string): T {
  return JSON.parse(readUtf8Strict(path.join(sampleDir, name))) as T;
}

const codebook = readJson<{ codes: CodeNode[] }>('codebook.json');
const codings = readJson<Coding[]>('codings.json');
const memos = readJson<Memo[]>('memos.json');
const casesParse = Papa.parse<Record<string, string>>(readUtf8Strict(path.join(sampleDir, 'cases.csv')), {
  header: true,
  skipEmptyLines: true,
});
const cases = casesParse.data;

/** All code paths ("Parent", "Parent/Child") in the codebook, with their nodes. */
function codePaths(nodes: CodeNode[], prefix = ''): Map<string, CodeNode> {
  const paths = new Map<string, CodeNode>();
  for (const node of nodes) {
    const p = prefix === '' ? node.name : `${prefix}/${node.name}`;
    paths.set(p, node);
    for (const [childPath, child] of codePaths(node.children ?? [], p)) paths.set(childPath, child);
  }
  return paths;
}
const paths = codePaths(codebook.codes);
const leafPaths = [...paths].filter(([, n]) => (n.children ?? []).length === 0).map(([p]) => p);

function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The turn paragraph (start, end in UTF-16 units) of `text` containing offset `at`. */
function paragraphAt(text: string, at: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n', at);
  const after = text.indexOf('\n', at);
  return { start: before + 1, end: after < 0 ? text.length : after };
}

describe('sample transcripts', () => {
  it('has eight transcripts', () => {
    expect(transcriptFiles).toHaveLength(8);
  });

  it('are strict UTF-8 with LF only, canonical (NFC, no BOM) and start with the synthetic marker', () => {
    const problems: string[] = [];
    for (const [file, text] of transcripts) {
      if (text.startsWith('\uFEFF')) problems.push(`${file}: starts with a BOM`);
      if (text.includes('\r')) problems.push(`${file}: contains CR (line ends must be LF only)`);
      if (!isCanonicalText(text)) problems.push(`${file}: not canonical text (NFC, LF)`);
      if (text.split('\n')[0] !== SYNTHETIC_MARKER) problems.push(`${file}: first line is not the synthetic marker`);
      if (!text.endsWith('\n') || text.endsWith('\n\n')) problems.push(`${file}: must end with exactly one LF`);
    }
    expect(problems).toEqual([]);
  });

  it('have a metadata header with the interview date and place, then alternating speaker turns', () => {
    const problems: string[] = [];
    for (const [file, text] of transcripts) {
      const { header, body } = splitTranscript(text);
      for (const [i, line] of header.slice(1).entries()) {
        if (!/^[A-Z][^:]*: \S/.test(line)) problems.push(`${file}:${i + 2}: header line is not "Key: value": ${line}`);
      }
      if (!header.some((l) => /^Tanggal wawancara: \d{4}-\d{2}-\d{2}$/.test(l)))
        problems.push(`${file}: header has no "Tanggal wawancara: YYYY-MM-DD"`);
      if (!header.some((l) => l.startsWith('Lokasi: Puskesmas ')))
        problems.push(`${file}: header has no "Lokasi: Puskesmas ..."`);
      const lineOffset = header.length + 1;
      const lines = body.replace(/\n$/, '').split('\n');
      let expectedSpeaker = 0;
      for (const [i, line] of lines.entries()) {
        const lineNo = lineOffset + i + 1;
        if (i % 2 === 1) {
          if (line !== '') problems.push(`${file}:${lineNo}: turns must be separated by one blank line`);
          continue;
        }
        const speaker = SPEAKERS.findIndex((s) => line.startsWith(s));
        if (speaker < 0) {
          problems.push(`${file}:${lineNo}: line does not start with "Pewawancara:" or "Informan:"`);
          continue;
        }
        if (speaker !== expectedSpeaker) problems.push(`${file}:${lineNo}: speakers do not alternate`);
        if (line.trim().length <= SPEAKERS[speaker]!.length) problems.push(`${file}:${lineNo}: empty turn`);
        expectedSpeaker = 1 - speaker;
      }
      if (lines.length < 20) problems.push(`${file}: only ${lines.length} body lines`);
    }
    expect(problems).toEqual([]);
  });

  it('are each 900–1,600 words long', () => {
    const counts = Object.fromEntries(
      [...transcripts].map(([file, text]) => [file, text.split(/\s+/).filter(Boolean).length]),
    );
    for (const [file, words] of Object.entries(counts)) {
      expect(words, `${file} has ${words} words`).toBeGreaterThanOrEqual(900);
      expect(words, `${file} has ${words} words`).toBeLessThanOrEqual(1600);
    }
  });

  it('exercise text handling: apostrophe in a name, em dash and curly quotes in turns, one emoji in a WhatsApp message', () => {
    const all = [...transcripts.values()];
    const bodies = all.map((t) => splitTranscript(t).body).join('\n');
    expect(all.some((t) => /^Nama samaran: .*\p{L}'\p{L}/mu.test(t))).toBe(true);
    expect(bodies).toContain('—');
    expect(bodies).toMatch(/“[^”\n]+”/u);
    const emoji = bodies.match(/\p{Extended_Pictographic}/gu) ?? [];
    expect(emoji).toEqual(['👍']);
    const emojiTurn = bodies.split('\n').find((l) => l.includes('👍')) ?? '';
    expect(emojiTurn).toMatch(/^Informan: .*WhatsApp/);
  });
});

describe('sample cases.csv', () => {
  const statuses = ['PNS', 'honorer', 'kontrak daerah', 'kontrak provinsi'];
  const units = ['Pelayanan', 'Administrasi', 'Farmasi', 'Laboratorium', 'KIA'];

  it('parses with the expected columns', () => {
    expect(casesParse.errors).toEqual([]);
    expect(casesParse.meta.fields).toEqual([
      'case',
      'transcript',
      'status',
      'unit',
      'years_of_service',
      'gender',
      'age_group',
    ]);
  });

  it('has one valid row per transcript, consistent with the transcript header', () => {
    const problems: string[] = [];
    const seenCases = new Set<string>();
    const seenFiles = new Set<string>();
    for (const [i, row] of cases.entries()) {
      const where = `cases.csv row ${i + 2}`;
      const name = row['case'] ?? '';
      const file = row['transcript'] ?? '';
      if (!/^Informan \d\d \(.+\)$/.test(name)) problems.push(`${where}: case name "${name}" is not "Informan NN (role)"`);
      if (seenCases.has(name)) problems.push(`${where}: duplicate case "${name}"`);
      seenCases.add(name);
      if (!existsSync(path.join(transcriptDir, file))) {
        problems.push(`${where}: transcript "${file}" does not exist in resources/sample/transcripts`);
        continue;
      }
      if (seenFiles.has(file)) problems.push(`${where}: transcript "${file}" used by two cases`);
      seenFiles.add(file);
      if (!statuses.includes(row['status'] ?? '')) problems.push(`${where}: status "${row['status']}" not one of ${statuses.join(', ')}`);
      if (!units.includes(row['unit'] ?? '')) problems.push(`${where}: unit "${row['unit']}" not one of ${units.join(', ')}`);
      const years = Number(row['years_of_service']);
      if (!Number.isInteger(years) || years < 1 || years > 20) problems.push(`${where}: years_of_service "${row['years_of_service']}" not 1–20`);
      if (!['perempuan', 'laki-laki'].includes(row['gender'] ?? '')) problems.push(`${where}: gender "${row['gender']}"`);
      if (!/^\d\d-\d\d$/.test(row['age_group'] ?? '')) problems.push(`${where}: age_group "${row['age_group']}"`);

      const header = splitTranscript(transcriptText(file)).header;
      const field = (key: string) => header.find((l) => l.startsWith(`${key}: `))?.slice(key.length + 2) ?? '';
      if (!name.startsWith(`${field('Kode informan')} (`)) problems.push(`${where}: "${name}" does not match ${file}'s Kode informan "${field('Kode informan')}"`);
      if (field('Status kepegawaian').toLowerCase() !== (row['status'] ?? '').toLowerCase())
        problems.push(`${where}: status "${row['status']}" differs from ${file}'s "${field('Status kepegawaian')}"`);
      if (!field('Unit').startsWith(row['unit'] ?? '?')) problems.push(`${where}: unit "${row['unit']}" differs from ${file}'s "${field('Unit')}"`);
      if (!field('Masa kerja').startsWith(`${years} tahun`)) problems.push(`${where}: years_of_service ${years} differs from ${file}'s "${field('Masa kerja')}"`);
    }
    for (const file of transcriptFiles) if (!seenFiles.has(file)) problems.push(`${file} has no row in cases.csv`);
    expect(problems).toEqual([]);
  });

  it('covers every status and unit', () => {
    expect(new Set(cases.map((r) => r['status']))).toEqual(new Set(statuses));
    expect(new Set(cases.map((r) => r['unit']))).toEqual(new Set(units));
  });
});

describe('sample codebook.json', () => {
  it('is the study codebook: three parents with their children', () => {
    const tree = codebook.codes.map((c) => [c.name, (c.children ?? []).map((k) => k.name)]);
    expect(tree).toEqual([
      ['Pengembangan informal', ['Keahlian dasar', 'Keahlian pada bidang tertentu', 'Ketanggapan menyelesaikan pekerjaan']],
      ['Pengembangan formal', ['Materi pelatihan sesuai pekerjaan', 'Kemampuan memahami pelatihan']],
      ['Relevansi tenaga honorer', ['Kuantitas jumlah pekerjaan', 'Jumlah tenaga honorer', 'Kualitas pekerjaan', 'Waktu kerja']],
    ]);
  });

  it('gives every code a definition, inclusion, exclusion and an example quoting its transcript', () => {
    const problems: string[] = [];
    for (const [p, node] of paths) {
      for (const key of ['description', 'inclusion', 'exclusion', 'example'] as const) {
        if (typeof node[key] !== 'string' || node[key].trim().length < 20) problems.push(`code "${p}": ${key} missing or too short`);
      }
      if (node.name.includes('/')) problems.push(`code "${p}": name contains "/"`);
      const m = /^“(.+)” \((Informan \d\d)\)$/u.exec(node.example);
      if (!m) {
        problems.push(`code "${p}": example is not “quote” (Informan NN)`);
        continue;
      }
      const row = cases.find((r) => (r['case'] ?? '').startsWith(`${m[2]} (`));
      if (!row) problems.push(`code "${p}": example cites ${m[2]}, who is not in cases.csv`);
      else if (!transcriptText(row['transcript'] ?? '').includes(m[1]!))
        problems.push(`code "${p}": example quote not found in ${row['transcript']}`);
    }
    expect(problems).toEqual([]);
  });

  it('has valid, distinct colours readable as a highlight under black text', () => {
    const problems: string[] = [];
    const colours = [...paths].map(([p, n]) => [p, n.color] as const);
    for (const [p, c] of colours) {
      if (!/^#[0-9a-f]{6}$/i.test(c)) {
        problems.push(`code "${p}": colour "${c}" is not #rrggbb`);
        continue;
      }
      const contrast = (luminance(c) + 0.05) / 0.05;
      if (contrast < 4.5) problems.push(`code "${p}": colour ${c} has contrast ${contrast.toFixed(2)} with black, below 4.5`);
    }
    for (const [i, [p, c]] of colours.entries()) {
      for (const [q, d] of colours.slice(i + 1)) {
        const [a, b] = [hexToRgb(c), hexToRgb(d)];
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        if (distance < 40) problems.push(`codes "${p}" (${c}) and "${q}" (${d}) are too alike (RGB distance ${distance.toFixed(0)})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('sample codings.json', () => {
  it('has 40–70 codings by the researcher and about 15 by the supervisor', () => {
    expect(codings.length).toBeGreaterThanOrEqual(40);
    expect(codings.length).toBeLessThanOrEqual(70);
    expect(new Set(codings.map((c) => c.coder))).toEqual(new Set(['peneliti', 'pembimbing']));
    const supervisor = codings.filter((c) => c.coder === 'pembimbing').length;
    expect(supervisor).toBeGreaterThanOrEqual(12);
    expect(supervisor).toBeLessThanOrEqual(18);
  });

  it('quotes occur exactly once in their transcript, inside one informant turn, under an existing code', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const [i, c] of codings.entries()) {
      const where = `codings.json entry ${i} (${c.transcript}, "${c.code}")`;
      const key = JSON.stringify([c.transcript, c.code, c.quote, c.coder]);
      if (seen.has(key)) problems.push(`${where}: duplicate coding`);
      seen.add(key);
      if (!paths.has(c.code)) problems.push(`${where}: code path not in codebook.json`);
      const text = transcripts.get(c.transcript);
      if (text === undefined) {
        problems.push(`${where}: transcript does not exist`);
        continue;
      }
      const found = occurrences(text, c.quote);
      if (found.length !== 1) {
        problems.push(`${where}: quote occurs ${found.length} times, must be exactly once: "${c.quote.slice(0, 60)}"`);
        continue;
      }
      const start = found[0]!;
      const para = paragraphAt(text, start);
      if (start < splitTranscript(text).bodyStart) problems.push(`${where}: quote is in the header`);
      if (start + c.quote.length > para.end) problems.push(`${where}: quote spans more than one paragraph`);
      if (!text.slice(para.start, para.end).startsWith('Informan: ')) problems.push(`${where}: quote is not in an informant turn`);
      if (start < para.start + 'Informan: '.length) problems.push(`${where}: quote includes the speaker label`);
      if (c.quote !== c.quote.trim()) problems.push(`${where}: quote has leading or trailing whitespace`);
    }
    expect(problems).toEqual([]);
  });

  it('the researcher uses every leaf code and codes every transcript', () => {
    const researcher = codings.filter((c) => c.coder === 'peneliti');
    expect(leafPaths.filter((p) => !researcher.some((c) => c.code === p))).toEqual([]);
    expect(transcriptFiles.filter((f) => !researcher.some((c) => c.transcript === f))).toEqual([]);
  });

  it('includes a passage under two codes, a nested coding and a coded emoji', () => {
    const researcher = codings.filter((c) => c.coder === 'peneliti');
    const twoCodes = researcher.some((a, i) =>
      researcher.some((b, j) => i < j && a.transcript === b.transcript && a.quote === b.quote && a.code !== b.code),
    );
    expect(twoCodes).toBe(true);
    const nested = researcher.some((a) =>
      researcher.some((b) => a !== b && a.transcript === b.transcript && b.quote.length > a.quote.length && b.quote.includes(a.quote)),
    );
    expect(nested).toBe(true);
    // A code point outside the BMP inside a quote: positions must count it as one code point.
    expect(codings.some((c) => /\p{Extended_Pictographic}/u.test(c.quote))).toBe(true);
  });

  it("each supervisor coding overlaps a researcher coding; some agree exactly and some differ", () => {
    const span = (c: Coding) => {
      const start = transcriptText(c.transcript).indexOf(c.quote);
      return { start, end: start + c.quote.length };
    };
    const researcher = codings.filter((c) => c.coder === 'peneliti');
    let exact = 0;
    let otherBoundary = 0;
    let otherCode = 0;
    const problems: string[] = [];
    for (const s of codings.filter((c) => c.coder === 'pembimbing')) {
      const a = span(s);
      const overlapping = researcher.filter((r) => {
        if (r.transcript !== s.transcript) return false;
        const b = span(r);
        return a.start < b.end && b.start < a.end;
      });
      if (overlapping.length === 0) problems.push(`pembimbing coding "${s.quote.slice(0, 50)}" overlaps no peneliti coding`);
      if (overlapping.some((r) => r.quote === s.quote && r.code === s.code)) exact++;
      else if (overlapping.some((r) => r.code === s.code)) otherBoundary++;
      else otherCode++;
    }
    expect(problems).toEqual([]);
    expect(exact).toBeGreaterThanOrEqual(5);
    expect(otherBoundary).toBeGreaterThanOrEqual(2);
    expect(otherCode).toBeGreaterThanOrEqual(2);
  });
});

describe('sample memos.json', () => {
  it('has a project memo, two or three code memos and a case memo, all with valid targets', () => {
    const problems: string[] = [];
    const caseNames = new Set(cases.map((r) => r['case']));
    let project = 0;
    let code = 0;
    let caseMemos = 0;
    for (const [i, m] of memos.entries()) {
      const where = `memos.json entry ${i} ("${m.title}")`;
      if (m.target === 'project') project++;
      else if (typeof m.target === 'object' && 'code' in m.target) {
        code++;
        if (!paths.has(m.target.code)) problems.push(`${where}: code "${m.target.code}" not in codebook.json`);
      } else if (typeof m.target === 'object' && 'case' in m.target) {
        caseMemos++;
        if (!caseNames.has(m.target.case)) problems.push(`${where}: case "${m.target.case}" not in cases.csv`);
      } else problems.push(`${where}: unknown target ${JSON.stringify(m.target)}`);
      if (typeof m.title !== 'string' || m.title.trim() === '') problems.push(`${where}: empty title`);
      if (typeof m.text !== 'string' || m.text.includes('\r') || !isCanonicalText(m.text))
        problems.push(`${where}: text must be canonical plain text with LF`);
      else {
        const paragraphs = m.text.split('\n\n');
        if (paragraphs.some((p) => p.trim() === '' || p !== p.trim() || p.includes('\n')))
          problems.push(`${where}: text must be paragraphs separated by exactly one blank line`);
      }
    }
    expect(problems).toEqual([]);
    expect(project).toBe(1);
    expect(code).toBeGreaterThanOrEqual(2);
    expect(code).toBeLessThanOrEqual(3);
    expect(caseMemos).toBeGreaterThanOrEqual(1);
  });
});

describe('sample README.md', () => {
  it('says the content is synthetic and licensed CC0', () => {
    const readme = readUtf8Strict(path.join(sampleDir, 'README.md'));
    expect(readme).toMatch(/synthetic/i);
    expect(readme).toContain('CC0');
  });
});
