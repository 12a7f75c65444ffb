import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { importSubtitles } from '../../../../electron/core/importers/subtitle-importer';
import { ImportError, type ImportedDocument } from '../../../../electron/core/importers/imported-document';
import { isCanonicalText } from '../../../../shared/text/canonical';
import { readFixture } from '../../../support/fixtures';

function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

function cueTexts(doc: ImportedDocument): string[] {
  return doc.blocks.map((b) => cpSlice(doc.text, b.start, b.end));
}

function load(file: string): ImportedDocument {
  return importSubtitles(readFixture('subtitles', file), file);
}

function refusal(file: string, bytes: Uint8Array = readFixture('subtitles', file)): ImportError {
  try {
    importSubtitles(bytes, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error(`${file} was expected to be refused`);
}

/** Every document: canonical, one line per cue, blocks tile the lines exactly. */
function expectCueLayout(doc: ImportedDocument): void {
  expect(isCanonicalText(doc.text)).toBe(true);
  expect(doc.text.split('\n')).toEqual(cueTexts(doc));
  for (const b of doc.blocks) {
    expect(b.kind).toBe('cue');
    expect(b.timeEndMs!).toBeGreaterThanOrEqual(b.timeStartMs!);
  }
}

interface ValidCase {
  file: string;
  count: number;
  first: [string, number, number];
  last: [string, number, number];
  warnings?: RegExp;
}

const valid: ValidCase[] = [
  { file: 'captions_with_bom.vtt', count: 4, first: ['Caption text #1', 500, 7000], last: ['Caption text #4', 16_320, 21_580] },
  { file: 'comments.vtt', count: 3, first: ['- Ta en kopp varmt te. - Det är inte varmt.', 135_000, 140_000], last: ['- Ta en kopp', 145_000, 150_000] },
  { file: 'cue_tags.vtt', count: 3, first: ['When the moon hits your eye', 16_500, 18_500], last: ["That's amore", 20_500, 21_500] },
  {
    file: 'invalid_timeframe_in_cue_text.vtt',
    count: 3,
    first: ['Caption text #1', 500, 7000],
    last: ['Caption text #3', 11_890, 16_320],
    warnings: /^1 cue has no text and was left out \(timing on line 6\)\.$/,
  },
  { file: 'metadata_headers.vtt', count: 2, first: ['Caption text #1', 500, 7000], last: ['Caption text #2', 7000, 11_890] },
  { file: 'metadata_headers_multiline.vtt', count: 2, first: ['Caption text #1', 500, 7000], last: ['Caption text #2', 7000, 11_890] },
  {
    file: 'missing_caption_text.vtt',
    count: 4,
    first: ['Caption text #1', 500, 7000],
    last: ['Caption text #5', 21_580, 23_880],
    warnings: /timing on line 6/,
  },
  {
    file: 'missing_caption_text.srt',
    count: 4,
    first: ['Caption text #1', 500, 7000],
    last: ['Caption text #5', 21_580, 23_880],
    warnings: /timing on line 6/,
  },
  { file: 'one_caption.srt', count: 1, first: ['Caption text #1', 500, 7000], last: ['Caption text #1', 500, 7000] },
  { file: 'one_caption.vtt', count: 1, first: ['Caption text #1', 500, 7000], last: ['Caption text #1', 500, 7000] },
  { file: 'sample.srt', count: 5, first: ['Caption text #1', 500, 7000], last: ['Caption text #5', 21_580, 23_880] },
  { file: 'sample.vtt', count: 16, first: ['Caption text #1', 500, 7000], last: ['Caption text #16', 61_350, 64_300] },
  { file: 'styles.vtt', count: 1, first: ['- Hello world.', 0, 10_000], last: ['- Hello world.', 0, 10_000] },
  {
    file: 'taguette-style-notes.vtt',
    count: 2,
    first: ['Hi there', 123, 3456],
    last: ['This is an example of a subtitle file in SRT format', 64_843, 65_428],
    warnings: /lines 18 and 21 use a comma before the milliseconds/,
  },
  {
    file: 'two_captions.sbv',
    count: 2,
    first: ['Caption text #1', 378, 11_378],
    last: ['Caption text #2 (line 1) Caption text #2 (line 2)', 11_378, 12_305],
  },
  { file: 'using_identifiers.vtt', count: 6, first: ['Caption text #1', 500, 7000], last: ['Caption text #6', 23_880, 27_280] },
  { file: 'youtube_dl.vtt', count: 4, first: ['yeah', 286_070, 286_470], last: ["this will happen is I'm telling", 305_069, 305_400] },
];

describe('importSubtitles: fixtures that import', () => {
  for (const c of valid) {
    it(`${c.file}: ${c.count} cues`, () => {
      const doc = load(c.file);
      expectCueLayout(doc);
      expect(doc.format).toBe(c.file.slice(-3));
      expect(doc.blocks).toHaveLength(c.count);
      const texts = cueTexts(doc);
      const [first, last] = [doc.blocks[0]!, doc.blocks[doc.blocks.length - 1]!];
      expect([texts[0], first.timeStartMs, first.timeEndMs]).toEqual(c.first);
      expect([texts[texts.length - 1], last.timeStartMs, last.timeEndMs]).toEqual(c.last);
      if (c.warnings) expect(doc.warnings.map((w) => w.english).join('\n')).toMatch(c.warnings);
      else expect(doc.warnings).toEqual([]);
    });
  }

  it('strips inline timestamps and class tags as webvtt-py does (youtube_dl.vtt cue 3, cue_tags.vtt cue 2)', () => {
    expect(cueTexts(load('youtube_dl.vtt'))[1]).toBe('yeah what');
    expect(cueTexts(load('youtube_dl.vtt'))[2]).toBe("this will happen is I'm telling");
    expect(cueTexts(load('cue_tags.vtt'))[1]).toBe('Like a big-a pizza pie');
  });

  it('skips cue identifiers, NOTE blocks and the header title', () => {
    const doc = load('comments.vtt');
    expect(doc.text).not.toMatch(/Kyle|translate|Translation|^\d$/m);
    expect(load('using_identifiers.vtt').text).not.toContain('second caption');
    expect(load('styles.vtt').text).not.toContain('papayawhip');
  });

  it('imports a header-only WebVTT file as an empty source with a warning (no_captions.vtt)', () => {
    const doc = load('no_captions.vtt');
    expect(doc.text).toBe('');
    expect(doc.blocks).toEqual([]);
    expect(doc.warnings.map((w) => w.english)).toEqual(['The file has no cues: the source is empty.']);
  });
});

describe('importSubtitles: fixtures that are refused', () => {
  const invalid: [string, string, RegExp][] = [
    ['empty.vtt', 'empty', /^empty\.vtt: the file is empty \(0 bytes\)$/],
    ['invalid.vtt', 'invalid-subtitle', /^invalid\.vtt: line 1: missing the "WEBVTT" header .*found "00:00:00\.500 --> 00:00:07\.000"/],
    ['invalid_format.sbv', 'invalid-subtitle', /^invalid_format\.sbv: line 1: "some text" is not part of any cue/],
    ['invalid_format1.srt', 'invalid-subtitle', /^invalid_format1\.srt: line 1: cue 1 has no timing line/],
    ['invalid_format2.srt', 'invalid-subtitle', /^invalid_format2\.srt: line 1: "some text" is not part of any cue/],
    ['invalid_format3.srt', 'invalid-subtitle', /^invalid_format3\.srt: line 2: cue 1 has no timing line .*found "some text" instead/],
    ['invalid_format4.srt', 'invalid-subtitle', /^invalid_format4\.srt: line 1: "some text" is not part of any cue/],
    ['invalid_timeframe.sbv', 'invalid-subtitle', /^invalid_timeframe\.sbv: line 7: invalid timing "0:00:13\.f89,0:00:15\.489"/],
    ['invalid_timeframe.srt', 'invalid-subtitle', /^invalid_timeframe\.srt: line 6: invalid timing .*"00:00:11\.890" is not an SRT time .*comma, not a full stop/],
    ['invalid_timeframe.vtt', 'invalid-subtitle', /^invalid_timeframe\.vtt: line 6: invalid timing "00:00:07\.000 --> 00:00:1d\.890": "00:00:1d\.890" is not a time/],
    ['missing_timeframe.sbv', 'invalid-subtitle', /^missing_timeframe\.sbv: line 4: "Caption text #2" is not part of any cue/],
    ['missing_timeframe.srt', 'invalid-subtitle', /^missing_timeframe\.srt: line 6: cue 2 has no timing line .*found "Caption text #2"/],
    ['missing_timeframe.vtt', 'invalid-subtitle', /^missing_timeframe\.vtt: line 6: "Caption text #2" is not part of any cue: the timing line .* is missing/],
    // The last cue of webvtt-py's SBV samples ends before it starts (0:00:17.484,0:00:16.543).
    ['sample.sbv', 'invalid-subtitle', /^sample\.sbv: line 14: the cue ends \(00:00:16\.543\) before it starts \(00:00:17\.484\)\.$/],
    ['missing_caption_text.sbv', 'invalid-subtitle', /^missing_caption_text\.sbv: line 12: the cue ends \(00:00:16\.543\) before it starts/],
  ];
  for (const [file, code, message] of invalid) {
    it(`${file}: ${code}`, () => {
      const e = refusal(file);
      expect(e.code).toBe(code);
      expect(e.fileName).toBe(file);
      expect(e.message).toMatch(message);
    });
  }
});

describe('importSubtitles: encodings', () => {
  for (const [file, encoding] of [
    ['UTF-16__bom-utf-16-be.srt', 'UTF-16BE'],
    ['UTF-16__bom-utf-16-le.srt', 'UTF-16LE'],
    ['UTF-32__bom-utf-32-le.srt', 'UTF-32LE'],
    ['utf-8-sig__bom-utf-8.srt', 'UTF-8'],
  ] as const) {
    it(`${file} reads as ${encoding} with its 7 cues`, () => {
      const doc = importSubtitles(readFixture('encodings', 'chardet', file), file);
      expectCueLayout(doc);
      expect(doc.encoding).toBe(encoding);
      expect(doc.blocks).toHaveLength(7);
      expect(cueTexts(doc)[0]).toBe('About 2 months ago I found myself on the comment section of YouTube');
      expect(doc.blocks[0]).toMatchObject({ timeStartMs: 6500, timeEndMs: 9000 });
      expect(cueTexts(doc)[1]).toBe('And I was commenting, unfortunately I was commenting, on a video about the famous Ayn Rand');
      expect(doc.blocks[6]).toMatchObject({ timeStartMs: 43_000, timeEndMs: 50_000 });
    });
  }

  it('reads a windows-1252 SRT with smart quotes', () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:02,000\r\nDia bilang “ya” – lalu pergi…\r\n';
    const doc = importSubtitles(new Uint8Array(iconv.encode(srt, 'windows-1252')), 'id.srt');
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.text).toBe('Dia bilang “ya” – lalu pergi…');
  });
});

