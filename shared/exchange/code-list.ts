import { childNamed, type ParsedCodebook } from './codebook-entry';

/**
 * The plain code list QualCoder imports: one code per line, levels joined by `>>`
 * (`cat3>>cat2>>code4`), optionally a tab and a memo that becomes the code's description (QualCoder's
 * code memo is what it exports as the REFI-QDA description). Text must already be decoded; line ends
 * may be CRLF, CR or LF. Blank lines are skipped; empty levels (`a>>>>b`) are reported and ignored.
 */
export function parseCodeList(text: string, fileName: string): ParsedCodebook {
  const parsed: ParsedCodebook = { entries: [], warnings: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const where = `${fileName}, line ${i + 1}`;
    if (raw.trim() === '') return;
    const tab = raw.indexOf('\t');
    const pathPart = tab >= 0 ? raw.slice(0, tab) : raw;
    const memo = tab >= 0 ? raw.slice(tab + 1).trim() : '';
    const levels = pathPart.split('>>').map((l) => l.trim());
    if (levels.some((l) => l === '')) {
      parsed.warnings.push(`${where}: an empty level in "${pathPart}" was ignored`);
    }
    const names = levels.filter((l) => l !== '');
    if (names.length === 0) {
      parsed.warnings.push(`${where}: no code name; the line was skipped`);
      return;
    }
    let list = parsed.entries;
    let entry = null;
    for (const name of names) {
      entry = childNamed(list, name, where);
      list = entry.children;
    }
    if (entry && memo) {
      if (entry.description && entry.description !== memo) {
        parsed.warnings.push(`${where}: "${names.join('>>')}" is listed twice; the later memo was added to its description`);
        entry.description = `${entry.description}\n\n${memo}`;
      } else entry.description = memo;
    }
  });
  return parsed;
}
