// "Decisions": every decision across meetings, found again in seconds. Full-text search over
// statement, rationale, options and impacts (every word, any form: "refunded" finds
// "refunds"), the decision log's filters plus "due for review", a sort; those due for review
// come first. Each decision opens in place with its impacts, evidence, reactions, links and
// history. Export takes the filters as they are on screen.
import { useId, useState } from 'react';

import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionPage } from '../../bindings/DecisionPage';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { Persona } from '../../bindings/Persona';
import { DecisionItem } from './DecisionItem';
import { DecisionsFilters } from './DecisionsFilters';
import { useDecisionSearch } from './useDecisionSearch';
import './decisions.css';
import { FieldError } from '../../shared/FieldError';
import { LabelledSearch } from '../../shared/LabelledSearch';

type Props = {
  meetings: MeetingListItem[];
  personas: Persona[];
  refreshKey: number;
  /** Opens the export dialog with these filters. */
  onExport: (filter: DecisionFilter) => void;
  /** Opens a meeting. */
  onOpenMeeting: (id: string) => void;
};

/** How many decisions the search found, how many are due for review, and how many are shown. */
function countText(page: DecisionPage | null): string {
  if (page === null) return 'Looking…';
  const due = page.rows.filter((r) => r.reviewDue).length;
  return `${page.total} decision${page.total === 1 ? '' : 's'}${due ? `, ${due} due for review (shown first)` : ''}${
    page.total > page.rows.length ? `; the first ${page.rows.length} are shown: add words or filters to narrow` : ''
  }`;
}

export function DecisionsView({ meetings, personas, refreshKey, onExport, onOpenMeeting }: Props) {
  const id = useId();
  const search = useDecisionSearch(refreshKey);
  const rows = search.page?.rows ?? null;
  const [openId, setOpenId] = useState<string | null>(null);
  const personaName = (pid: string) => personas.find((p) => p.id === pid)?.name ?? null;

  return (
    <section className="decisions" data-testid="decisions-view" aria-labelledby={`${id}-title`}>
      <header className="decisions__head">
        <h1 id={`${id}-title`}>Decisions</h1>
        <button type="button" className="btn" onClick={() => onExport(search.current)} data-testid="decisions-export">
          Export these…
        </button>
      </header>
      <div className="decisions__search">
        <LabelledSearch
          id={`${id}-q`}
          label="Search statement, rationale, options and impacts"
          value={search.words}
          onChange={search.setWords}
          placeholder="e.g. refund gift"
          testId="decisions-search"
        />
      </div>
      <DecisionsFilters
        id={id}
        filter={search.filter}
        onFilter={search.patchFilter}
        sort={search.sort}
        onSort={search.setSort}
        meetings={meetings}
        personas={personas}
      />
      {search.error && <FieldError>{search.error}</FieldError>}
      <p className="muted" aria-live="polite" data-testid="decisions-count">
        {countText(search.page)}
      </p>
      {rows && rows.length > 0 && (
        <ol className="decisions__list">
          {rows.map((r) => (
            <DecisionItem
              key={r.decision.id}
              row={r}
              open={openId === r.decision.id}
              onToggle={() => setOpenId((o) => (o === r.decision.id ? null : r.decision.id))}
              personaName={personaName}
              onOpenMeeting={onOpenMeeting}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
