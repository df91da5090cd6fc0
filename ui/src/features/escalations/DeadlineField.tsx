// The deadline of an escalation: 4, 24, 48 or 72 hours, or another number of hours typed in.
import { FieldErrorText, describedBy, type FieldError } from './fieldError';

export const DEADLINE_PRESETS = [4, 24, 48, 72] as const;

export type Preset = number | 'custom';

type Props = {
  /** The dialog's id prefix. */
  id: string;
  preset: Preset;
  onPreset: (preset: Preset) => void;
  custom: string;
  onCustom: (hours: string) => void;
  error: FieldError<string> | null;
};

export function DeadlineField({ id, preset, onPreset, custom, onCustom, error }: Props) {
  return (
    <fieldset className="field">
      <legend>Deadline</legend>
      <div className="escalate__presets" role="radiogroup" aria-label="Deadline in hours">
        {DEADLINE_PRESETS.map((h) => (
          <label key={h} className="escalate__preset">
            <input
              type="radio"
              name={`${id}-deadline`}
              checked={preset === h}
              onChange={() => onPreset(h)}
              data-testid={`escalate-deadline-${h}`}
            />
            {h} h
          </label>
        ))}
        <label className="escalate__preset">
          <input
            type="radio"
            name={`${id}-deadline`}
            checked={preset === 'custom'}
            onChange={() => onPreset('custom')}
            data-testid="escalate-deadline-custom"
          />
          Other
        </label>
        {preset === 'custom' && (
          <label className="escalate__custom">
            <input
              type="number"
              min={1}
              max={8760}
              step={1}
              value={custom}
              onChange={(e) => onCustom(e.target.value)}
              aria-label="Deadline in hours"
              data-testid="escalate-hours"
              {...describedBy(error, 'deadlineHours', id)}
            />
            hours
          </label>
        )}
      </div>
      <FieldErrorText error={error} field="deadlineHours" id={id} />
    </fieldset>
  );
}
