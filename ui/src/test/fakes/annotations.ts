// Annotations on decisions, kept in memory: only their author edits or deletes them
// (`forbidden` otherwise), and each write announces itself with `workspace-changed`.
import type { Annotation } from '../../bindings/Annotation';
import type { AnnotationInput } from '../../bindings/AnnotationInput';
import type { Decision } from '../../bindings/Decision';
import { type Ctx, type Handlers, notFound, now } from './context';
import { currentPerson } from './people';
import type { State } from './state';

function annotationOf(state: State, id: unknown): { d: Decision; a: Annotation } {
  for (const v of state.views.values()) {
    for (const d of v.decisions) {
      const a = d.annotations.find((x) => x.id === id);
      if (a) return { d, a };
    }
  }
  return notFound('annotation', id);
}

function authorOnly(state: State, a: Annotation, verb: string) {
  const me = currentPerson(state);
  if (!me || a.personId !== me.id) throw { code: 'forbidden', message: `Only ${a.author} can ${verb} this annotation.` };
}

function checkAnnotation(input: AnnotationInput) {
  if (input.feeling != null && (input.feeling < 1 || input.feeling > 5)) {
    throw { code: 'invalid', field: 'feeling', message: 'feeling: must be 1 to 5' };
  }
}

export function annotationHandlers(ctx: Ctx): Handlers {
  const { state, decisionOf, setDecision, changed } = ctx;
  return {
    add_annotation: async (a) => {
      const me = currentPerson(state);
      if (!me) throw { code: 'forbidden', message: 'Choose who you are (switch person) before annotating.' };
      const { d } = decisionOf(a.decisionId);
      const input = a.input as AnnotationInput;
      checkAnnotation(input);
      const t = now();
      const created: Annotation = {
        id: `ann${ctx.next()}`,
        decisionId: d.id,
        personId: me.id,
        author: me.name,
        role: me.role,
        stance: input.stance,
        feeling: input.feeling ?? null,
        comment: input.comment,
        flags: input.flags,
        createdAt: t,
        updatedAt: t,
      };
      setDecision({ ...d, annotations: [...d.annotations, created] });
      await changed('decisions');
      return created;
    },
    update_annotation: async (a) => {
      const { d, a: before } = annotationOf(state, a.id);
      authorOnly(state, before, 'edit');
      const input = a.input as AnnotationInput;
      checkAnnotation(input);
      const next: Annotation = { ...before, ...input, feeling: input.feeling ?? null, updatedAt: now() };
      setDecision({ ...d, annotations: d.annotations.map((x) => (x.id === next.id ? next : x)) });
      await changed('decisions');
      return next;
    },
    delete_annotation: async (a) => {
      const { d, a: gone } = annotationOf(state, a.id);
      authorOnly(state, gone, 'delete');
      setDecision({ ...d, annotations: d.annotations.filter((x) => x.id !== gone.id) });
      await changed('decisions');
      return null;
    },
  };
}
