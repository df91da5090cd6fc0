// Small pure helpers that turn backend values into words and classes for the screen:
// dates, labels of enums, initials and the avatar colour of a persona, and the lists users
// type (one item per line, comma separated).
import type { ImpactDirection } from '../bindings/ImpactDirection';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { Reversibility } from '../bindings/Reversibility';
import type { SearchSort } from '../bindings/SearchSort';
import type { Sentiment } from '../bindings/Sentiment';

// One formatter of each kind for the whole UI. `toLocaleString` and `toLocaleDateString` build a
// new ICU formatter on every call, and WebKit keeps each in its malloc heap until the garbage
// collector runs: one library page built about 1,300 of them (16 MB, docs/BENCHMARKS.md).
const DAY = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const MONTH = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short' });
const MOMENT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const NUMBER = new Intl.NumberFormat();

/** 12345 as "12,345" (in the user's locale). */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** A day as "Mar 14, 2025" (in the user's locale). */
export function formatDay(date: Date): string {
  return DAY.format(date);
}

/** A moment as "Mar 14, 2025, 9:12 AM" (in the user's locale). */
export function formatMoment(date: Date): string {
  return MOMENT.format(date);
}

/** An instant (ms since the epoch) as "9:12 AM" (in the user's locale). */
export function formatTime(ms: number): string {
  return TIME.format(new Date(ms));
}

/** "2025-03-14" (or an RFC 3339 time) as "Mar 14, 2025"; anything unreadable as given. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(date.getTime())) return value;
  return formatDay(date);
}

/** Today as "YYYY-MM-DD" in local time, for date inputs. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day `days` before `now`, as "YYYY-MM-DD" in local time. */
export function daysBeforeIso(days: number, now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
  return todayIso(d);
}

/** "2025-03" as "Mar 2025". */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, 1);
  return MONTH.format(date);
}

/** A trend period as people say it: "Mar 2025" for `2025-03`, "Q1 2025" for `2025-Q1`, a year as is. */
export function formatPeriod(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `Q${q[2]} ${q[1]}`;
  return formatMonth(period);
}

/** The last part of a path, whichever separator the system uses. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

/** One item per line, trimmed, blank lines dropped. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Comma-separated items, trimmed, blanks and repeats dropped. */
export function splitList(text: string): string[] {
  return Array.from(new Set(text.split(',').map((item) => item.trim()).filter(Boolean)));
}

export const STATUS_LABEL: Record<MeetingStatus, string> = {
  planned: 'Planned',
  running: 'Running',
  paused: 'Paused',
  ended: 'Ended',
};

export const DIRECTION_LABEL: Record<ImpactDirection, string> = {
  helps: 'Helps',
  hurts: 'Hurts',
  neutral: 'Neutral',
  unknown: 'Not sure yet',
};

export const DIRECTIONS: ImpactDirection[] = ['helps', 'hurts', 'neutral', 'unknown'];

export const REVERSIBILITY_LABEL: Record<Reversibility, string> = {
  two_way: 'Two-way door',
  one_way: 'One-way door',
  unknown: 'Not sure',
};

export const REVERSIBILITY_HINT: Record<Reversibility, string> = {
  two_way: 'Two-way door: reversible, decide fast',
  one_way: 'One-way door: hard to undo, decide carefully',
  unknown: 'Not sure yet',
};

export const SENTIMENT_LABEL: Record<Sentiment, string> = {
  negative: 'Negative',
  neutral: 'Neutral',
  positive: 'Positive',
  mixed: 'Mixed',
  unknown: 'Unknown',
};

export const SENTIMENTS: Sentiment[] = ['negative', 'mixed', 'neutral', 'positive', 'unknown'];

export const SORT_LABEL: Record<SearchSort, string> = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
  most_reported: 'Most reported',
};

/** "n thing" or "n things". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Up to two initials: "Diane Okafor" → "DO", "tomás" → "T". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0] ?? '')[0] ?? '';
  const last = words.length > 1 ? (Array.from(words[words.length - 1] ?? '')[0] ?? '') : '';
  return (first + last).toUpperCase();
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** How many avatar colours features/meeting/meeting.css defines (`.avatar--c0` ...). */
export const AVATAR_COLOURS = 8;

/** A stable colour class for a name, so a persona always looks the same. */
export function avatarClass(name: string): string {
  let h = 0;
  for (const ch of name) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `avatar--c${h % AVATAR_COLOURS}`;
}
