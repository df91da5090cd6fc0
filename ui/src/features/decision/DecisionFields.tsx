// The fields of a decision, shared by "Record a decision" and the edit dialog: what we decided
// (Enter records it: the quick path), why, the customer impacts, the door, and on demand the
// options considered, owner, status and review date.
import { useState, type KeyboardEvent } from 'react';

import type { Persona } from '../../bindings/Persona';
import type { Draft } from './draft';
import type { FieldError } from './fieldErrors';
import { FieldMessage } from './FieldMessage';
import { DecisionDetails, DecisionDoorLine } from './DecisionDetails';
import { DraftTextArea } from './DraftTextArea';
import { ImpactRows } from './ImpactRows';

export { STATUS_WORD } from './DecisionDetails';

type Props = {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  chair: Persona | null;
  personas: Persona[];
  error: FieldError | null;
  idPrefix: string;
  /** Enter in the statement (without Shift) calls this: the quick path. */
  onStatementEnter?: () => void;
  /** Whether the status can be set here (a new decision); edits change it from the log. */
  withStatus?: boolean;
};

export function hasDetails(d: Draft): boolean {
  return d.optionsConsidered.trim() !== '' || d.owner.trim() !== '' || d.reviewOn !== '' || d.status !== 'proposed';
}

export function DecisionFields(props: Props) {
  const { draft, onChange, chair, personas, error, idPrefix: id, onStatementEnter, withStatus = true } = props;
  const [more, setMore] = useState(() => hasDetails(draft));
  const showMore = more || hasDetails(draft);
  const text = { id, draft, onChange, error };

  function onStatementKey(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && onStatementEnter) {
      e.preventDefault();
      onStatementEnter();
    }
  }

  return (
    <>
      <DraftTextArea
        {...text}
        name="statement"
        field="statement"
        label="What did we decide?"
        placeholder="We will…"
        testId="decision-statement"
        required
        onKeyDown={onStatementKey}
      />

      <DraftTextArea {...text} name="rationale" field="rationale" label="Why" placeholder="Because customers…" testId="decision-rationale" />

      <ImpactRows
        impacts={draft.impacts}
        onChange={(impacts) => onChange({ impacts })}
        chair={chair}
        personas={personas}
        error={error}
        idPrefix={id}
      />

      <DecisionDoorLine
        draft={draft}
        onChange={onChange}
        error={error}
        id={id}
        offerMore={!hasDetails(draft)}
        showMore={showMore}
        onToggleMore={() => setMore((m) => !m)}
      />
      <FieldMessage error={error} field="reversibility" idPrefix={id} />

      {showMore && <DecisionDetails draft={draft} onChange={onChange} error={error} id={id} withStatus={withStatus} />}
    </>
  );
}
