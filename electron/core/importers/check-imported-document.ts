/**
 * The invariants every importer's result must hold before it is stored (see imported-document.ts):
 * canonical text; blocks in order, not overlapping, inside the text, `start <= bodyStart <= end`;
 * levels positive integers; times non-negative. Returns the first violation found, or null.
 */
import { isCanonicalText } from '../../../shared/text/canonical';
import { codePointLength } from '../../../shared/text/code-points';
import { isBlockKind } from '../../../shared/text/block-kinds';
import type { ImportedDocument } from './imported-document';


export function findDocumentViolation(doc: ImportedDocument): string | null {
  if (!isCanonicalText(doc.text)) return 'the text is not canonical (BOM, CR or non-NFC characters left)';
  const length = codePointLength(doc.text);
  let previousEnd = 0;
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    const where = `block ${i + 1} [${b.start}, ${b.end})`;
    if (![b.start, b.end, b.bodyStart].every((n) => Number.isInteger(n))) return `${where} has a non-integer offset`;
    if (!isBlockKind(b.kind)) return `${where} has an unknown kind "${b.kind}"`;
    if (b.start < previousEnd) return `${where} starts before the previous block ends (${previousEnd})`;
    if (!(b.start <= b.bodyStart && b.bodyStart <= b.end)) return `${where} has its body start ${b.bodyStart} outside the block`;
    if (b.end > length) return `${where} ends past the text (${length} code points)`;
    if (b.level !== undefined && !(Number.isInteger(b.level) && b.level >= 1)) return `${where} has level ${b.level}`;
    for (const t of [b.timeStartMs, b.timeEndMs]) {
      if (t !== undefined && !(Number.isFinite(t) && t >= 0)) return `${where} has a negative or invalid time`;
    }
    previousEnd = b.end;
  }
  return null;
}
