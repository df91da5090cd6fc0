// Projector-safe masking on 100 KiB of adversarial and ordinary text: run by scripts/bench
// (`npx vitest bench --run src/lib/mask.bench.ts`), recorded in docs/BENCHMARKS.md. The target
// is under 10 ms for 100 KiB.
import { bench, describe } from 'vitest';

import { maskSensitive } from './mask';

const KIB_100 = 100 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(KIB_100 / unit.length)).slice(0, KIB_100);

const inputs: Record<string, string> = {
  'letters, no @': fill('abcdefghij'),
  'near-miss e-mails': fill('a@b.c x@y. @@ z@1.2 '),
  'dotted domain, no TLD': `x@${fill('a.')}1`,
  'digits and dashes': fill('1-'),
  'customer prose with contacts': fill(
    'Refund please, mail jane.doe@example.com or call (555) 123-4567; order 12345 on 2025-03-14. ',
  ),
};

describe('maskSensitive, 100 KiB', () => {
  for (const [name, text] of Object.entries(inputs)) {
    bench(name, () => {
      maskSensitive(text);
    });
  }
});
