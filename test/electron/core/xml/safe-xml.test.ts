import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { assertNoDtd, decodeXmlBytes, parseXmlSafely } from '../../../../electron/core/xml/safe-xml';
import { ImportError } from '../../../../electron/core/importers/imported-document';
import { fixturePath } from '../../../support/fixtures';

const dir = fixturePath('malicious-xml');
const read = (name: string): string => readFileSync(fixturePath('malicious-xml', name), 'utf8');
const withDtd = readdirSync(dir).filter((f) => /<!DOCTYPE/i.test(read(f)));

function refusal(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return err as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('parseXmlSafely on the defusedxml fixtures', () => {
  it('finds the attack files in the fixture folder', () => {
    expect(withDtd.sort()).toEqual(['cyclic.xml', 'dtd.xml', 'external.xml', 'external_file.xml', 'quadratic.xml', 'xmlbomb.xml', 'xmlbomb2.xml']);
  });

  it.each(withDtd)('refuses %s fast with a clear message naming file and entry', (name) => {
    const t0 = performance.now();
    const err = refusal(() => parseXmlSafely(read(name), { fileName: 'project.qdpx', entry: name }));
    expect(performance.now() - t0).toBeLessThan(50);
    expect(err.code).toBe('unsafe-xml');
    expect(err.message).toContain('project.qdpx');
    expect(err.message).toContain(`part "${name}"`);
    expect(err.message).toContain('DOCTYPE/entity declarations are not allowed (possible entity-expansion attack)');
  });

  it('assertNoDtd refuses the same files and gives the line', () => {
    const err = refusal(() => assertNoDtd('<?xml version="1.0"?>\n' + read('xmlbomb.xml'), { fileName: 'a.docx', entry: 'word/document.xml' }));
    expect(err.message).toContain('line 2');
    expect(() => assertNoDtd(read('simple.xml'), { fileName: 'a.xml' })).not.toThrow();
  });

  it('refuses an entity declaration without a DOCTYPE and a DOCTYPE after a BOM', () => {
    expect(refusal(() => parseXmlSafely('<!ENTITY a "x"><r/>', { fileName: 'x.xml' })).code).toBe('unsafe-xml');
    expect(refusal(() => parseXmlSafely('\uFEFF<!doctype r><r/>', { fileName: 'x.xml' })).code).toBe('unsafe-xml');
  });

  it('parses simple.xml and simple-ns.xml, keeping order, attributes and text', () => {
    for (const name of ['simple.xml', 'simple-ns.xml']) {
      const parsed = parseXmlSafely(read(name), { fileName: name }) as Array<Record<string, unknown>>;
      const root = parsed.find((n) => 'root' in n)!;
      const children = root.root as Array<Record<string, unknown>>;
      const elements = children.filter((c) => 'element' in c);
      expect(elements).toHaveLength(2);
      expect(elements[0]![':@']).toEqual({ '@_key': 'value' });
      expect(elements[0]!.element).toEqual([{ '#text': 'text' }]);
      expect(children.some((c) => typeof c['#text'] === 'string' && (c['#text'] as string).includes('tail'))).toBe(true);
    }
  });

  it('parses the XSLT and schema files as inert data (nothing is run or fetched)', () => {
    const xsl = parseXmlSafely(read('xalan_exec.xsl'), { fileName: 'x.xsl' }) as Array<Record<string, unknown>>;
    expect(xsl.some((n) => 'xsl:stylesheet' in n)).toBe(true);
    const xsd = parseXmlSafely(read('schema-include.xsd'), { fileName: 'x.xsd' }) as Array<Record<string, unknown>>;
    expect(xsd.some((n) => 'xsd:schema' in n)).toBe(true);
  });

  it('reports malformed XML as corrupt with the line', () => {
    const err = refusal(() => parseXmlSafely('<a>\n<b></a>', { fileName: 'c.odt', entry: 'content.xml' }));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/c\.odt: part "content\.xml" is not well-formed XML \(line 2/);
  });

  it('caps the input size', () => {
    const err = refusal(() => parseXmlSafely('<a>' + 'x'.repeat(2000) + '</a>', { fileName: 'big.xml' }, { maxChars: 1000 }));
    expect(err.code).toBe('too-large');
  });

  it('decodes UTF-8 with BOM and UTF-16 XML bytes, refusing invalid UTF-8', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a>é</a>')]);
    expect(decodeXmlBytes(utf8, { fileName: 'x' })).toBe('<a>é</a>');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e, 0]);
    expect(decodeXmlBytes(utf16, { fileName: 'x' })).toBe('<a/>');
    expect(refusal(() => decodeXmlBytes(new Uint8Array([0x3c, 0xff, 0x3e]), { fileName: 'x', entry: 'e.xml' })).code).toBe('corrupt');
  });
});
