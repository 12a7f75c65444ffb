import englishErrors from '../../../resources/locales/en/errors.json';
import { fillPlaceholders, type Phrase, type PhraseParams } from '../../../shared/api/phrase';

/** A key of the errors catalogue (resources/locales/<lang>/errors.json): a wrong key does not compile. */
export type ErrorPhraseKey = keyof typeof englishErrors;

const ENGLISH: Record<ErrorPhraseKey, string> = englishErrors;

/**
 * A refusal or warning as a phrase of the errors catalogue, worded in English for the command line and
 * logs; the interface words it again from the key in the researcher's language. The English catalogue
 * is bundled (imported, not read at run time) so the import's parse workers have it too.
 */
export function errorPhrase(key: ErrorPhraseKey, params: PhraseParams = {}): Phrase {
  return { key, params, english: fillPlaceholders(ENGLISH[key], params) };
}

/** A size as a message shows it: "30 MB", "2.5 KB", "512 B" (whole numbers stay whole). */
function sizeText(bytes: number): string {
  const [value, unit] = bytes >= 1048576 ? [bytes / 1048576, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** The refusal of a file over the size limit (the same words for every kind of file). */
export function tooLargePhrase(bytes: number, maxBytes: number): Phrase {
  return errorPhrase('errors.import.tooLarge', { size: sizeText(bytes), max: sizeText(maxBytes) });
}

/**
 * A document (Word, ODT) or web page with no text to import, naming the images it skipped: the
 * researcher may have expected a scanned page or a picture of text to come in.
 */
export function noTextPhrase(what: 'document' | 'page', images: number): Phrase {
  const key = what === 'page' ? 'errors.import.noTextPage' : 'errors.import.noTextDocument';
  return images > 0 ? errorPhrase(`${key}Images`, { images }) : errorPhrase(key);
}
