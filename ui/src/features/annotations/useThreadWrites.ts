// A decision's reactions as the thread shows them: the server's, with this window's own writes
// (added, changed, deleted) shown at once until the workspace reload that follows confirms them.
import { useCallback, useEffect, useState } from 'react';

import type { Annotation } from '../../bindings/Annotation';
import type { AnnotationInput } from '../../bindings/AnnotationInput';
import type { Decision } from '../../bindings/Decision';
import { mergeThread, pruneLocal } from './annotations';
import { addAnnotation, deleteAnnotation, updateAnnotation } from './api';

export function useThreadWrites(decision: Decision) {
  const [local, setLocal] = useState<Map<string, Annotation | null>>(() => new Map());
  const server = decision.annotations;

  useEffect(() => {
    setLocal((l) => (l.size === 0 ? l : pruneLocal(server, l)));
  }, [server]);

  const thread = mergeThread(server, local);
  const write = useCallback((a: Annotation | null, id: string) => setLocal((l) => new Map(l).set(id, a)), []);

  async function add(input: AnnotationInput) {
    const a = await addAnnotation(decision.id, input);
    write(a, a.id);
  }

  // Stable, so the memoized items do not render again when the thread does.
  const update = useCallback(
    async (a: Annotation, input: AnnotationInput) => {
      const next = await updateAnnotation(a.id, input);
      write(next, next.id);
    },
    [write],
  );

  async function remove(a: Annotation) {
    await deleteAnnotation(a.id);
    write(null, a.id);
  }

  return { thread, add, update, remove };
}
