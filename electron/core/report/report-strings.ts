import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillPlaceholders } from '../../../shared/api/phrase';
import type { ReportLanguage } from '../../../shared/api/methods/report-methods';

/** Fills {name} placeholders; a key missing from the language falls back to English, then to the key. */
export type ReportTranslate = (key: string, params?: Record<string, string | number>) => string;

function localesDir(): string {
  const resources = process.env.TELAAH_RESOURCES ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources');
  return path.join(resources, 'locales');
}

const cache = new Map<string, Record<string, string>>();

/** One catalogue file of one language (resources/locales/<lang>/<name>.json), read once. */
export function localeCatalogue(lang: ReportLanguage, name: string): Record<string, string> {
  const file = path.join(localesDir(), lang, `${name}.json`);
  let entries = cache.get(file);
  if (!entries) {
    try {
      entries = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch (err) {
      throw new Error(`Cannot read the translations ${file}: ${(err as Error).message}`);
    }
    cache.set(file, entries);
  }
  return entries;
}

/** The report catalogue of one language (resources/locales/<lang>/report.json). */
export function reportCatalogue(lang: ReportLanguage): Record<string, string> {
  return localeCatalogue(lang, 'report');
}

/**
 * The report's own language, chosen independently of the UI's: a student may work in English and
 * hand an Indonesian report to the supervisor.
 */
export function reportTranslator(lang: ReportLanguage): ReportTranslate {
  const own = reportCatalogue(lang);
  const en = lang === 'en' ? own : reportCatalogue('en');
  return (key, params = {}) => {
    return fillPlaceholders(own[key] ?? en[key] ?? key, params);
  };
}

/** Numbers and dates in the report's language (Indonesian writes 1.234 and 5 Maret 2024). */
export function reportFormats(lang: ReportLanguage) {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    integer: (n: number) => integer.format(n),
    decimal: (n: number) => decimal.format(n),
    /** An ISO date or timestamp as a long date; anything unparsable is shown as given. */
    date: (iso: string) => {
      const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(d.getTime()) ? iso : date.format(d);
    },
  };
}
export type ReportFormats = ReturnType<typeof reportFormats>;
