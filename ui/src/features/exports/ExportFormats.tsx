// The export dialog's formats, one radio each with what it is for; the one chosen is marked.
import type { ExportFormat } from '../../bindings/ExportFormat';
import { FORMATS } from './logFilter';

type Props = {
  /** The radio group's name. */
  name: string;
  format: ExportFormat;
  onChange: (format: ExportFormat) => void;
};

export function ExportFormats({ name, format, onChange }: Props) {
  return (
    <fieldset className="export-formats">
      <legend className="log-filters__legend">Format</legend>
      {FORMATS.map((f) => (
        <label key={f.format} className={`export-format${f.format === format ? ' export-format--on' : ''}`}>
          <input
            type="radio"
            name={name}
            value={f.format}
            checked={f.format === format}
            onChange={() => onChange(f.format)}
            data-testid={`export-format-${f.format}`}
          />
          <span className="export-format__label">{f.label}</span>
          <span className="export-format__hint">{f.hint}</span>
        </label>
      ))}
    </fieldset>
  );
}
