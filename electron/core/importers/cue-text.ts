/**
 * Cue text as a researcher reads it: markup removed, one line.
 *
 * Removed: every WebVTT/HTML tag (<i>, <b>, <u>, <c.class>, <lang en>, <ruby>/<rt>, </...>), inline
 * timestamps (<00:00:01.000>), SRT font tags and ASS overrides ({\an8}). Character references are
 * decoded (&amp; &lt; &gt; &nbsp; &lrm; &rlm; &#39; &#x27;). Lines are trimmed, runs of spaces/tabs
 * become one space, empty lines dropped, and the lines of one cue are joined with a single space:
 * line breaks inside a cue are display layout, not meaning, and one line per cue keeps the canonical
 * text a clean list of cues.
 *
 * Voice tags (<v Roger>, <v.loud Roger>) name the speaker. The first voice is the cue's speaker; a
 * later line with a different voice gets "Name: " written before it so no attribution is lost.
 */
export interface CueText {
  text: string;
  voice?: string;
}

const VOICE = /<v(?:\.[^\s>]*)?[ \t]+([^>]*)>/;

export function cleanCueText(lines: readonly string[]): CueText {
  let voice: string | undefined;
  const parts: string[] = [];
  for (const raw of lines) {
    const v = VOICE.exec(raw)?.[1]?.trim();
    // Runs of spaces and tabs become one space; a no-break space (&nbsp;) is kept as written.
    let line = decodeEntities(stripMarkup(raw)).replace(/[ \t]+/g, ' ').trim();
    if (line === '') continue;
    if (v) {
      if (voice === undefined && parts.length === 0) voice = v;
      else if (v !== voice) line = `${v}: ${line}`;
    }
    parts.push(line);
  }
  const text = parts.join(' ');
  return voice === undefined ? { text } : { text, voice };
}

function stripMarkup(line: string): string {
  return line.replace(/<[^>\n]*>/g, '').replace(/\{\\[^}]*\}/g, '');
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: '\u00A0',
  lrm: '\u200E',
  rlm: '\u200F',
  quot: '"',
  apos: "'",
};

function decodeEntities(line: string): string {
  return line.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]+);/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : all;
    }
    return NAMED[ref] ?? all;
  });
}
