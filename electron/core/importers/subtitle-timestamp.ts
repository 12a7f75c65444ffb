/**
 * Subtitle timestamps, to milliseconds. Each format has its own grammar:
 *   WebVTT  [hh:]mm:ss.ttt   (hours optional, may exceed two digits)
 *   SRT     hh:mm:ss,ttt     (comma before the milliseconds)
 *   SBV     h:mm:ss.ttt      (YouTube)
 * Minutes and seconds are 00-59; milliseconds exactly three digits.
 */

const VTT = /^(?:(\d+):)?([0-5]\d):([0-5]\d)([.,])(\d{3})$/;
const SRT = /^(\d+):([0-5]\d):([0-5]\d),(\d{3})$/;
const SBV = /^(\d+):([0-5]\d):([0-5]\d)\.(\d{3})$/;

function toMs(h: string | undefined, m: string, s: string, ms: string): number {
  return ((Number(h ?? '0') * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms);
}

/** WebVTT time; `comma` says it used "," (as SRT does) instead of ".". */
export function parseVttTimestamp(ts: string): { ms: number; comma: boolean } | null {
  const m = VTT.exec(ts);
  if (!m) return null;
  return { ms: toMs(m[1], m[2]!, m[3]!, m[5]!), comma: m[4] === ',' };
}

export function parseSrtTimestamp(ts: string): number | null {
  const m = SRT.exec(ts);
  return m ? toMs(m[1], m[2]!, m[3]!, m[4]!) : null;
}

export function parseSbvTimestamp(ts: string): number | null {
  const m = SBV.exec(ts);
  return m ? toMs(m[1], m[2]!, m[3]!, m[4]!) : null;
}

/** hh:mm:ss.ttt, for messages. */
export function formatTimestamp(ms: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}
