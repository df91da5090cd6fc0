// One reaction in the thread: who (name and role at the time), the stance, the feeling, the
// flags, the comment as customer text, when (relative; the exact time on hover) and whether it
// was edited. Its author, while at the keyboard, can edit or delete it; nobody else sees those
// controls.
import { memo, useState } from 'react';

import type { Annotation } from '../../bindings/Annotation';
import type { AnnotationInput } from '../../bindings/AnnotationInput';
import { draftOf, exactTime, relativeTime, wasEdited } from './annotations';
import { useNow } from '../../lib/timer';
import { CustomerText } from '../../shared/CustomerText';
import { RoleBadge } from '../people/RoleBadge';
import { AnnotationForm } from './AnnotationForm';
import { FeelingMark, FlagChips, StanceMark } from './Marks';

type Props = {
  annotation: Annotation;
  /** Whether the person at the keyboard wrote it (and so may change it). */
  own: boolean;
  /** Called with this reaction: the thread passes one stable function for all its items. */
  onUpdate: (a: Annotation, input: AnnotationInput) => Promise<void>;
  onDelete: (a: Annotation) => void;
  /** The time "5 min ago" counts from; absent: the clock, renewed every minute. */
  now?: Date;
};

const MINUTE_MS = 60_000;

/** Memoized: a thread of thousands (a room reacting) renders only the reactions that changed. */
export const AnnotationItem = memo(function AnnotationItem({ annotation: a, own, onUpdate, onDelete, now }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(() => draftOf(a));
  const clock = useNow(now === undefined, MINUTE_MS);

  if (editing && own) {
    return (
      <li className="annotation annotation--editing" data-testid="annotation">
        <AnnotationForm
          draft={draft}
          onDraft={setDraft}
          submitLabel="Save changes"
          onSave={async (input) => {
            await onUpdate(a, input);
            setEditing(false);
          }}
          onCancel={() => {
            setDraft(draftOf(a));
            setEditing(false);
          }}
        />
      </li>
    );
  }

  return (
    <li className={`annotation annotation--${a.stance}`} data-testid="annotation">
      <div className="annotation__head">
        <StanceMark stance={a.stance} />
        {a.feeling !== null && <FeelingMark feeling={a.feeling} />}
        <span className="annotation__who">
          <span className="annotation__author" data-testid="annotation-author">
            {a.author}
          </span>
          <RoleBadge role={a.role} />
        </span>
      </div>
      {a.comment && (
        <blockquote className="annotation__comment" data-testid="annotation-comment-text">
          <CustomerText text={a.comment} />
        </blockquote>
      )}
      <FlagChips flags={a.flags} />
      <div className="annotation__foot">
        <time dateTime={a.createdAt} title={exactTime(a.createdAt)} data-testid="annotation-time">
          {relativeTime(a.createdAt, now ?? new Date(clock))}
        </time>
        {wasEdited(a) && (
          <span className="annotation__edited" title={`Edited ${exactTime(a.updatedAt)}`} data-testid="annotation-edited">
            edited
          </span>
        )}
        {own && (
          <span className="annotation__actions">
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setDraft(draftOf(a));
                setEditing(true);
              }}
              data-testid="annotation-edit"
            >
              Edit
            </button>
            <button type="button" className="link-button annotation__delete" onClick={() => onDelete(a)} data-testid="annotation-delete">
              Delete
            </button>
          </span>
        )}
      </div>
    </li>
  );
});
