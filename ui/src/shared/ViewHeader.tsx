// The header of a full-page view: its title (what the section is labelled by), a line saying
// what it holds, and its actions on the right.
import type { ReactNode } from 'react';

type Props = {
  /** The h1's id, the view's aria-labelledby. */
  titleId: string;
  title: string;
  subtitle: ReactNode;
  /** Set when the subtitle is a count that follows the view: tested and announced politely. */
  subtitleTestId?: string;
  /** The view's actions; none: no actions box. */
  children?: ReactNode;
};

export function ViewHeader({ titleId, title, subtitle, subtitleTestId, children }: Props) {
  return (
    <header className="view__header">
      <div>
        <h1 className="view__title" id={titleId}>
          {title}
        </h1>
        <p className="view__subtitle" data-testid={subtitleTestId} aria-live={subtitleTestId ? 'polite' : undefined}>
          {subtitle}
        </p>
      </div>
      {children && <div className="view__actions">{children}</div>}
    </header>
  );
}

/** The "Show archived" switch of a view's actions. */
export function ShowArchived({ checked, onChange, testId }: { checked: boolean; onChange: (show: boolean) => void; testId: string }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      Show archived
    </label>
  );
}
