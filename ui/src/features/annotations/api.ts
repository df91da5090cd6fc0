// The annotations' commands: add, edit and delete the current person's note on a decision.
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { Annotation } from '../../bindings/Annotation';
import type { AnnotationInput } from '../../bindings/AnnotationInput';
import { call } from '../../lib/ipc';

/** Adds the current person's annotation to a decision; rejects with `forbidden` when nobody is chosen. */
export const addAnnotation = (decisionId: string, input: AnnotationInput): Promise<Annotation> =>
  call('add_annotation', { decisionId, input });

/** Only the author may edit (`forbidden` otherwise). */
export const updateAnnotation = (id: string, input: AnnotationInput): Promise<Annotation> =>
  call('update_annotation', { id, input });

export const deleteAnnotation = (id: string): Promise<void> => call('delete_annotation', { id });
