// One of a decision's text fields (what we decided, why, options considered): its label, a
// two-line text and the backend's error about it under it.
import type { KeyboardEvent } from 'react';

import { Field } from '../../shared/Field';
import type { Draft } from './draft';
import { errorProps, type FieldError } from './fieldErrors';
import { FieldMessage } from './FieldMessage';

type Props = {
  /** The form's id prefix, and the textarea's id after it. */
  id: string;
  name: string;
  field: 'statement' | 'rationale' | 'optionsConsidered';
  label: string;
  placeholder: string;
  testId: string;
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  error: FieldError | null;
  required?: boolean;
  onKeyDown?: (e: KeyboardEvent<HTMLTextAreaElement>) => void;
};

export function DraftTextArea({ id, name, field, label, placeholder, testId, draft, onChange, error, required, onKeyDown }: Props) {
  return (
    <Field id={`${id}-${name}`} label={label}>
      <textarea
        id={`${id}-${name}`}
        rows={2}
        required={required}
        value={draft[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        onKeyDown={onKeyDown}
        placeholder={placeholder}
        data-testid={testId}
        {...errorProps(error, field, id).input}
      />
      <FieldMessage error={error} field={field} idPrefix={id} />
    </Field>
  );
}
