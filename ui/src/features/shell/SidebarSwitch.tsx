// An on/off switch of the sidebar's foot (projector-safe, dark theme): a button with the
// switch role, its track and thumb drawn by CSS.
type Props = {
  on: boolean;
  onToggle: () => void;
  label: string;
  /** What the switch does, shown on hover. */
  title: string;
  testId: string;
};

export function SidebarSwitch({ on, onToggle, label, title, testId }: Props) {
  return (
    <button type="button" role="switch" aria-checked={on} className="switch" onClick={onToggle} data-testid={testId} title={title}>
      <span className="switch__track" aria-hidden="true">
        <span className="switch__thumb" />
      </span>
      <span className="switch__label">{label}</span>
    </button>
  );
}
