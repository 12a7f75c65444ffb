import fs from 'node:fs';
import path from 'node:path';

/** A deterministic pseudo-random generator (mulberry32), so every bench run sees the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'saya kami puskesmas tenaga honorer pegawai pelatihan pekerjaan kepala bidan perawat pasien pelayanan ' +
  'administrasi farmasi laboratorium jam kerja gaji insentif kontrak daerah provinsi senior junior belajar ' +
  'keahlian dasar bidang tertentu ketanggapan menyelesaikan materi sesuai memahami kuantitas jumlah kualitas ' +
  'waktu lembur posyandu akreditasi laporan data sistem aplikasi simpus bpjs rujukan obat resep antrean ' +
  'karena tetapi jadi memang sudah belum sering kadang selalu biasanya waktu itu kemudian lalu dengan untuk ' +
  'dari yang ini itu ada tidak bisa harus perlu mau dulu nanti banyak sedikit cukup kurang lebih sangat'
).split(' ');

const SYLLABLES = 'ba be bi bo bu da de di do du ga gi gu ja ju ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu wa we ya yu an in un ang ung'.split(' ');

/**
 * A vocabulary ranked by frequency: the domain words first, then made-up Indonesian-looking words.
 * Words are drawn with Zipf's law (frequency ~ 1/rank), as in real speech, so that search and word
 * statistics meet the mix of very common and rare terms real transcripts have.
 */
function vocabulary(rand: () => number, size: number): string[] {
  const words = [...WORDS];
  const seen = new Set(words);
  while (words.length < size) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/** Cumulative Zipf weights for sampling by binary search. */
function zipfTable(n: number): Float64Array {
  const cum = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1);
    cum[i] = total;
  }
  for (let i = 0; i < n; i++) cum[i]! /= total;
  return cum;
}

function sample(cum: Float64Array, r: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface CorpusOptions {
  files: number;
  wordsPerFile: number;
  seed?: number;
  vocabularySize?: number;
}

/** Writes interview transcripts (Pewawancara/Informan turns) and returns their paths. */
export function writeCorpus(dir: string, o: CorpusOptions): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const rand = seededRandom(o.seed ?? 42);
  const vocab = vocabulary(rand, o.vocabularySize ?? 20_000);
  const cum = zipfTable(vocab.length);
  const paths: string[] = [];
  for (let f = 0; f < o.files; f++) {
    const lines: string[] = [`[TRANSKRIP SINTETIS ${f + 1}]`, ''];
    let words = 0;
    let turn = 0;
    while (words < o.wordsPerFile) {
      const n = 8 + Math.floor(rand() * (turn % 2 ? 120 : 25));
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(vocab[sample(cum, rand())]!);
      lines.push(`${turn % 2 ? 'Informan' : 'Pewawancara'}: ${parts.join(' ')}.`, '');
      words += n;
      turn++;
    }
    const p = path.join(dir, `wawancara-${String(f + 1).padStart(4, '0')}.txt`);
    fs.writeFileSync(p, lines.join('\n'));
    paths.push(p);
  }
  return paths;
}
