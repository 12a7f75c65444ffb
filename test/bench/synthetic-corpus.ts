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

export interface CorpusOptions {
  files: number;
  wordsPerFile: number;
  seed?: number;
}

/** Writes interview transcripts (Pewawancara/Informan turns) and returns their paths. */
export function writeCorpus(dir: string, o: CorpusOptions): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const rand = seededRandom(o.seed ?? 42);
  const paths: string[] = [];
  for (let f = 0; f < o.files; f++) {
    const lines: string[] = [`[TRANSKRIP SINTETIS ${f + 1}]`, ''];
    let words = 0;
    let turn = 0;
    while (words < o.wordsPerFile) {
      const n = 8 + Math.floor(rand() * (turn % 2 ? 120 : 25));
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(WORDS[Math.floor(rand() * WORDS.length)]!);
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
