// Annotations on decisions, kept in memory, each write announced with `workspace-changed`. Who
// may add, edit or delete one and what feeling it may carry answer from fixtures/annotations.json
// (fixtures.ts): only the person at the keyboard annotates, only the author edits or deletes.
import type { Annotation } from '../../bindings/Annotation';
import type { AnnotationInput } from '../../bindings/AnnotationInput';
import type { Decision } from '../../bindings/Decision';
import { type Ctx, type Handlers, notFound, now } from './context';
import { checkAnnotation } from './fixtures';
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

/** Who is at the keyboard, as the author of `a` sees it. */
function atKeyboard(state: State, a: Annotation) {
  const me = currentPerson(state);
  return me === null ? 'nobody' : me.id === a.personId ? 'author' : 'someoneElse';
}

export function annotationHandlers(ctx: Ctx): Handlers {
  const { state, decisionOf, setDecision, changed } = ctx;
  return {
    add_annotation: async (a) => {
      const { d } = decisionOf(a.decisionId);
      const input = a.input as AnnotationInput;
      const me = currentPerson(state);
      checkAnnotation({ action: 'add', atKeyboard: me ? 'author' : 'nobody', feeling: input.feeling ?? null }, me?.name ?? '');
      const t = now();
      const created: Annotation = {
        id: `ann${ctx.next()}`,
        decisionId: d.id,
        personId: me!.id,
        author: me!.name,
        role: me!.role,
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
      const input = a.input as AnnotationInput;
      checkAnnotation({ action: 'edit', atKeyboard: atKeyboard(state, before), feeling: input.feeling ?? null }, before.author);
      const next: Annotation = { ...before, ...input, feeling: input.feeling ?? null, updatedAt: now() };
      setDecision({ ...d, annotations: d.annotations.map((x) => (x.id === next.id ? next : x)) });
      await changed('decisions');
      return next;
    },
    delete_annotation: async (a) => {
      const { d, a: gone } = annotationOf(state, a.id);
      checkAnnotation({ action: 'delete', atKeyboard: atKeyboard(state, gone), feeling: null }, gone.author);
      setDecision({ ...d, annotations: d.annotations.filter((x) => x.id !== gone.id) });
      await changed('decisions');
      return null;
    },
  };
}
