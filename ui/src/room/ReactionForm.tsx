// The ambassador's reaction as the customer: a stance, a feeling from 1 to 5, the customer's
// words and what they say they would do. Also the labels of those flags, shown on reactions.
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';

import type { AnnotationFlag } from '../bindings/AnnotationFlag';
import type { RoomReaction } from '../bindings/RoomReaction';
import type { Stance } from '../bindings/Stance';
import type { ReactionBody } from './api';

const STANCES: Array<[Stance, string]> = [
  ['supports', 'Supports'],
  ['concerned', 'Concerned'],
  ['opposes', 'Opposes'],
];
export const FLAGS: Array<[AnnotationFlag, string]> = [
  ['would_tell_others', 'Would tell others'],
  ['would_leave', 'Would leave'],
  ['would_pay_more', 'Would pay more'],
];
const MAX_COMMENT = 2000;

export function ReactionForm({ initial, onSave }: { initial: RoomReaction | undefined; onSave: (body: ReactionBody) => void }) {
  const [stance, setStance] = useState<Stance>(initial?.stance ?? 'concerned');
  const [feeling, setFeeling] = useState<number | null>(initial?.feeling ?? null);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [flags, setFlags] = useState<AnnotationFlag[]>(initial?.flags ?? []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave({ stance, feeling, comment: comment.trim(), flags });
    setComment('');
    setFlags([]);
    setFeeling(null);
  };
  return (
    <form className="room-react" onSubmit={submit} aria-label="React as the customer">
      <fieldset>
        <legend>The customer…</legend>
        {STANCES.map(([value, label]) => (
          <Choice key={value} type="radio" name="stance" value={value} checked={stance === value} onChange={() => setStance(value)}>
            {label}
          </Choice>
        ))}
      </fieldset>
      <fieldset>
        <legend>Feeling (1 very unhappy, 5 delighted)</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <Choice
            key={n}
            type="radio"
            name="feeling"
            value={String(n)}
            checked={feeling === n}
            onChange={() => setFeeling(n)}
            className="room-feeling"
          >
            {n}
          </Choice>
        ))}
      </fieldset>
      <label>
        In the customer’s words
        <textarea name="comment" value={comment} maxLength={MAX_COMMENT} rows={3} onChange={(e) => setComment(e.target.value)} />
      </label>
      <fieldset>
        <legend>The customer says they…</legend>
        {FLAGS.map(([value, label]) => (
          <Choice
            key={value}
            type="checkbox"
            name="flags"
            value={value}
            checked={flags.includes(value)}
            onChange={(on) => setFlags((f) => (on ? [...f, value] : f.filter((x) => x !== value)))}
          >
            {label}
          </Choice>
        ))}
      </fieldset>
      <button type="submit" className="room-primary">
        {initial ? 'Save my reaction' : 'React'}
      </button>
    </form>
  );
}

type ChoiceProps = {
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  checked: boolean;
  /** A radio only calls it when it becomes checked. */
  onChange: (checked: boolean) => void;
  /** More classes after `room-choice`. */
  className?: string;
  children: ReactNode;
};

/** One choice of a group, its input inside its label. */
function Choice({ type, name, value, checked, onChange, className, children }: ChoiceProps) {
  return (
    <label className={className ? `room-choice ${className}` : 'room-choice'}>
      <input type={type} name={name} value={value} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {children}
    </label>
  );
}
