/**
 * XML from files a researcher imports (OOXML, ODF, REFI-QDA) is parsed only after refusing any
 * document type declaration. None of these formats ever needs one, and a DTD is how entity-expansion
 * bombs (billion laughs, quadratic blow-up) and external-entity reads (XXE over http:// or file://)
 * get in. Refusing the declaration outright is simpler and safer than limiting what it may do.
 *
 * The check is on raw text, so `<!DOCTYPE` inside a comment or CDATA section is refused too; real
 * text content can never contain it unescaped.
 */
import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import { ImportError } from '../importers/imported-document';
import { errorPhrase } from '../i18n/error-phrase';
import type { Phrase, PhraseParams } from '../../../shared/api/phrase';

export interface XmlLocation {
  /** The file the researcher chose. */
  fileName: string;
  /** The part inside an archive, e.g. "word/document.xml". */
  entry?: string;
}

export interface SafeXmlOptions {
  /** Largest XML text accepted, in UTF-16 units (default 64 Mi). */
  maxChars?: number;
  /** Check well-formedness first and report the line of the first error (default true). */
  validate?: boolean;
  /** fast-xml-parser options, merged over DEFAULT_XML_PARSER_OPTIONS. */
  parser?: X2jOptions;
}

export const DEFAULT_MAX_XML_CHARS = 64 * 1024 * 1024;

/**
 * Defaults for document XML: element order kept (mixed content such as `<p>a<s/>b</p>` must keep its
 * order), attributes kept under `:@` with prefix `@_`, text kept exactly (no trimming, no number
 * parsing). Only the five predefined entities and numeric references are decoded: there is no DTD.
 */
export const DEFAULT_XML_PARSER_OPTIONS: X2jOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 500,
};

const DTD_PATTERN = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)\b/i;

type XmlProblem = 'doctype' | 'tooLarge' | 'malformed' | 'unparsable' | 'badEncoding';

/** The phrase for an XML problem, naming the part inside the archive when there is one. */
function xmlPhrase(where: XmlLocation, problem: XmlProblem, params: PhraseParams = {}): Phrase {
  return where.entry ? errorPhrase(`errors.xml.${problem}InPart`, { part: where.entry, ...params }) : errorPhrase(`errors.xml.${problem}`, params);
}

/** Throws 'unsafe-xml' when the text declares a DTD or entities. For libraries that parse XML themselves. */
export function assertNoDtd(xml: string, where: XmlLocation): void {
  const match = DTD_PATTERN.exec(xml);
  if (match) {
    const line = xml.slice(0, match.index).split('\n').length;
    throw new ImportError('unsafe-xml', where.fileName, xmlPhrase(where, 'doctype', { line }));
  }
}

/** Parses XML after the DTD and size checks. Returns fast-xml-parser's output for the given options. */
export function parseXmlSafely(xml: string, where: XmlLocation, options: SafeXmlOptions = {}): unknown {
  const maxChars = options.maxChars ?? DEFAULT_MAX_XML_CHARS;
  if (xml.length > maxChars) {
    const size = (xml.length / 1048576).toFixed(1);
    throw new ImportError('too-large', where.fileName, xmlPhrase(where, 'tooLarge', { size, max: (maxChars / 1048576).toFixed(0) }));
  }
  const text = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  assertNoDtd(text, where);
  if (options.validate !== false) {
    const result = XMLValidator.validate(text);
    if (result !== true) {
      const { line, col: column, msg: detail } = result.err;
      throw new ImportError('corrupt', where.fileName, xmlPhrase(where, 'malformed', { line, column, detail }));
    }
  }
  const parser = new XMLParser({ ...DEFAULT_XML_PARSER_OPTIONS, ...options.parser });
  try {
    return parser.parse(text);
  } catch (err) {
    throw new ImportError('corrupt', where.fileName, xmlPhrase(where, 'unparsable', { detail: (err as Error).message }));
  }
}

/**
 * Decodes XML bytes: UTF-8 (BOM optional) or UTF-16 with a BOM, which is all OOXML and ODF allow in
 * practice. Invalid UTF-8 is an error rather than silently replaced text.
 */
export function decodeXmlBytes(bytes: Uint8Array, where: XmlLocation): string {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  try {
    // TextDecoder drops the BOM of its own encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('corrupt', where.fileName, xmlPhrase(where, 'badEncoding', { encoding: encoding.toUpperCase() }));
  }
}
