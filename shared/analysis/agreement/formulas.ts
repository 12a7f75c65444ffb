/**
 * The method and formula of every agreement statistic, in English and Indonesian, as plain text
 * for display beside each result ("show the method and its formula beside every result").
 * Plain Unicode, no markup: the UI and the Word report set it as they need.
 */
import type { AlphaMetric } from './krippendorff-alpha';
import type { UndefinedReason } from './reliability-data';

export type AgreementLanguage = 'en' | 'id';

export interface Localized {
  readonly en: string;
  readonly id: string;
}

export type StatisticId =
  | 'percent-agreement'
  | 'cohen-kappa'
  | 'fleiss-kappa'
  | 'krippendorff-alpha-nominal'
  | 'krippendorff-alpha-ordinal'
  | 'krippendorff-alpha-interval'
  | 'krippendorff-alpha-ratio'
  | 'brennan-prediger-kappa';

export interface StatisticFormula {
  readonly id: StatisticId;
  readonly name: Localized;
  readonly formula: Localized;
  readonly description: Localized;
  /** Where the definition comes from. */
  readonly reference: string;
}

const ALPHA_COMMON = {
  formula: {
    en: 'α = 1 − D_o / D_e;  D_o = (1/n) Σ_c Σ_k o_ck·δ²(c,k);  D_e = (1/(n(n − 1))) Σ_c Σ_k n_c·n_k·δ²(c,k);  o_ck = Σ_u (c–k pairs in unit u)/(m_u − 1)',
    id: 'α = 1 − D_o / D_e;  D_o = (1/n) Σ_c Σ_k o_ck·δ²(c,k);  D_e = (1/(n(n − 1))) Σ_c Σ_k n_c·n_k·δ²(c,k);  o_ck = Σ_u (pasangan c–k di unit u)/(m_u − 1)',
  },
  en: "Krippendorff's alpha compares the disagreement observed between coders (D_o) with the disagreement expected if values were paired by chance (D_e). It works for any number of coders and allows missing values: a unit coded by fewer than two coders cannot be paired and is left out. o_ck is the coincidence matrix, n_c its marginals, n the number of pairable values. α = 1 is perfect reliability, α = 0 is agreement at chance level.",
  id: 'Alpha Krippendorff membandingkan ketidaksepakatan yang teramati antarpengode (D_o) dengan ketidaksepakatan yang diharapkan bila nilai dipasangkan secara kebetulan (D_e). Berlaku untuk berapa pun jumlah pengode dan memperbolehkan data hilang: unit yang dikode oleh kurang dari dua pengode tidak dapat dipasangkan dan tidak dihitung. o_ck adalah matriks koinsidensi, n_c marginalnya, n jumlah nilai yang dapat dipasangkan. α = 1 berarti reliabilitas sempurna, α = 0 berarti kesepakatan setara kebetulan.',
} as const;

function alpha(metric: AlphaMetric, delta: string, en: string, id: string, idName: string): StatisticFormula {
  return {
    id: `krippendorff-alpha-${metric}`,
    name: { en: `Krippendorff's alpha (${metric})`, id: `Alpha Krippendorff (${idName})` },
    formula: { en: `${ALPHA_COMMON.formula.en};  ${delta}`, id: `${ALPHA_COMMON.formula.id};  ${delta}` },
    description: { en: `${ALPHA_COMMON.en} ${en}`, id: `${ALPHA_COMMON.id} ${id}` },
    reference: "Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. University of Pennsylvania.",
  };
}

