// The sidebar's list of views, the one shown marked as the current page; Escalations carries
// how many are open or overdue.
import { EscalationBadge } from '../escalations/EscalationBadge';

export type View = 'meetings' | 'decisions' | 'library' | 'personas' | 'decks' | 'report' | 'people' | 'escalations';

const VIEWS: Array<{ view: View; label: string }> = [
  { view: 'meetings', label: 'Meetings' },
  { view: 'decisions', label: 'Decisions' },
  { view: 'library', label: 'Library' },
  { view: 'personas', label: 'Personas' },
  { view: 'decks', label: 'Prompt decks' },
  { view: 'report', label: 'WOCAS report' },
  { view: 'people', label: 'People' },
  { view: 'escalations', label: 'Escalations' },
];

type Props = {
  view: View;
  onView: (view: View) => void;
  /** Changes when the workspace changed, to count the open escalations again. */
  refreshKey: number;
};

export function SidebarViews({ view, onView, refreshKey }: Props) {
  return (
    <nav aria-label="Views">
      <ul className="views">
        {VIEWS.map((v) => (
          <li key={v.view}>
            <button
              type="button"
              className={`views__item${v.view === view ? ' views__item--on' : ''}`}
              aria-current={v.view === view ? 'page' : undefined}
              onClick={() => onView(v.view)}
              data-testid={`nav-${v.view}`}
            >
              {v.label}
              {v.view === 'escalations' && <EscalationBadge refreshKey={refreshKey} />}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
