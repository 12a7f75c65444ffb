import type Database from 'better-sqlite3';
import { PositionIndex } from '../../../../shared/text/positions';
import { plainTextToLexicalJson } from '../../../../shared/memo/lexical-json';
import { createCode } from '../../../../electron/core/store/code-store';
import { createCoding } from '../../../../electron/core/store/coding-store';
import { createCase, ensureAttribute, setCaseValue, setSourceValue } from '../../../../electron/core/store/case-store';
import { createSet } from '../../../../electron/core/store/set-store';
import { saveMemo } from '../../../../electron/core/store/memo-store';
import { ensureUser } from '../../../../electron/core/store/user-store';
import { TestProject } from '../../../support/temp-project';

/** Texts that catch position drift: emoji (ZWJ, flags), combining marks NFC cannot merge, CRLF lines. */
export const HARD_TEXTS = {
  emoji: 'Bidan 👩‍⚕️ bilang: 😀 senang sekali.\nBendera 🇮🇩 dan 🙏🏽 terima kasih.\nAkhir.',
  combining: 'Tiếng Việt: q\u0307 and a\u0308\u0301 marks; Devanagari क्षत्रिय; Thai ภาษาไทย.\ncafe\u0301 (decomposed) and café (composed).',
  crlf: 'Line one\r\nLine two with café\r\n\r\nInformant: “quoted” text\r\nLast line\r\n',
};

/** Codes `quote` (first occurrence, in canonical text) of a source with `codeId`. */
export function codeQuote(db: Database.Database, sourceId: string, quote: string, codeId: string, coderId: string): void {
  const text = (db.prepare('SELECT text FROM sources WHERE id = ?').get(sourceId) as { text: string }).text;
  const q = quote.normalize('NFC');
  const at = text.indexOf(q);
  if (at < 0) throw new Error(`quote not found: ${quote}`);
  const index = new PositionIndex(text);
  createCoding(db, { sourceId, start: index.toCodePoint(at), end: index.toCodePoint(at + q.length), codeId, coderId });
}

/**
 * A project using everything the REFI-QDA export writes: nested codes with definitions, two coders,
 * hard texts, cases with attributes, a source attribute, a set, and memos on the project, a source,
 * a code, a coding and a case.
 */
export async function richProject(): Promise<TestProject> {
  const p = await TestProject.create();
  const ids = {
    emoji: await p.addText('Emoji interview', HARD_TEXTS.emoji),
    combining: await p.addText('Combining marks', HARD_TEXTS.combining),
    crlf: await p.addText('Windows notes', HARD_TEXTS.crlf),
  };
  const db = p.db;
  db.transaction(() => {
    const me = p.session.activeCoderId();
    const other = ensureUser(db, 'Supervisor Ayu');
    const parent = createCode(db, { name: 'Feelings', color: '#e6194b', description: 'How people feel.', inclusion: 'Named emotions', exclusion: 'Physical pain', example: '“senang”' });
    const joy = createCode(db, { name: 'Joy 😀', parentId: parent, color: '#3cb44b' });
    const thanks = createCode(db, { name: 'Gratitude', parentId: parent });
    const lang = createCode(db, { name: 'Language & "script" <marks>', color: '#4363d8', description: 'Line one\nLine two' });
    codeQuote(db, ids.emoji, '👩‍⚕️ bilang: 😀 senang', joy, me);
    codeQuote(db, ids.emoji, '👩‍⚕️ bilang: 😀 senang', joy, other);
    codeQuote(db, ids.emoji, '🇮🇩 dan 🙏🏽 terima kasih', thanks, me);
    codeQuote(db, ids.emoji, '😀', parent, other);
    codeQuote(db, ids.combining, 'q\u0307 and a\u0308\u0301', lang, me);
    codeQuote(db, ids.combining, 'क्षत्रिय', lang, me);
    codeQuote(db, ids.combining, 'cafe\u0301 (decomposed) and café', lang, other);
    codeQuote(db, ids.crlf, 'Line two with café\n\nInformant: “quoted”', lang, me);
    codeQuote(db, ids.crlf, 'Last line\n', parent, me);

    const caseA = createCase(db, 'Informan A', 'Bidan desa', [ids.emoji, ids.crlf]);
    const caseB = createCase(db, 'Informan B', '', [ids.combining]);
    const age = ensureAttribute(db, 'age', ['34', '51']).id;
    const status = ensureAttribute(db, 'status', ['honorer']).id;
    setCaseValue(db, age, caseA, '34');
    setCaseValue(db, age, caseB, '51');
    setCaseValue(db, status, caseA, 'honorer & "kontrak"');
    const lengthAttr = ensureAttribute(db, 'recording minutes', ['12.5'], 'source').id;
    setSourceValue(db, lengthAttr, ids.emoji, '12.5');
    createSet(db, 'Wave 1', 'First round', [ids.emoji, ids.combining]);
    const memo = (target: Parameters<typeof saveMemo>[1]['target'], title: string, text: string) =>
      saveMemo(db, { target, title, contentJson: plainTextToLexicalJson(text), plainText: text });
    memo({ kind: 'project' }, 'Research plan', 'Interviews in two waves.\n\nSecond paragraph 😀.');
    memo({ kind: 'source', id: ids.emoji }, 'About this interview', 'Recorded at the puskesmas.');
    memo({ kind: 'code', id: joy }, 'Joy memo', 'Often with emoji.');
    memo({ kind: 'case', id: caseA }, 'Case A memo', 'Works two jobs.');
    const coding = (db.prepare('SELECT id FROM codings WHERE code_id = ? LIMIT 1').get(thanks) as { id: string }).id;
    memo({ kind: 'coding', id: coding }, 'Why gratitude', 'Emoji of folded hands.');
  })();
  return p;
}