export const STATISTIC_FORMULAS: Readonly<Record<StatisticId, StatisticFormula>> = {
  'percent-agreement': {
    id: 'percent-agreement',
    name: { en: 'Percentage agreement', id: 'Persentase kesepakatan' },
    formula: {
      en: 'P_o = agreeing pairs / all pairs;  a unit with m_u values gives m_u(m_u − 1)/2 pairs',
      id: 'P_o = pasangan yang sepakat / semua pasangan;  unit dengan m_u nilai memberi m_u(m_u − 1)/2 pasangan',
    },
    description: {
      en: 'The share of pairs of coders who gave a unit the same value. With two coders, the share of units on which they agree. Not corrected for chance: when most units are "not coded" by anyone, agreement is high even between coders who never agree on what they did code.',
      id: 'Proporsi pasangan pengode yang memberi nilai sama pada suatu unit. Dengan dua pengode, proporsi unit yang disepakati. Tidak dikoreksi terhadap kebetulan: bila sebagian besar unit "tidak dikode" oleh siapa pun, kesepakatan tampak tinggi meski para pengode tidak pernah sepakat tentang bagian yang mereka kode.',
    },
    reference: 'Pairwise observed agreement (Holsti 1969; Artstein & Poesio 2008, A_o).',
  },
  'cohen-kappa': {
    id: 'cohen-kappa',
    name: { en: "Cohen's kappa", id: 'Kappa Cohen' },
    formula: {
      en: 'κ = (p_o − p_e) / (1 − p_e);  p_o = Σ_k n_kk / n;  p_e = Σ_k p_A(k)·p_B(k)',
      id: 'κ = (p_o − p_e) / (1 − p_e);  p_o = Σ_k n_kk / n;  p_e = Σ_k p_A(k)·p_B(k)',
    },
    description: {
      en: "Agreement between two coders corrected for the agreement expected by chance. p_o is the observed share of agreeing units; p_e sums, over the categories, the product of the two coders' own proportions for that category. Undefined when both coders put every unit in the same single category (p_e = 1). QualCoder's text \"kappa\" multiplies the chance terms of the categories instead of adding them; that is not Cohen's kappa and gives different numbers.",
      id: 'Kesepakatan antara dua pengode yang dikoreksi terhadap kesepakatan yang diharapkan secara kebetulan. p_o adalah proporsi unit yang disepakati; p_e menjumlahkan, untuk setiap kategori, hasil kali proporsi masing-masing pengode pada kategori itu. Tidak terdefinisi bila kedua pengode menempatkan semua unit dalam satu kategori yang sama (p_e = 1). "Kappa" teks di QualCoder mengalikan suku kebetulan antarkategori alih-alih menjumlahkannya; itu bukan kappa Cohen dan memberi angka yang berbeda.',
    },
    reference: 'Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement 20(1), 37–46.',
  },
  'fleiss-kappa': {
    id: 'fleiss-kappa',
    name: { en: "Fleiss' kappa", id: 'Kappa Fleiss' },
    formula: {
      en: 'κ = (P̄ − P̄_e) / (1 − P̄_e);  P_i = (Σ_j n_ij² − n) / (n(n − 1));  P̄ = (1/N) Σ_i P_i;  p_j = Σ_i n_ij / (N·n);  P̄_e = Σ_j p_j²',
      id: 'κ = (P̄ − P̄_e) / (1 − P̄_e);  P_i = (Σ_j n_ij² − n) / (n(n − 1));  P̄ = (1/N) Σ_i P_i;  p_j = Σ_i n_ij / (N·n);  P̄_e = Σ_j p_j²',
    },
    description: {
      en: "Chance-corrected agreement for three or more coders. n_ij is the number of coders who put unit i in category j, n the number of coders per unit (the same for every unit: Fleiss' kappa is not computed when it varies; use Krippendorff's alpha for missing data), N the number of units. Chance agreement uses the pooled share of each category.",
      id: 'Kesepakatan terkoreksi kebetulan untuk tiga pengode atau lebih. n_ij adalah jumlah pengode yang menempatkan unit i pada kategori j, n jumlah pengode per unit (harus sama untuk setiap unit: kappa Fleiss tidak dihitung bila berbeda; gunakan alpha Krippendorff untuk data hilang), N jumlah unit. Kesepakatan kebetulan memakai proporsi gabungan setiap kategori.',
    },
    reference: 'Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin 76(5), 378–382.',
  },
  'krippendorff-alpha-nominal': alpha(
    'nominal',
    'δ²(c,k) = 0 if c = k, otherwise 1',
    'Nominal metric: values are categories; any two different values disagree equally.',
    'Metrik nominal: nilai adalah kategori; dua nilai yang berbeda dianggap sama-sama tidak sepakat.',
    'nominal',
  ),
  'krippendorff-alpha-ordinal': alpha(
    'ordinal',
    'δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²',
    'Ordinal metric: values are ranks; the difference between two ranks grows with how many values lie between them.',
    'Metrik ordinal: nilai adalah peringkat; selisih dua peringkat makin besar bila makin banyak nilai di antaranya.',
    'ordinal',
  ),
  'krippendorff-alpha-interval': alpha(
    'interval',
    'δ²(c,k) = (c − k)²',
    'Interval metric: values are numbers; disagreement is the squared difference.',
    'Metrik interval: nilai adalah bilangan; ketidaksepakatan adalah kuadrat selisihnya.',
    'interval',
  ),
  'krippendorff-alpha-ratio': alpha(
    'ratio',
    'δ²(c,k) = ((c − k)/(c + k))²',
    'Ratio metric: values are non-negative numbers with a true zero; disagreement is relative to their size.',
    'Metrik rasio: nilai adalah bilangan tak negatif dengan nol mutlak; ketidaksepakatan relatif terhadap besarnya.',
    'rasio',
  ),
  'brennan-prediger-kappa': {
    id: 'brennan-prediger-kappa',
    name: { en: 'Kappa (Brennan & Prediger, as MAXQDA)', id: 'Kappa (Brennan & Prediger, seperti MAXQDA)' },
    formula: {
      en: 'κ_n = (p_o − 1/k) / (1 − 1/k);  p_o = matched segments / all segments;  k = number of codes compared',
      id: 'κ_n = (p_o − 1/k) / (1 − 1/k);  p_o = segmen yang cocok / semua segmen;  k = jumlah kode yang dibandingkan',
    },
    description: {
      en: "Kappa for segment comparison as MAXQDA computes it. Comparing coded segments gives no count of text that neither coder coded, so Cohen's chance term cannot be formed; chance agreement is instead taken as 1/k for k codes. This is not Cohen's kappa: it is usually higher for the same agreement and depends on how many codes are compared.",
      id: 'Kappa untuk perbandingan segmen seperti yang dihitung MAXQDA. Perbandingan segmen tidak menghitung teks yang tidak dikode oleh kedua pengode, sehingga suku kebetulan Cohen tidak dapat dibentuk; kesepakatan kebetulan diambil sebagai 1/k untuk k kode. Ini bukan kappa Cohen: nilainya biasanya lebih tinggi untuk kesepakatan yang sama dan bergantung pada jumlah kode yang dibandingkan.',
    },
    reference: 'Brennan, R. L., & Prediger, D. J. (1981). Coefficient kappa: some uses, misuses, and alternatives. Educational and Psychological Measurement 41(3), 687–699.',
  },
};

