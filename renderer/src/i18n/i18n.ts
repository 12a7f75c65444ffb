import { useSyncExternalStore } from 'react';
import { fillPlaceholders, type Phrase } from '../../../shared/api/phrase';

/**
 * The translation catalogue: resources/locales/<lang>/<area>.json, one file per area of the app
 * (keys prefixed by the area: "shell.*", "document.*", "analysis.*"), English and Indonesian
 * complete. The OS locale picks the default; a setting (kept in localStorage) switches it.
 */
export type Language = 'en' | 'id';
export const LANGUAGES: Language[] = ['en', 'id'];

type Catalogue = Record<string, string>;

const files = import.meta.glob('../../../resources/locales/*/*.json', { eager: true, import: 'default' }) as Record<string, Catalogue>;

function load(): Record<Language, Catalogue> {
  const out: Record<Language, Catalogue> = { en: {}, id: {} };
  for (const [file, entries] of Object.entries(files)) {
    const lang = /locales\/([a-z]+)\//.exec(file)?.[1] as Language | undefined;
    if (lang && lang in out) Object.assign(out[lang], entries);
  }
  return out;
}

export const catalogues = load();

const STORAGE_KEY = 'telaah.language';

function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'id') return saved;
  } catch {
    // storage may be unavailable
  }
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return nav.toLowerCase().startsWith('id') || nav.toLowerCase().startsWith('ms') ? 'id' : 'en';
}

let current: Language = initialLanguage();
const listeners = new Set<() => void>();

export function getLanguage(): Language {
  return current;
}

export function setLanguage(lang: Language): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; still switches
  }
  document.documentElement.lang = lang;
  for (const l of listeners) l();
}

/** Re-renders the component when the language changes; returns the current language. */
export function useLanguage(): Language {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
  );
}

/**
 * Translates `key`, filling {name} placeholders from `params`. A key missing from the current
 * language falls back to English, then to the key itself (tests check that none is missing).
 */
export function t(key: string, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(catalogues[current][key] ?? catalogues.en[key] ?? key, params);
}

/**
 * A phrase from the core in the interface's language; its English wording when the catalogue lacks
 * the key (a core newer than the interface).
 */
export function phraseText(p: Phrase): string {
  return p.key in catalogues.en ? t(p.key, p.params) : p.english;
}
