import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The catalogues are complete in both languages, and no component carries user-visible text of its
// own: JSX text with letters and string-literal aria-label/title/placeholder/alt are refused; every
// literal key passed to t() exists in the English catalogue.

const root = path.resolve(__dirname, '../../..');
const localeDir = path.join(root, 'resources', 'locales');

function readCatalogue(lang: string): Map<string, { file: string; value: string }> {
  const out = new Map<string, { file: string; value: string }>();
  for (const file of fs.readdirSync(path.join(localeDir, lang)).filter((f) => f.endsWith('.json')).sort()) {
    const entries = JSON.parse(fs.readFileSync(path.join(localeDir, lang, file), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(entries)) {
      if (typeof value !== 'string') throw new Error(`${lang}/${file}: "${key}" is not a string`);
      out.set(key, { file: `${lang}/${file}`, value });
    }
  }
  return out;
}

function walk(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

const en = readCatalogue('en');
const id = readCatalogue('id');
/** The values a template uses, plain ({n}) or choosing a form ({n|one|other}), each once. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]))].sort();

describe('translation catalogues', () => {
  it('defines each key once (JSON keeps the last of two silently, so one text would vanish)', () => {
    const twice: string[] = [];
    for (const lang of ['en', 'id']) {
      const seen = new Set<string>();
      for (const file of fs.readdirSync(path.join(localeDir, lang)).filter((f) => f.endsWith('.json'))) {
        for (const m of fs.readFileSync(path.join(localeDir, lang, file), 'utf8').matchAll(/^\s*"((?:[^"\\]|\\.)+)"\s*:/gm)) {
          if (seen.has(m[1]!)) twice.push(`${lang}/${file}: ${m[1]}`);
          seen.add(m[1]!);
        }
      }
    }
    expect(twice).toEqual([]);
  });

  it('has every English key in Indonesian and every Indonesian key in English', () => {
    const missingInId = [...en.keys()].filter((k) => !id.has(k)).map((k) => `${k} (from ${en.get(k)!.file})`);
    const missingInEn = [...id.keys()].filter((k) => !en.has(k)).map((k) => `${k} (from ${id.get(k)!.file})`);
    expect(missingInId, 'keys missing in Indonesian').toEqual([]);
    expect(missingInEn, 'keys missing in English').toEqual([]);
    expect(en.size).toBeGreaterThan(100);
  });

  it('keeps each key in the same area file in both languages, prefixed by that area', () => {
    const wrong: string[] = [];
    for (const [key, { file }] of en) {
      const other = id.get(key);
      if (other && path.basename(other.file) !== path.basename(file)) wrong.push(`${key}: ${file} vs ${other.file}`);
      const area = path.basename(file, '.json');
      if (!key.startsWith(`${area}.`)) wrong.push(`${key} is in ${file} but does not start with "${area}."`);
    }
    expect(wrong).toEqual([]);
  });

  it('uses the same {placeholders} in both languages and leaves no value empty', () => {
    const wrong: string[] = [];
    for (const [key, { value }] of en) {
      const other = id.get(key);
      if (!value.trim()) wrong.push(`${key}: empty in English`);
      if (!other) continue;
      if (!other.value.trim()) wrong.push(`${key}: empty in Indonesian`);
      if (placeholders(value).join() !== placeholders(other.value).join()) wrong.push(`${key}: {${placeholders(value)}} vs {${placeholders(other.value)}}`);
    }
    expect(wrong).toEqual([]);
  });
});

interface Finding {
  where: string;
  text: string;
}

const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext']);

/** Inline user-visible strings and t() keys of one .tsx/.ts source file. */
function scan(file: string): { inline: Finding[]; keys: Finding[] } {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const rel = path.relative(root, file);
  const inline: Finding[] = [];
  const keys: Finding[] = [];
  const where = (node: ts.Node) => `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) inline.push({ where: where(node), text: node.text.trim() });
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))
          ? init.expression.text
          : null;
      if (literal !== null && /\p{L}/u.test(literal)) inline.push({ where: where(node), text: `${node.name.getText(sf)}="${literal}"` });
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't' && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      keys.push({ where: where(node), text: node.arguments[0].text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { inline, keys };
}

describe('components take their words from the catalogue', () => {
  const files = walk(path.join(root, 'renderer', 'src'), /\.(tsx|ts)$/);

  it('finds the component files to check', () => {
    expect(files.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(20);
  });

  it('has no JSX text or aria-label/title/placeholder/alt written inline', () => {
    const inline = files.filter((f) => f.endsWith('.tsx')).flatMap((f) => scan(f).inline);
    expect(inline.map((f) => `${f.where}: ${f.text}`)).toEqual([]);
  });

  it('asks t() only for keys the English catalogue has', () => {
    const missing = files.flatMap((f) => scan(f).keys).filter((k) => !en.has(k.text));
    expect(missing.map((k) => `${k.where}: ${k.text}`)).toEqual([]);
  });

  it('the static check itself catches inline text, inline labels and unknown keys', () => {
    const tmp = path.join(root, 'test-results', 'catalogue-probe.tsx');
    fs.mkdirSync(path.dirname(tmp), { recursive: true });
    fs.writeFileSync(tmp, `export const A = () => <button aria-label="Close" title={'Shut'}>Save now {t('no.such.key')}</button>;\n`);
    try {
      const r = scan(tmp);
      expect(r.inline.map((f) => f.text)).toEqual(['aria-label="Close"', 'title="Shut"', 'Save now']);
      expect(r.keys.map((k) => k.text)).toEqual(['no.such.key']);
    } finally {
      fs.rmSync(tmp);
    }
  });
});