export type AgreementUnitKind = 'characters' | 'segments' | 'sources' | 'blocks';

export const UNIT_KIND_DESCRIPTIONS: Readonly<Record<AgreementUnitKind, { readonly name: Localized; readonly description: Localized }>> = {
  characters: {
    name: { en: 'Characters (as NVivo)', id: 'Karakter (seperti NVivo)' },
    description: {
      en: 'Every character of every compared source is a unit, once per code; each coder either coded it with the code or did not. Reported per code and source, per code over all sources, and for all codes together.',
      id: 'Setiap karakter dari setiap sumber yang dibandingkan adalah satu unit, sekali per kode; setiap pengode mengode karakter itu dengan kode tersebut atau tidak. Dilaporkan per kode dan sumber, per kode untuk semua sumber, dan untuk semua kode bersama.',
    },
  },
  segments: {
    name: { en: 'Segments (as MAXQDA)', id: 'Segmen (seperti MAXQDA)' },
    description: {
      en: "Each coded segment of either coder is a unit. A segment matches when the other coder coded a segment with the same code whose shared text is at least the chosen share (default 90 %) of the text both segments cover together (overlap ÷ union). Touching or overlapping codings of one coder and code are joined first. Two coders only.",
      id: 'Setiap segmen berkode dari kedua pengode adalah satu unit. Sebuah segmen dianggap cocok bila pengode lain mengode segmen dengan kode yang sama dan teks bersama keduanya paling sedikit sebesar proporsi yang dipilih (bawaan 90 %) dari seluruh teks yang dicakup kedua segmen (irisan ÷ gabungan). Kodean yang bersentuhan atau tumpang tindih dari satu pengode dan kode yang sama digabung lebih dulu. Hanya untuk dua pengode.',
    },
  },
  sources: {
    name: { en: 'Presence per source', id: 'Kehadiran per sumber' },
    description: {
      en: 'Each source is a unit; the value is whether the coder applied the code anywhere in it.',
      id: 'Setiap sumber adalah satu unit; nilainya adalah apakah pengode memakai kode tersebut di bagian mana pun dari sumber itu.',
    },
  },
  blocks: {
    name: { en: 'Presence per block (speaker turn)', id: 'Kehadiran per blok (giliran bicara)' },
    description: {
      en: 'Each block (speaker turn or paragraph) is a unit; the value is whether the coder applied the code to at least one character of it. A coding that only touches the block edge does not count.',
      id: 'Setiap blok (giliran bicara atau paragraf) adalah satu unit; nilainya adalah apakah pengode memakai kode tersebut pada paling sedikit satu karakter di dalamnya. Kodean yang hanya menyentuh tepi blok tidak dihitung.',
    },
  },
};

export const UNDEFINED_REASON_TEXT: Readonly<Record<UndefinedReason, Localized>> = {
  'no-units': {
    en: 'Not defined: there is nothing to compare (no unit has values from two coders).',
    id: 'Tidak terdefinisi: tidak ada yang dapat dibandingkan (tidak ada unit dengan nilai dari dua pengode).',
  },
  'no-variation': {
    en: 'Not defined: every value is the same, so chance agreement is complete and the coefficient is 0/0. Report the percentage agreement instead.',
    id: 'Tidak terdefinisi: semua nilai sama, sehingga kesepakatan kebetulan sempurna dan koefisiennya 0/0. Laporkan persentase kesepakatan sebagai gantinya.',
  },
  'single-category': {
    en: 'Not defined: only one code was compared, so chance agreement 1/k is 1.',
    id: 'Tidak terdefinisi: hanya satu kode yang dibandingkan, sehingga kesepakatan kebetulan 1/k bernilai 1.',
  },
};

/** The formula entry for a result object from this folder. */
export function formulaFor(result: { readonly statistic: string; readonly metric?: AlphaMetric }): StatisticFormula {
  if (result.statistic === 'krippendorff-alpha') return STATISTIC_FORMULAS[`krippendorff-alpha-${result.metric ?? 'nominal'}`];
  const entry = STATISTIC_FORMULAS[result.statistic as StatisticId];
  if (!entry) throw new Error(`No formula text for statistic ${JSON.stringify(result.statistic)}.`);
  return entry;
}
