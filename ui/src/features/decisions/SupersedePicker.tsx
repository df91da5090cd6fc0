// "Replaced by …": finds the replacing decision in any meeting by its words (the same search as
// the Decisions screen), newest first, and offers the first few to choose from.
import { useEffect, useId, useState } from 'react';

import type { DecisionRow } from '../../bindings/DecisionRow';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/ipc';
import { findDecisions } from './api';
import { useDebounced } from '../../lib/useDebounced';
import { FieldError } from '../../shared/FieldError';
import { LabelledSearch } from '../../shared/LabelledSearch';

const SHOWN = 8;

type Props = {
  /** The decision being replaced: never offered. */
  exceptId: string;
  value: string;
  onChange: (id: string) => void;
};

export function SupersedePicker({ exceptId, value, onChange }: Props) {
  const id = useId();
  const [words, setWords] = useState('');
  const query = useDebounced(words, 150);
  const [rows, setRows] = useState<DecisionRow[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    findDecisions(query.trim() ? { query: query.trim() } : {}, query.trim() ? 'relevance' : 'newest')
      .then((r) => {
        if (stale) return;
        const offered = r.rows.filter((x) => x.decision.id !== exceptId).slice(0, SHOWN);
        setRows(offered);
        setError(null);
        if (!offered.some((x) => x.decision.id === value)) onChange(offered[0]?.decision.id ?? '');
      })
      .catch((e: unknown) => !stale && setError(errorMessage(e)));
    return () => {
      stale = true;
    };
    // `value` and `onChange` only follow the list; they never ask for a new search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, exceptId]);

  return (
    <div className="supersede">
      <LabelledSearch
        id={`${id}-q`}
        label="Replaced by (search every meeting)"
        value={words}
        onChange={setWords}
        placeholder="Words of the newer decision"
        testId="superseded-search"
      />
      {error && (
        <FieldError>
          {error}
        </FieldError>
      )}
      {rows.length === 0 ? (
        <p className="muted">No other decision matches.</p>
      ) : (
        <fieldset className="supersede__options">
          <legend className="visually-hidden">The decision that replaces it</legend>
          {rows.map((r) => (
            <label key={r.decision.id} className="supersede__option" data-testid="superseded-option">
              <input
                type="radio"
                name={`${id}-by`}
                value={r.decision.id}
                checked={value === r.decision.id}
                onChange={() => onChange(r.decision.id)}
              />
              <span>
                {r.decision.statement}{' '}
                <span className="muted">
                  · {r.meetingTitle}, {formatDate(r.heldOn)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
