// Small pure helpers that turn backend values into words and classes for the screen:
// dates, labels of enums, initials and the avatar colour of a persona.
import type { ImpactDirection } from '../bindings/ImpactDirection';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { Reversibility } from '../bindings/Reversibility';
import type { Sentiment } from '../bindings/Sentiment';

/** "2025-03-14" (or an RFC 3339 time) as "Mar 14, 2025"; anything unreadable as given. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Today as "YYYY-MM-DD" in local time, for date inputs. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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

/** "n thing" or "n things". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
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

/** How many avatar colours styles.css defines (`.avatar--c0` ...). */
export const AVATAR_COLOURS = 8;

/** A stable colour class for a name, so a persona always looks the same. */
export function avatarClass(name: string): string {
  let h = 0;
  for (const ch of name) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `avatar--c${h % AVATAR_COLOURS}`;
}
