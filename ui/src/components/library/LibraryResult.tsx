// One anecdote in the library's list: its (highlighted) text and every fact about it. The
// whole line is a button that opens the editor.
import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import { AnecdoteMeta } from '../AnecdoteMeta';
import { CustomerText } from '../CustomerText';

type Props = {
  hit: AnecdoteHit;
  personaName: (id: string) => string | null;
  onOpen: () => void;
};

export function LibraryResult({ hit, personaName, onOpen }: Props) {
  const a = hit.anecdote;
  const names = a.personaIds.map(personaName).filter((n): n is string => n !== null);
  return (
    <li>
      <button type="button" className="library-result" onClick={onOpen} data-testid="library-result">
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
    </li>
  );
}
