// Decisions whose review date has come, at the start of the next meeting: for each, did what
// it intended happen? "It happened" / "It didn't" with a note records the review.
import { useEffect, useId, useState } from 'react';

import type { Decision } from '../../bindings/Decision';
import type { ReviewInput } from '../../bindings/ReviewInput';
import { formatDate, plural } from '../../lib/format';
import { errorMessage } from '../../lib/ipc';
import { decisionsDueForReview } from './api';
import { CustomerText } from '../../shared/CustomerText';
import { FieldError } from '../../shared/FieldError';

type Props = {
  onReview: (input: ReviewInput) => Promise<unknown>;
  /** Changes when the workspace changed, to ask again. */
  refreshKey: number;
};

export function DueForReview({ onReview, refreshKey }: Props) {
  const [due, setDue] = useState<Decision[]>([]);
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    let current = true;
    decisionsDueForReview()
      .then((ds) => {
        if (current) setDue(ds);
      })
      .catch(() => {
        // Reviews are a reminder: without them the meeting goes on.
      });
    return () => {
      current = false;
    };
  }, [refreshKey]);

  if (hidden || due.length === 0) return null;
  return (
    <section className="card due" data-testid="due-for-review" aria-labelledby="due-title">
      <header className="due__head">
        <h2 className="card__title" id="due-title">
          Due for review: {plural(due.length, 'decision')}
        </h2>
        <button type="button" className="link-button" onClick={() => setHidden(true)} data-testid="due-later">
          Later
        </button>
      </header>
      <p className="muted">Did what we decided happen for the customer?</p>
      <ul className="due__list">
        {due.map((d) => (
          <DueItem
            key={d.id}
            decision={d}
            onReview={async (happened, note) => {
              await onReview({ decisionId: d.id, happened, note });
              setDue((ds) => ds.filter((x) => x.id !== d.id));
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function DueItem({ decision: d, onReview }: { decision: Decision; onReview: (happened: boolean, note: string) => Promise<void> }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function review(happened: boolean) {
    setBusy(true);
    setError(null);
    try {
      await onReview(happened, note.trim());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <li className="due__item" data-testid="due-item">
      <p className="due__statement">
        <CustomerText text={d.statement} />
      </p>
      <p className="due__when muted">Review date {formatDate(d.reviewOn)}</p>
      <div className="due__answer">
        <label className="visually-hidden" htmlFor={`${id}-note`}>
          What happened
        </label>
        <input
          id={`${id}-note`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="What happened, in a line"
          data-testid="review-note-input"
        />
        <button type="button" className="btn btn--small" disabled={busy} onClick={() => void review(true)} data-testid="review-happened">
          It happened
        </button>
        <button type="button" className="btn btn--small" disabled={busy} onClick={() => void review(false)} data-testid="review-not-happened">
          It didn’t
        </button>
      </div>
      {error && (
        <FieldError>
          {error}
        </FieldError>
      )}
    </li>
  );
}
