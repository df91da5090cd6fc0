// One anecdote in the library's list: its (highlighted) text and every fact about it. The
// whole line is a button that opens the editor; beside it, "Escalate" hands it to an owner.
// Memoized: typing in the search box re-renders the library, not its hundred rows.
import { memo } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import { AnecdoteMeta } from '../../shared/AnecdoteMeta';
import { CustomerText } from '../../shared/CustomerText';
import { EscalateButton } from '../../shared/EscalateButton';

type Props = {
  hit: AnecdoteHit;
  personaName: (id: string) => string | null;
  onOpen: (a: Anecdote) => void;
  /** Absent: no "Escalate" button. */
  onEscalate?: (a: Anecdote) => void;
};

export const LibraryResult = memo(function LibraryResult({ hit, personaName, onOpen, onEscalate }: Props) {
  const a = hit.anecdote;
  const names = a.personaIds.map(personaName).filter((n): n is string => n !== null);
  return (
    <li className="library-result-row">
      <button type="button" className="library-result" onClick={() => onOpen(a)} data-testid="library-result">
        <span className="library-result__text">
          <CustomerText spans={hit.snippet} />
        </span>
        <AnecdoteMeta anecdote={a} detailed personaNames={names} />
        {a.sourceRef && (
          <span className="library-result__ref">
            Source: <CustomerText text={a.sourceRef} />
          </span>
        )}
      </button>
      {onEscalate && (
        <EscalateButton className="btn btn--small library-result__escalate" onClick={() => onEscalate(a)} testId="library-escalate">
          Escalate…
        </EscalateButton>
      )}
    </li>
  );
});
