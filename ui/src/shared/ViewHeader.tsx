// The head of a main view: its title (the id the view's section is labelled by), a line saying
// what the view is for, and the view's buttons on the right.
import type { ReactNode } from 'react';

type Props = {
  titleId: string;
  title: ReactNode;
  subtitle: ReactNode;
  /** The view's actions; none: no actions box. */
  children?: ReactNode;
};

export function ViewHeader({ titleId, title, subtitle, children }: Props) {
  return (
    <header className="view__header">
      <div>
        <h1 className="view__title" id={titleId}>
          {title}
        </h1>
        <p className="view__subtitle">{subtitle}</p>
      </div>
      {children && <div className="view__actions">{children}</div>}
    </header>
  );
}
