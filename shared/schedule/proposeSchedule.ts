import type { Period } from '../model/framework';

/**
 * The schedule a carried-over activity would have in the new plan period, offered to the drafter
 * as a suggestion (never applied on its own):
 * - a range ending with the previous period ("2021-2025", "2020-2025年") becomes the new period
 *   ("2026-2030");
 * - a single year of the previous period (or the year before it, a launch year) moves by the
 *   distance between the periods, kept inside the new period ("to be launched in 2020" → 2026);
 * - anything else ("annually", "2016-2018", "every two years") stays as written.
 * Returns null when nothing would change.
 */
export function proposeSchedule(text: string, from: Period, to: Period): string | null {
  const sep = '\\s*[-–—－~～至到]\\s*';
  const ranges = new RegExp(`(?<![0-9])([0-9]{4})(${sep})${from.end}(?![0-9])`, 'gu');
  const marker = '\uE000';
  // Ranges first, protected from the single-year rule by a marker.
  let out = text.replace(ranges, (m, start: string, s: string) => (Number(start) >= from.start - 1 ? `${marker}${to.start}${s}${marker}${to.end}` : m));
  const shift = to.start - from.start;
  out = out.replace(/(?<![0-9\uE000])([0-9]{4})(?![0-9])/gu, (m, y: string) => {
    const year = Number(y);
    if (year < from.start - 1 || year > from.end) return m;
    return String(Math.min(to.end, Math.max(to.start, year + shift)));
  });
  out = out.split(marker).join('');
  return out === text ? null : out;
}
