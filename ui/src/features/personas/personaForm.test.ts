// The persona editor's payload.
import { describe, expect, test } from 'vitest';

import { persona } from '../../test/fakeBackend';
import { personaForm, toNewPersona } from './personaForm';

describe('persona editor payload', () => {
  test('lists are one item per line, everything trimmed', () => {
    const form = personaForm(persona('p', 'Ann', { goals: ['a', 'b'] }));
    expect(form.goals).toBe('a\nb');
    expect(toNewPersona({ ...form, name: ' Ann ', needs: ' x \n\n y ' })).toMatchObject({
      name: 'Ann',
      goals: ['a', 'b'],
      needs: ['x', 'y'],
    });
    expect(personaForm(null).name).toBe('');
  });
});
