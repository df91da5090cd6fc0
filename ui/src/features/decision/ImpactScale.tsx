// How big an impact is: magnitude (1-5), confidence and reach, each optional ("–").
import type { Confidence } from '../../bindings/Confidence';
import type { ImpactDraft } from './draft';

const CONFIDENCES: Confidence[] = ['low', 'medium', 'high'];
const MAGNITUDES = [1, 2, 3, 4, 5];

type Props = {
  row: ImpactDraft;
  onChange: (patch: Partial<ImpactDraft>) => void;
};

type ChoiceProps = {
  label: string;
  value: string | number | null;
  choices: (string | number)[];
  /** The chosen value as the select has it; '' for none. */
  onChange: (raw: string) => void;
  testId: string;
};

/** A labelled select whose first choice, "–", is none. */
function OptionalChoice({ label, value, choices, onChange, testId }: ChoiceProps) {
  return (
    <label>
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">–</option>
        {choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ImpactScale({ row, onChange }: Props) {
  return (
    <div className="impact-row__scale">
      <OptionalChoice
        label="Magnitude"
        value={row.magnitude}
        choices={MAGNITUDES}
        onChange={(raw) => onChange({ magnitude: raw ? Number(raw) : null })}
        testId="impact-magnitude"
      />
      <OptionalChoice
        label="Confidence"
        value={row.confidence}
        choices={CONFIDENCES}
        onChange={(raw) => onChange({ confidence: (raw || null) as Confidence | null })}
        testId="impact-confidence"
      />
      <label className="impact-row__reach">
        <span>Reach</span>
        <input
          value={row.reach}
          onChange={(e) => onChange({ reach: e.target.value })}
          placeholder="e.g. 40% of members"
          data-testid="impact-reach"
        />
      </label>
    </div>
  );
}
