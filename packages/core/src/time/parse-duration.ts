import type { ParseResult } from '../parse/parse-result';
import { parsed, problem } from '../parse/parse-result';

/** Why a typed duration could not be read. */
export type DurationInputProblem = 'empty' | 'not_a_duration' | 'too_precise' | 'negative' | 'too_large';

const HOURS = '(?:h|hr|hrs|hour|hours|heure|heures)';
const MINUTES = '(?:m|min|mins|minute|minutes)';
const CLOCK = /^(\d{1,5}):([0-5]\d)$/;
const HOURS_AND_MINUTES = new RegExp(`^(\\d{1,5}(?:\\.\\d+)?) ?${HOURS}(?: ?(\\d{1,2}) ?${MINUTES}?)?$`);
const MINUTES_ONLY = new RegExp(`^(\\d{1,7}) ?${MINUTES}$`);
const DECIMAL_HOURS = /^(\d{1,5})(?:\.(\d+))?$/;
/** The longest duration accepted: 99 999 hours. */
const MAX_MINUTES = 99_999 * 60;

/** Minutes in `whole.fraction` hours, or undefined when they are not whole minutes. */
function hoursToMinutes(whole: string, fraction: string): number | undefined {
  const scale = 10 ** fraction.length;
  const numerator = Number(fraction === '' ? '0' : fraction) * 60;
  if (numerator % scale !== 0) return undefined;
  return Number(whole) * 60 + numerator / scale;
}

/**
 * Reads a duration as people type it, in French or English, into integer minutes: `1 h 30`,
 * `1h30`, `2 h 30 min`, `1,5` and `1.5` (hours), `2` (hours), `90 min`, `1:30`. A decimal number
 * of hours must come to whole minutes (`1,25` is 75 min; `1,33` is refused as `too_precise`
 * rather than rounded). The output of `formatDuration` in either language reads back unchanged.
 */
export function parseDurationInput(text: string): ParseResult<number, DurationInputProblem> {
  let s = text
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(',', '.');
  if (s === '') return problem('empty');
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    const rest = parseDurationInput(s.slice(1));
    return rest.ok && rest.value > 0 ? problem('negative') : rest;
  }
  s = s.replace(/\.$/, '');
  let minutes: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = CLOCK.exec(s)) !== null) {
    minutes = Number(m[1]) * 60 + Number(m[2]);
  } else if ((m = HOURS_AND_MINUTES.exec(s)) !== null) {
    const [whole = '0', fraction = ''] = (m[1] ?? '0').split('.');
    const extra = m[2];
    if (extra !== undefined && (fraction !== '' || Number(extra) > 59)) return problem('not_a_duration');
    const base = hoursToMinutes(whole, fraction);
    if (base === undefined) return problem('too_precise');
    minutes = base + Number(extra ?? '0');
  } else if ((m = MINUTES_ONLY.exec(s)) !== null) {
    minutes = Number(m[1]);
  } else if ((m = DECIMAL_HOURS.exec(s)) !== null) {
    minutes = hoursToMinutes(m[1] ?? '0', m[2] ?? '');
    if (minutes === undefined) return problem('too_precise');
  } else {
    return problem('not_a_duration');
  }
  if (minutes > MAX_MINUTES) return problem('too_large');
  return parsed(minutes);
}
