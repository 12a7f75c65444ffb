import { ApiError } from '../../../shared/api/errors';
import { phraseText } from './i18n';

/**
 * What went wrong, for the researcher: an API error that carries its reason as a phrase is worded in
 * the interface's language (with the file it names, when it names one); anything else shows its
 * message as it came.
 */
export function errorText(err: unknown): string {
  if (err instanceof ApiError && err.reason) {
    const file = (err.details as { file?: unknown } | undefined)?.file;
    const why = phraseText(err.reason);
    return typeof file === 'string' ? `${file}: ${why}` : why;
  }
  return err instanceof Error ? err.message : String(err);
}
