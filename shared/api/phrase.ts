import { z } from 'zod';

/**
 * Words for the researcher, kept as a catalogue key and the values of its {placeholders}, with their
 * English wording beside them. The interface words a phrase in its own language from the key; the
 * command line, logs and scripts read `english`. Values that are themselves technical text (a zip
 * reader's complaint, an XML parser's message) stay as they came.
 */
export const Phrase = z.object({
  key: z.string().min(1).max(200),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  english: z.string(),
});
export type Phrase = z.infer<typeof Phrase>;

export type PhraseParams = Phrase['params'];

/**
 * Fills a catalogue template: {name} takes the value of `name`; {name|one|other} takes `one` when that
 * value is 1 and `other` otherwise ("{n} {n|image|images}"), for languages that inflect. A placeholder
 * without a value stays as written.
 */
export function fillPlaceholders(template: string, params: PhraseParams = {}): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (m, name: string, one?: string, other?: string) => {
    if (!(name in params)) return m;
    const value = params[name]!;
    if (one === undefined) return String(value);
    return value === 1 ? one : other!;
  });
}
