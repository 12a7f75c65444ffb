import { STATISTIC_FORMULAS, UNDEFINED_REASON_TEXT } from '../../../shared/analysis/agreement/formulas';
import type { StatisticValue } from '../../../shared/api/methods/review-methods';
import type { Language } from '../i18n/i18n';

/** A coefficient to 3 decimals, a percentage to 1; "—" when the statistic is not defined. */
export function formatStatistic(s: StatisticValue | null, lang: Language, percent = false): string {
  if (!s) return '';
  if (s.value === null) return '—';
  const n = percent ? s.value * 100 : s.value;
  const text = n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: percent ? 1 : 3, maximumFractionDigits: percent ? 1 : 3 });
  return percent ? `${text} %` : text;
}

/** What a result cell says on hover: the formula, the observed and chance terms, or why it is undefined. */
export function statisticTitle(s: StatisticValue | null, lang: Language): string {
  if (!s) return '';
  const f = STATISTIC_FORMULAS[s.statistic];
  const lines = [`${f.name[lang]}: ${f.formula[lang]}`];
  if (s.value === null && s.undefinedReason) lines.push(UNDEFINED_REASON_TEXT[s.undefinedReason][lang]);
  else if (s.observed !== null && s.expected !== null) lines.push(`observed = ${s.observed.toFixed(4)}, expected = ${s.expected.toFixed(4)}`);
  return lines.join('\n');
}
