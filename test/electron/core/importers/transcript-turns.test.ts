import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chooseSpeakerLabels,
  detectTurnBlocks,
  matchTurnLabel,
  paragraphBlocks,
  parseLooseTimestamp,
} from '../../../../electron/core/importers/transcript-turns';
import type { ImportedBlock } from '../../../../electron/core/importers/imported-document';
import { canonicalizeText } from '../../../../shared/text/canonical';
import { fixturePath } from '../../../support/fixtures';

/** Text of [start, end) in code points. */
function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

function bodies(text: string, blocks: ImportedBlock[]): string[] {
  return blocks.map((b) => cpSlice(text, b.bodyStart, b.end));
}

function expectWellFormed(text: string, blocks: ImportedBlock[]): void {
  const n = Array.from(text).length;
  let prevEnd = 0;
  for (const b of blocks) {
    expect(b.start).toBeGreaterThanOrEqual(prevEnd);
    expect(b.start).toBeLessThanOrEqual(b.bodyStart);
    expect(b.bodyStart).toBeLessThanOrEqual(b.end);
    expect(b.end).toBeLessThanOrEqual(n);
    expect(cpSlice(text, b.start, b.end)).not.toContain('\n');
    prevEnd = b.end;
  }
}

describe('matchTurnLabel', () => {
  const cases: [string, string, string, number?][] = [
    ['Pewawancara: Selamat pagi, Bu.', 'Pewawancara', 'Selamat pagi, Bu.'],
    ['Informan 1: Pagi juga.', 'Informan 1', 'Pagi juga.'],
    ['Informan: Iya.', 'Informan', 'Iya.'],
    ['P: Sudah berapa lama?', 'P', 'Sudah berapa lama?'],
    ['I: Lima tahun.', 'I', 'Lima tahun.'],
    ['R1: Setuju.', 'R1', 'Setuju.'],
    ['Interviewer: How long?', 'Interviewer', 'How long?'],
    ['[id1] hello, I like the course.', 'id1', 'hello, I like the course.'],
    ['[Nama]: halo', 'Nama', 'halo'],
    ['BUDI: Saya tidak tahu.', 'BUDI', 'Saya tidak tahu.'],
    ['Ibu Sri Wahyuni: Betul sekali.', 'Ibu Sri Wahyuni', 'Betul sekali.'],
    ['Peneliti (AS): Baik.', 'Peneliti (AS)', 'Baik.'],
    ['[00:01:23] Pewawancara: Baik.', 'Pewawancara', 'Baik.', 83_000],
    ['Pewawancara (12:03): Baik.', 'Pewawancara', 'Baik.', 723_000],
    ['Informan 2: [00:02:03.500] Saya kira begitu.', 'Informan 2', 'Saya kira begitu.', 123_500],
    ['00:01:23 I: Oke.', 'I', 'Oke.', 83_000],
    ['**P:** Mulai?', 'P', 'Mulai?'],
    ['Narasumber：ya', 'Narasumber', 'ya'],
  ];
  for (const [line, speaker, body, time] of cases) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const label = matchTurnLabel(line);
      expect(label).not.toBeNull();
      expect(label!.speaker).toBe(speaker);
      expect(line.slice(label!.bodyIndex)).toBe(body);
      expect(label!.timeMs).toBe(time);
    });
  }
  for (const line of [
    'http://contoh.id/wawancara',
    'Pukul 10:30 kami berangkat.',
    'Alasan utama yang paling sering disebut adalah: biaya.',
    '[link](http://a.b)',
    '[12] Smith, 2003.',
    '12:30: rapat dimulai',
    '- butir daftar: isi',
  ]) {
    it(`finds no label in ${JSON.stringify(line)}`, () => expect(matchTurnLabel(line)).toBeNull());
  }
});

describe('parseLooseTimestamp', () => {
  it('reads hours, minutes, seconds and fractions', () => {
    expect(parseLooseTimestamp('[01:02:03]')).toBe(3_723_000);
    expect(parseLooseTimestamp('(12:03)')).toBe(723_000);
    expect(parseLooseTimestamp('00:00:01,5')).toBe(1_500);
    expect(parseLooseTimestamp('00:61')).toBeUndefined();
  });
});

