// "Escalate" on an anecdote: hands it to an owner, who is asked what happened.
import type { ReactNode } from 'react';

type Props = { className: string; onClick: () => void; testId: string; children: ReactNode };

export function EscalateButton({ className, onClick, testId, children }: Props) {
  return (
    <button type="button" className={className} onClick={onClick} data-testid={testId} title="Ask an owner what happened (“?”), with a deadline">
      {children}
    </button>
  );
}
