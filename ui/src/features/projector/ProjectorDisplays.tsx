// The connected displays to show the chair on, one radio each with its size and what is on it
// now (this window, the projector).
import type { Display } from '../../bindings/Display';

type Props = {
  displays: Display[];
  choice: string | null;
  onChoose: (name: string) => void;
};

function describe(d: Display): string {
  const where = [d.hasMain && 'this window', d.hasProjector && 'the projector'].filter(Boolean).join(' and ');
  return `${d.area.width} × ${d.area.height}${where ? ` · ${where}` : ''}`;
}

export function ProjectorDisplays({ displays, choice, onChoose }: Props) {
  return (
    <fieldset className="projector-dialog__displays">
      <legend>Show the chair on</legend>
      {displays.map((d) => (
        <label key={d.name} className="projector-dialog__display" data-testid="projector-display">
          <input
            type="radio"
            name="projector-display"
            value={d.name}
            checked={d.name === choice}
            onChange={() => onChoose(d.name)}
          />
          <span className="projector-dialog__name">{d.name}</span>
          <span className="projector-dialog__meta">{describe(d)}</span>
        </label>
      ))}
    </fieldset>
  );
}
