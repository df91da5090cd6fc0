// Projector-safe masking: what is hidden (e-mails, phones, cards), what is not (dates, money,
// short order numbers, CFPB redactions), and highlighted spans.
import { describe, expect, test } from 'vitest';

import { maskSensitive, maskSpans, sensitiveRanges } from './mask';

describe('maskSensitive hides', () => {
  test.each([
    ['Write to jane.doe+refunds@example.co.uk today', 'Write to [email] today'],
    ['mail: JOSÉ_99@correo.es.', 'mail: [email].'],
    ['two: a@b.io, c.d@e-f.com', 'two: [email], [email]'],
  ])('e-mail addresses: %s', (input, output) => {
    expect(maskSensitive(input)).toBe(output);
  });

  test.each([
    ['Call me at (555) 123-4567 please', 'Call me at [phone] please'],
    ['Call me at 555-123-4567.', 'Call me at [phone].'],
    ['my cell 555.123.4567', 'my cell [phone]'],
    ['reach me on +1 (555) 123-4567', 'reach me on [phone]'],
    ['UK office +44 20 7946 0958', 'UK office [phone]'],
    ['Paris: +33 1 23 45 67 89', 'Paris: [phone]'],
    ['toll free 1-800-555-0199', 'toll free [phone]'],
    ['number 5551234567 again', 'number [phone] again'],
    ['local 555-1234', 'local [phone]'],
    ['call +491701234567!', 'call [phone]!'],
    ['(555)123-4567', '[phone]'],
  ])('phone numbers: %s', (input, output) => {
    expect(maskSensitive(input)).toBe(output);
  });

  test.each([
    ['card 4111 1111 1111 1111 was charged', 'card [card] was charged'],
    ['card 4111-1111-1111-1111', 'card [card]'],
    ['card 4111111111111111 twice', 'card [card] twice'],
    ['amex 3782 822463 10005', 'amex [card]'],
    ['19 digits 4111 1111 1111 1111 123', '19 digits [card]'],
  ])('card-like numbers: %s', (input, output) => {
    expect(maskSensitive(input)).toBe(output);
  });

  test('several kinds in one text, in place', () => {
    expect(maskSensitive('Email bob@x.com or call 555-123-4567; card 4111 1111 1111 1111.')).toBe(
      'Email [email] or call [phone]; card [card].',
    );
  });

  test('a phone number right before a date is still found', () => {
    expect(maskSensitive('called 555-123-4567 2024-01-15 and again')).toBe('called [phone] 2024-01-15 and again');
  });
});

describe('maskSensitive leaves alone', () => {
  test.each([
    'Ordered on 2025-03-14 and it came on 2025-03-20.',
    'It was 03/14/2025 or 14.03.2025 or 2025.03.14 or 20250314.',
    'Member from 2019-2023, again in 2024.',
    'I was charged $3,500.00 instead of $350.00.',
    'Refund of 1234567.89 pending, and €1.234.567,89 too.',
    'It cost $ 1234567 in total.',
    'Order #123456 and order 98765 never came.',
    'The account XXXX XXXX XXXX 1234 was opened XX/XX/2019 by XXXX.',
    'Wait time was 45 minutes at 10:30, 3 of 5 stars, 99.5% sure.',
    'Delivered 2025-03-14T10:00:00Z.',
    'Nothing sensitive here at all.',
    '',
  ])('%s', (input) => {
    expect(maskSensitive(input)).toBe(input);
  });
});

describe('sensitiveRanges', () => {
  test('says what was found where, in order', () => {
    const text = 'x 555-123-4567 y a@b.co';
    expect(sensitiveRanges(text)).toEqual([
      { start: 2, end: 14, kind: 'phone' },
      { start: 17, end: 23, kind: 'email' },
    ]);
  });
});

describe('maskSpans', () => {
  test('spans with nothing to hide come back as they were', () => {
    const spans = [
      { text: 'My ', hit: false },
      { text: 'refund', hit: true },
    ];
    expect(maskSpans(spans)).toBe(spans);
  });

  test('masks inside a span and keeps the highlights', () => {
    expect(
      maskSpans([
        { text: 'My ', hit: false },
        { text: 'refund', hit: true },
        { text: ' went to a@b.com, call 555-123-4567', hit: false },
      ]),
    ).toEqual([
      { text: 'My ', hit: false },
      { text: 'refund', hit: true },
      { text: ' went to [email], call [phone]', hit: false },
    ]);
  });

  test('a number split across spans is masked once, where it starts', () => {
    expect(
      maskSpans([
        { text: 'call 555-', hit: false },
        { text: '123', hit: true },
        { text: '-4567 now', hit: false },
      ]),
    ).toEqual([
      { text: 'call [phone]', hit: false },
      { text: ' now', hit: false },
    ]);
  });

  test('a highlighted e-mail stays highlighted as its placeholder', () => {
    expect(
      maskSpans([
        { text: 'write ', hit: false },
        { text: 'bob@example.com', hit: true },
      ]),
    ).toEqual([
      { text: 'write ', hit: false },
      { text: '[email]', hit: true },
    ]);
  });

  test('the joined text is always what maskSensitive gives', () => {
    const spans = [
      { text: 'a 4111 1111 ', hit: false },
      { text: '1111 1111', hit: true },
      { text: ' b +44 20 79', hit: false },
      { text: '46 0958 c', hit: true },
    ];
    const joined = spans.map((s) => s.text).join('');
    expect(maskSpans(spans).map((s) => s.text).join('')).toBe(maskSensitive(joined));
  });
});

describe('adversarial input stays linear and correct', () => {
  // Each of these took quadratic time with the e-mail regex tried at every start (100,000
  // letters and no `@`: seconds). Speed is measured in mask.bench.ts; here, the output.
  const letters = 'abcdefghij'.repeat(10_000);

  test('100,000 letters with no @ come back unchanged', () => {
    expect(maskSensitive(letters)).toBe(letters);
    expect(sensitiveRanges(letters)).toEqual([]);
  });

  test('near-miss e-mails: no top-level label, no letters after the last dot, bare @', () => {
    const nearMisses = [`${letters}@`, `x@${'a.'.repeat(50_000)}1`, '@'.repeat(100_000), 'a@b.c '.repeat(20_000)];
    for (const text of nearMisses) expect(maskSensitive(text)).toBe(text);
  });

  test('a very long local part is masked up to its last 64 characters', () => {
    const text = `${letters}@example.com`;
    expect(maskSensitive(text)).toBe(`${letters.slice(0, -64)}[email]`);
  });

  test('many addresses and numbers among near-misses are all found', () => {
    const unit = 'mail a.b@c.de or call 555-123-4567, card 4111 1111 1111 1111; x@y. 12.5 ';
    const text = unit.repeat(1_000);
    const masked = maskSensitive(text);
    expect(masked).toBe('mail [email] or call [phone], card [card]; x@y. 12.5 '.repeat(1_000));
    expect(sensitiveRanges(text)).toHaveLength(3_000);
  });

  test('digit runs and separators that never make a number', () => {
    const dashes = '1-'.repeat(50_000);
    expect(sensitiveRanges(dashes).every((r) => r.kind !== 'email')).toBe(true);
    const spaced = '12 '.repeat(33_000);
    expect(maskSensitive(spaced).length).toBeGreaterThan(0);
  });
});
