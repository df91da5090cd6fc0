// A persona as its editor holds it (lists as one item per line) and the `NewPersona` it
// becomes when saved; also the image files a persona's picture can be chosen from.
import type { NewPersona } from '../../bindings/NewPersona';
import type { Persona } from '../../bindings/Persona';
import { splitLines } from '../../lib/format';
import type { FileFilter } from '../../lib/ipc';

export type PersonaForm = {
  name: string;
  segment: string;
  bio: string;
  goals: string;
  frustrations: string;
  needs: string;
  quote: string;
  successMeasure: string;
};

export const IMAGE_FILE_FILTERS: FileFilter[] = [
  { name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] },
];

export function personaForm(p: Persona | null): PersonaForm {
  return {
    name: p?.name ?? '',
    segment: p?.segment ?? '',
    bio: p?.bio ?? '',
    goals: p?.goals.join('\n') ?? '',
    frustrations: p?.frustrations.join('\n') ?? '',
    needs: p?.needs.join('\n') ?? '',
    quote: p?.quote ?? '',
    successMeasure: p?.successMeasure ?? '',
  };
}

/** Every field is sent, so an edit that empties one clears it. */
export function toNewPersona(f: PersonaForm): NewPersona {
  return {
    name: f.name.trim(),
    segment: f.segment.trim(),
    bio: f.bio.trim(),
    goals: splitLines(f.goals),
    frustrations: splitLines(f.frustrations),
    needs: splitLines(f.needs),
    quote: f.quote.trim(),
    successMeasure: f.successMeasure.trim(),
  };
}