describe('importSubtitles: speakers and markup', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it('turns voice tags into speakers written before the text', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:03.000',
      '<v Pewawancara>Selamat <i>pagi</i>, Bu.</v>',
      '',
      '00:00:03.500 --> 00:00:06.000',
      '<v.informan Ibu Sari>Pagi &amp; salam 😀</v>',
      '',
      '00:00:06.000 --> 00:00:08.000',
      '<v Pewawancara>Lanjut?',
      '<v Ibu Sari>Silakan.',
    ].join('\n');
    const doc = importSubtitles(enc(vtt), 'wawancara.vtt');
    expectCueLayout(doc);
    expect(doc.text).toBe('Pewawancara: Selamat pagi, Bu.\nIbu Sari: Pagi & salam 😀\nPewawancara: Lanjut? Ibu Sari: Silakan.');
    expect(doc.blocks.map((b) => b.speaker)).toEqual(['Pewawancara', 'Ibu Sari', 'Pewawancara']);
    expect(doc.blocks.map((b) => cpSlice(doc.text, b.bodyStart, b.end))).toEqual([
      'Selamat pagi, Bu.',
      'Pagi & salam 😀',
      'Lanjut? Ibu Sari: Silakan.',
    ]);
  });

  it('reads recurring "NAME:" labels in cue text as speakers, but not bracketed sound notes', () => {
    const srt = [
      '1', '00:00:01,000 --> 00:00:02,000', 'INTERVIEWER: How did it start?', '',
      '2', '00:00:02,000 --> 00:00:04,000', '[Music]', '',
      '3', '00:00:04,000 --> 00:00:06,000', 'Informan 1: It started in 2015,', '',
      '4', '00:00:06,000 --> 00:00:07,000', 'with a small loan.', '',
      '5', '00:00:07,000 --> 00:00:08,000', 'INTERVIEWER: <i>And then?</i>', '',
    ].join('\n');
    const doc = importSubtitles(enc(srt), 'talk.srt');
    expect(doc.blocks.map((b) => b.speaker ?? null)).toEqual(['INTERVIEWER', null, 'Informan 1', null, 'INTERVIEWER']);
    expect(cpSlice(doc.text, doc.blocks[4]!.bodyStart, doc.blocks[4]!.end)).toBe('And then?');
  });

  it('does not make a speaker from a single "Note:" cue', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nNote: this is important\n\n2\n00:00:02,000 --> 00:00:03,000\nYes it is\n';
    const doc = importSubtitles(enc(srt), 'note.srt');
    expect(doc.blocks.every((b) => b.speaker === undefined && b.bodyStart === b.start)).toBe(true);
  });

  it('strips SRT font tags and ASS overrides, decodes character references', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<font color="#ffff00">Awas</font> &lt;panas&gt; &#8220;x&#x201D;\n';
    expect(importSubtitles(enc(srt), 'f.srt').text).toBe('Awas <panas> “x”');
  });

  it('tolerates an SRT without cue numbers and a forgotten blank line before the next cue', () => {
    const srt = '00:00:01,000 --> 00:00:02,000\nsatu\n2\n00:00:02,000 --> 00:00:03,000\ndua\n';
    const doc = importSubtitles(enc(srt), 'x.srt');
    expect(cueTexts(doc)).toEqual(['satu', 'dua']);
  });

  it('reads hours above 99 and WebVTT times without hours', () => {
    const vtt = 'WEBVTT\n\n01:02.500 --> 100:00:00.000 align:start\nlama sekali\n';
    expect(importSubtitles(enc(vtt), 'x.vtt').blocks[0]).toMatchObject({ timeStartMs: 62_500, timeEndMs: 360_000_000 });
  });

  it('suggests renaming an SRT file saved as .vtt', () => {
    const e = refusal('transkrip.vtt', enc('1\n00:00:01,000 --> 00:00:02,000\nhalo\n'));
    expect(e.message).toMatch(/^transkrip\.vtt: line 1: missing the "WEBVTT" header .*looks like SRT: rename it to \.srt/);
  });

  it('refuses an end before a start in WebVTT and SRT with the line', () => {
    expect(refusal('a.vtt', enc('WEBVTT\n\nNOTE x\n\n00:00:05.000 --> 00:00:04.000\nhalo\n')).message).toBe(
      'a.vtt: line 5: the cue ends (00:00:04.000) before it starts (00:00:05.000).',
    );
    expect(refusal('a.srt', enc('1\n00:00:05,000 --> 00:00:04,000\nhalo\n')).message).toMatch(/^a\.srt: line 2: the cue ends/);
  });

  it('refuses a file of blank lines as empty and a non-subtitle name as unsupported', () => {
    expect(refusal('blank.srt', enc('\n \n\t\n')).code).toBe('empty');
    expect(refusal('notes.txt', enc('WEBVTT\n')).code).toBe('unsupported-type');
  });
});
