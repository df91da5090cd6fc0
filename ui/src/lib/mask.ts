// Projector-safe masking: finds e-mail addresses, phone numbers and card-like numbers in
// customer text and replaces each with a visible placeholder ("[email]", "[phone]", "[card]"),
// so a room looking at the projector never reads them. Dates, money amounts, short order
// numbers and CFPB's own "XXXX" redactions are left alone. Pure functions, no React.
import type { TextSpan } from '../bindings/TextSpan';

export type SensitiveKind = 'email' | 'phone' | 'card';

/** A stretch of text to hide: `start` inclusive, `end` exclusive (UTF-16 offsets). */
export type SensitiveRange = { start: number; end: number; kind: SensitiveKind };

export const PLACEHOLDER: Record<SensitiveKind, string> = {
  email: '[email]',
  phone: '[phone]',
  card: '[card]',
};

/** An e-mail's local part is at most 64 characters and its domain at most 253 (RFC 5321). */
const LOCAL_MAX = 64;
const DOMAIN_MAX = 253;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const LABEL_CHAR = /[\p{L}\p{N}-]/u;
const LETTER = /\p{L}/u;

/** 13 to 19 digits, optionally grouped by single spaces or dashes. */
const CARD = /(?<![\p{L}\p{N}])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}])/gu;

/**
 * A run of digits and parenthesised area codes, separated by at most one space, dot or dash,
 * optionally after a `+`. Not inside a word or a bigger number, not after a currency sign or
 * a thousands separator, not followed by a decimal part. Candidates are then checked by
 * `isPhone` (digit count, dates, decimals).
 */
const PHONE =
  /(?<![\p{L}\p{N},.\-+/]|[$€£¥₹][ \u00a0]?)(?:\+[ \u00a0]?)?(?:\(\d{1,4}\)|\d)(?:[ \u00a0.-]?(?:\(\d{1,4}\)|\d)){5,24}(?![\p{L}\p{N}]|[.,]\d)/gu;