describe('detectTurnBlocks on the QualCoder transcript fixture', () => {
  const text = canonicalizeText(readFileSync(fixturePath('documents', 'transcript.txt'), 'utf8'));
  const blocks = detectTurnBlocks(text);

  it('gives one turn per labelled paragraph, speakers id1..id3 in order', () => {
    expectWellFormed(text, blocks);
    expect(blocks).toHaveLength(7);
    expect(blocks.every((b) => b.kind === 'turn')).toBe(true);
    expect(blocks.map((b) => b.speaker)).toEqual(['id1', 'id2', 'id3', 'id1', 'id3', 'id1', 'id2']);
  });

  it('starts each body after "[idN] " and ends each block at the end of its line', () => {
    const b = bodies(text, blocks);
    expect(b[0]).toMatch(/^hello, I like the course\. It really helped me/);
    expect(b[0]).toMatch(/complexities of life in the past\.$/);
    expect(b[6]).toBe('Hmm, I will ask the tutor for more help as I am really struggling.');
    expect(cpSlice(text, blocks[1]!.start, blocks[1]!.bodyStart)).toBe('[id2] ');
  });
});

describe('detectTurnBlocks on Indonesian transcripts', () => {
  it('attributes continuation paragraphs to the speaker and leaves the header without one', () => {
    const text = [
      'Wawancara 3 — Bandung, 12 Mei 2023',
      '',
      'Pewawancara: Selamat pagi, Bu. Boleh diceritakan awal mula usaha Ibu?',
      '',
      'Informan 1: Pagi. Jadi awalnya saya jualan kue dari rumah, tahun 2015.',
      '',
      'Waktu itu modalnya cuma dua ratus ribu. Suami yang bantu antar pesanan.',
      '',
      '[00:05:10] Lalu pas pandemi, semua pindah ke online.',
      '',
      'Pewawancara: Apa tantangan terbesarnya?',
      '',
      'Informan 1: Ongkos kirim, Mbak. 😅 Itu paling berat.',
    ].join('\n');
    const blocks = detectTurnBlocks(text);
    expectWellFormed(text, blocks);
    expect(blocks.map((b) => [b.kind, b.speaker])).toEqual([
      ['paragraph', undefined],
      ['turn', 'Pewawancara'],
      ['turn', 'Informan 1'],
      ['turn', 'Informan 1'],
      ['turn', 'Informan 1'],
      ['turn', 'Pewawancara'],
      ['turn', 'Informan 1'],
    ]);
    // Continuations have no label: the body starts at the block start.
    expect(blocks[3]!.bodyStart).toBe(blocks[3]!.start);
    expect(blocks[4]!.timeStartMs).toBe(310_000);
    expect(bodies(text, blocks)).toEqual([
      'Wawancara 3 — Bandung, 12 Mei 2023',
      'Selamat pagi, Bu. Boleh diceritakan awal mula usaha Ibu?',
      'Pagi. Jadi awalnya saya jualan kue dari rumah, tahun 2015.',
      'Waktu itu modalnya cuma dua ratus ribu. Suami yang bantu antar pesanan.',
      'Lalu pas pandemi, semua pindah ke online.',
      'Apa tantangan terbesarnya?',
      'Ongkos kirim, Mbak. 😅 Itu paling berat.',
    ]);
  });

  it('counts offsets in code points past emoji and combining marks', () => {
    const text = 'P: 👩🏽‍🌾 petani?\nI: Iya, saya café-nya 😀.\nP: Oke.';
    const blocks = detectTurnBlocks(text);
    expect(bodies(text, blocks)).toEqual(['👩🏽‍🌾 petani?', 'Iya, saya café-nya 😀.', 'Oke.']);
    expect(blocks[2]!.end).toBe(Array.from(text).length);
  });

  it('reads timestamped P/I turns without blank lines between them', () => {
    const text = [
      '[00:00:05] P: Sudah berapa lama jadi guru honorer?',
      '[00:00:09] I: Sudah delapan tahun.',
      '[00:00:15] P: Gajinya cukup?',
      '[00:00:17] I: Jauh dari cukup, Pak.',
    ].join('\n');
    const blocks = detectTurnBlocks(text);
    expect(blocks.map((b) => [b.speaker, b.timeStartMs])).toEqual([
      ['P', 5_000],
      ['I', 9_000],
      ['P', 15_000],
      ['I', 17_000],
    ]);
    expect(bodies(text, blocks)[3]).toBe('Jauh dari cukup, Pak.');
  });

  it('reads a focus group with capitalised names and multi-word names', () => {
    const text = [
      'MODERATOR: Silakan perkenalkan diri.',
      'Ibu Sri Wahyuni: Saya Sri, kader posyandu.',
      'PAK BUDI: Saya Budi, ketua RT.',
      'Ibu Sri Wahyuni: Kami sering kerja bareng.',
      'MODERATOR: Terima kasih.',
    ].join('\n');
    expect(detectTurnBlocks(text).map((b) => b.speaker)).toEqual([
      'MODERATOR',
      'Ibu Sri Wahyuni',
      'PAK BUDI',
      'Ibu Sri Wahyuni',
      'MODERATOR',
    ]);
  });

  it('does not turn an essay with a "Catatan:" or "Note:" line into a transcript', () => {
    const text = [
      'Penelitian ini membahas ketahanan pangan di tingkat desa.',
      '',
      'Catatan: data tahun 2020 tidak lengkap.',
      '',
      'Kami mewawancarai dua belas kepala keluarga di tiga dusun.',
      '',
      'Hasilnya menunjukkan pola yang berbeda antar dusun.',
      '',
      'Note: the English summary follows.',
      '',
      'Kesimpulan akhir ada di bagian lima.',
    ].join('\n');
    const blocks = detectTurnBlocks(text);
    expect(blocks).toHaveLength(6);
    expect(blocks.every((b) => b.kind === 'paragraph' && b.speaker === undefined && b.bodyStart === b.start)).toBe(true);
  });

  it('does not treat a memo with bold headings ending in colons as a transcript', () => {
    const text = canonicalizeText(readFileSync(fixturePath('documents', 'project_memo.txt'), 'utf8'));
    const blocks = detectTurnBlocks(text);
    expect(blocks.length).toBe(8);
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('ignores a lone "Ya:" inside an answer but keeps recurring speakers', () => {
    const text = ['P: Jadi bagaimana?', 'I: Begini.', 'Ya: itu maksud saya.', 'P: Oke.'].join('\n');
    const blocks = detectTurnBlocks(text);
    expect(blocks.map((b) => b.speaker)).toEqual(['P', 'I', 'I', 'P']);
    expect(blocks[2]!.bodyStart).toBe(blocks[2]!.start);
  });

  it('paragraphBlocks never makes turns', () => {
    const text = 'P: satu\nI: dua\nP: tiga';
    const blocks = paragraphBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('makes heading blocks that end a turn when asked', () => {
    const text = '# Sesi 1\nP: satu\nlanjutan\n# Sesi 2\nlain\nI: dua\nP: tiga';
    const blocks = detectTurnBlocks(text, { headingLevel: (l) => (l.startsWith('# ') ? 1 : null) });
    expect(blocks.map((b) => [b.kind, b.speaker ?? null])).toEqual([
      ['heading', null],
      ['turn', 'P'],
      ['turn', 'P'],
      ['heading', null],
      ['paragraph', null],
      ['turn', 'I'],
      ['turn', 'P'],
    ]);
  });
});

describe('chooseSpeakerLabels', () => {
  it('needs at least two labelled lines with text', () => {
    const one = [matchTurnLabel('Informan 1: ya'), null, null];
    expect(chooseSpeakerLabels(one, { minShare: 0 })).toEqual([false, false, false]);
    const two = [matchTurnLabel('Informan 1: ya'), matchTurnLabel('Informan 1: tidak')];
    expect(chooseSpeakerLabels(two, { minShare: 0.25 })).toEqual([true, true]);
  });
});
