import type { Schema } from '@dermatome/api-client';
import { MASTERY_HORIZON_DAYS, MASTERY_LEVELS } from '@dermatome/data';

export type MasteryLevel = Schema<'RootMasteryDto'>['level'];

const LEVEL_LABELS: Record<MasteryLevel, string> = {
  'not-started': 'Not started',
  learning: 'Learning',
  familiar: 'Familiar',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

export const levelLabel = (level: MasteryLevel): string => LEVEL_LABELS[level];

/** "Not started · Learning (under 59%) · Familiar (59%) · …", from the data package's thresholds. */
export function masteryLevelsLegend(): string {
  const ascending = [...MASTERY_LEVELS].reverse();
  const lowest = ascending.find((l) => l.from > 0)!;
  return [
    LEVEL_LABELS['not-started'],
    `${LEVEL_LABELS.learning} (under ${percent(lowest.from)})`,
    ...ascending.filter((l) => l.from > 0).map((l) => `${LEVEL_LABELS[l.level]} (${percent(l.from)})`),
  ].join(' · ');
}

/** What mastery means, in one sentence. */
export const MASTERY_MEANING =
  `Mastery is how likely you are to still recall a root's cards ${MASTERY_HORIZON_DAYS} days from now; ` +
  'unseen cards and cards still in their learning steps count as 0.';

/** 0.623 -> "62%". */
export function percent(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return `${(value * 100).toFixed(digits)}%`;
}

/** A change in percentage points, signed: +4 pts, −2 pts, ±0 pts. */
export function pointsChange(before: number, after: number): string {
  const points = Math.round((after - before) * 100);
  if (points === 0) return '±0 pts';
  return `${points > 0 ? '+' : '−'}${Math.abs(points)} pts`;
}

/** 660000 -> "11 min", 45000 -> "45 s", 4000000 -> "1 h 7 min". */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${ms > 0 ? Math.max(1, seconds) : 0} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** "2026-11-23" -> "Mon 23 Nov" (the date is a study date, so no time zone shift). */
export function shortDate(isoDate: string, withYear = false): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return date.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** A clock time in the browser's zone, e.g. "14:05". */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** "in 3 minutes", "in 1 hour" for a moment after `now`. */
export function fromNow(iso: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((new Date(iso).getTime() - now) / 1000));
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  if (seconds < 60) return format.format(seconds, 'second');
  if (seconds < 3600) return format.format(Math.round(seconds / 60), 'minute');
  return format.format(Math.round(seconds / 3600), 'hour');
}

/** The hour as people read it: 0 -> "midnight", 4 -> "4 AM", 13 -> "1 PM". */
export function hourLabel(hour: number): string {
  if (hour === 0) return 'Midnight (0:00)';
  if (hour === 12) return 'Noon (12:00)';
  return `${hour % 12} ${hour < 12 ? 'AM' : 'PM'} (${hour}:00)`;
}

/** A percentage the API gives as 0..100 (exam scores): 62.5 -> "62.5%", 80 -> "80%". */
export function percentValue(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** A date and time in the browser's zone, e.g. "Mon 23 Nov 2026, 14:05" (with the zone's name when asked). */
export function dateTime(iso: string, options: { zone?: string; withZone?: boolean } = {}): string {
  const text = new Date(iso).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(options.zone ? { timeZone: options.zone } : {}),
    ...(options.withZone ? { timeZoneName: 'short' } : {}),
  });
  return text.replace(/ at /, ', ');
}

/** Seconds as a clock: 754 -> "12:34", 3725 -> "1:02:05". */
export function clock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Seconds in words: 754 -> "12 min 34 s", 59 -> "59 s". */
export function secondsInWords(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h} h ${m} min`;
  return s > 0 ? `${m} min ${s} s` : `${m} min`;
}

/** The first words of a long text: at most `max` characters, cut at a word and marked with "…". */
export function excerpt(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