const YEAR = '(?:19|20)\\d{2}';
const SEP = '[ .\\-/]';
/** 2025-03-14, 2025.03.14, 14.03.2025, 03 14 2025... */
const DATE_YEAR_FIRST = new RegExp(`^${YEAR}${SEP}(\\d{1,2})${SEP}(\\d{1,2})$`);
const DATE_YEAR_LAST = new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})${SEP}(?:\\d{2}|${YEAR})$`);
/** 20250314 */
const DATE_COMPACT = new RegExp(`^${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])$`);
/** 2019-2023, 2019 - 2023 */
const YEAR_RANGE = new RegExp(`^${YEAR}[ ]?-[ ]?${YEAR}$`);
/** 1234567.89 */
const DECIMAL = /^\d+\.\d{1,2}$/;

const isDay = (s: string) => Number(s) >= 1 && Number(s) <= 31;
const isMonth = (s: string) => Number(s) >= 1 && Number(s) <= 12;

function looksLikeDate(s: string): boolean {
  if (DATE_COMPACT.test(s) || YEAR_RANGE.test(s)) return true;
  const first = DATE_YEAR_FIRST.exec(s);
  if (first) return isMonth(first[1] ?? '') && isDay(first[2] ?? '');
  const last = DATE_YEAR_LAST.exec(s);
  if (last) {
    const [a, b] = [last[1] ?? '', last[2] ?? ''];
    return isDay(a) && isDay(b) && (isMonth(a) || isMonth(b));
  }
  return false;
}

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

function isPhone(candidate: string): boolean {
  const digits = digitCount(candidate);
  if (digits < 7 || digits > 15) return false;
  return !looksLikeDate(candidate) && !DECIMAL.test(candidate);
}

/** Card numbers are one run of digits or grouped like 4-4-4-4(-n) or 4-6-5 (4-6-4). */
function isCard(candidate: string): boolean {
  const digits = digitCount(candidate);
  if (digits < 13 || digits > 19) return false;
  const lengths = candidate.split(/[ -]/).map((g) => g.length);
  if (lengths.length === 1) return true;
  const last = lengths[lengths.length - 1] ?? 0;
  if (lengths.slice(0, -1).every((n) => n === 4) && last >= 1 && last <= 4) return true;
  return lengths.length === 3 && lengths[0] === 4 && lengths[1] === 6;
}

/**
 * The parts of a candidate that pass `ok`: the whole of it, or else the longest runs of its
 * space-separated pieces that do (a phone number written right before a date is still found).
 */
function acceptedParts(candidate: string, ok: (s: string) => boolean): Array<[number, number]> {
  if (ok(candidate)) return [[0, candidate.length]];
  const pieces = Array.from(candidate.matchAll(/\S+/g), (m) => [m.index, m.index + m[0].length] as const);
  const parts: Array<[number, number]> = [];
  let i = 0;
  while (i < pieces.length) {
    let taken = -1;
    for (let j = pieces.length - 1; j >= i && taken < 0; j--) {
      if (i === 0 && j === pieces.length - 1) continue; // the whole candidate, already refused
      if (ok(candidate.slice(pieces[i]![0], pieces[j]![1]))) taken = j;
    }
    if (taken >= 0) parts.push([pieces[i]![0], pieces[taken]![1]]);
    i = taken >= 0 ? taken + 1 : i + 1;
  }
  return parts;
}

/**
 * The e-mail addresses in `text`, found from each `@` outwards in one pass: the local part is
 * the run of address characters before it (at most `LOCAL_MAX`, not reaching into the previous
 * address), the domain the dot-separated labels after it (at most `DOMAIN_MAX` characters) up
 * to the last label that starts with two letters, which ends at its last leading letter. That
 * is what `[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}` matched, in
 * linear time: that regex, tried at every start, took quadratic time on a long run of letters
 * with no `@`.
 */
function emailRanges(text: string): SensitiveRange[] {
  const out: SensitiveRange[] = [];
  let previousEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    const floor = Math.max(previousEnd, at - LOCAL_MAX);
    while (start > floor && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at) continue;
    // Labels after the `@`: [start, end) of each, separated by single dots.
    const limit = Math.min(text.length, at + 1 + DOMAIN_MAX);
    let end = -1;
    let i = at + 1;
    let label = 0;
    while (i < limit) {
      const from = i;
      while (i < limit && LABEL_CHAR.test(text[i]!)) i++;
      if (i === from) break;
      if (label > 0) {
        let letters = from;
        while (letters < i && LETTER.test(text[letters]!)) letters++;
        if (letters - from >= 2) end = letters;
      }
      label++;
      if (text[i] !== '.') break;
      i++;
    }
    if (end < 0) continue;
    out.push({ start, end, kind: 'email' });
    previousEnd = end;
    at = end - 1;
  }
  return out;
}

/** Whether `[start, end)` overlaps a range of `sorted` (sorted by start, not overlapping). */
function overlaps(sorted: SensitiveRange[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  // `lo - 1` is the last range starting before `end`: it overlaps if it ends after `start`.
  return lo > 0 && sorted[lo - 1]!.end > start;
}

/** Adds the accepted parts of each match of `re` that overlap nothing found, keeping order. */
function collect(text: string, re: RegExp, kind: SensitiveKind, ok: (s: string) => boolean, found: SensitiveRange[]) {
  const added: SensitiveRange[] = [];
  for (const m of text.matchAll(re)) {
    for (const [from, to] of acceptedParts(m[0], ok)) {
      const start = m.index + from;
      const end = m.index + to;
      if (!overlaps(found, start, end) && !overlaps(added, start, end)) added.push({ start, end, kind });
    }
  }
  return merge(found, added);
}

/** Two lists sorted by start, merged. */
function merge(a: SensitiveRange[], b: SensitiveRange[]): SensitiveRange[] {
  if (b.length === 0) return a;
  const out: SensitiveRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** Where `text` holds an e-mail address, a phone number or a card-like number, in order. */
export function sensitiveRanges(text: string): SensitiveRange[] {
  // E-mails first (they hold digits), then cards (longer than phones), then phones. Every
  // step is linear in the text (bounded repeats, binary-searched overlaps).
  let found = emailRanges(text);
  found = collect(text, CARD, 'card', isCard, found);
  return collect(text, PHONE, 'phone', isPhone, found);
}

/** `text` with every e-mail address, phone number and card-like number replaced by a placeholder. */
export function maskSensitive(text: string): string {
  const ranges = sensitiveRanges(text);
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + PLACEHOLDER[r.kind];
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * Highlighted spans with the same masking as `maskSensitive` of their joined text. Matches are
 * found on the joined text, so a phone number split across spans is still found; its
 * placeholder goes into the span where it starts (keeping that span's highlight) and the rest
 * of it is removed from the spans after. Spans with nothing to hide come back unchanged.
 */
export function maskSpans(spans: TextSpan[]): TextSpan[] {
  const joined = spans.map((s) => s.text).join('');
  const ranges = sensitiveRanges(joined);
  if (ranges.length === 0) return spans;
  const out: TextSpan[] = [];
  let offset = 0;
  for (const span of spans) {
    const start = offset;
    const end = start + span.text.length;
    offset = end;
    let text = '';
    let at = start;
    for (const r of ranges) {
      if (r.end <= at || r.start >= end) continue;
      if (r.start >= at) {
        // The range starts in this span: keep the text before it, then its placeholder.
        text += joined.slice(at, r.start) + PLACEHOLDER[r.kind];
      }
      at = Math.min(r.end, end);
    }
    text += joined.slice(at, end);
    if (text !== '') out.push({ text, hit: span.hit });
  }
  return out;
}
