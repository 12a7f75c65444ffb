import type { Code } from '../../../shared/api/methods/code-methods';
import { t } from '../i18n/i18n';

/** The hover text of a code: its counts, then definition, inclusion, exclusion and example. */
export function codeTooltip(code: Code, totalCodings: number): string {
  const lines = [code.name, t('codebook.counts', { codings: code.codingCount, sources: code.sourceCount })];
  if (totalCodings !== code.codingCount) lines.push(t('codebook.countsWithSubcodes', { codings: totalCodings }));
  const parts: [string, string][] = [
    ['codebook.field.description', code.description],
    ['codebook.field.inclusion', code.inclusion],
    ['codebook.field.exclusion', code.exclusion],
    ['codebook.field.example', code.example],
  ];
  for (const [key, value] of parts) if (value.trim()) lines.push(`${t(key)}: ${value.trim()}`);
  return lines.join('\n');
}
