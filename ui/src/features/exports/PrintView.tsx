// The decision log as a printable report: rendered by React as text (customer text is never
// HTML), laid out for paper by the print styles, with "Print / Save as PDF" opening the
// system's print dialog. Covers the window while open; the print styles print only it.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

import type { Decision } from '../../bindings/Decision';
import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionLogMeeting } from '../../bindings/DecisionLogMeeting';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import { DIRECTION_LABEL, REVERSIBILITY_LABEL, formatDate, plural } from '../../lib/format';
import { decisionLog } from './api';
import { useLoad } from '../../lib/useLoad';
import { STATUS_WORD } from '../decision/DecisionFields';
import { cleanFilter, decisionCount, describeFilter } from './logFilter';
import './exports.css';
import { FieldError } from '../../shared/FieldError';

type Props = {
  filter: DecisionFilter;
  /** The workspace's meetings, to name the one filtered on even when it has no decision. */
  meetings?: MeetingListItem[];
  onClose: () => void;
  /** Opens the system's print dialog; `window.print` unless a test says otherwise. */
  print?: () => void;
};

export function PrintView({ filter, meetings = [], onClose, print = () => window.print() }: Props) {
  const clean = cleanFilter(filter);
  const log = useLoad(() => decisionLog(clean), [JSON.stringify(clean)]);
  const printRef = useRef<HTMLButtonElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    printRef.current?.focus();
    document.body.classList.add('printing-log');
    return () => {
      document.body.classList.remove('printing-log');
      previous?.focus();
    };
  }, []);

  const data = log.data;
  const personaName = (id: string) => data?.personas.find((p) => p.id === id)?.name ?? null;
  const meetingTitle = (id: string) =>
    data?.meetings.find((m) => m.meeting.id === id)?.meeting.title ?? meetings.find((m) => m.id === id)?.title ?? null;
  const count = data ? decisionCount(data) : 0;

  return createPortal(
    <div
      className="print-view"
      role="dialog"
      aria-modal="true"
      aria-labelledby="print-title"
      data-testid="print-view"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCloseRef.current();
        }
      }}
    >
      <div className="print-view__toolbar">
        <button type="button" className="btn" onClick={onClose} data-testid="print-close">
          ← Back
        </button>
        <button
          ref={printRef}
          type="button"
          className="btn btn--primary"
          onClick={print}
          disabled={count === 0}
          data-testid="print-now"
        >
          Print / Save as PDF
        </button>
      </div>
      <article className="print-page">
        <header className="print-page__head">
          <h1 id="print-title">Decision log</h1>
          <p className="print-page__filter" data-testid="print-filter">
            {describeFilter(clean, meetingTitle, personaName)}
            {data && ` · ${plural(count, 'decision')} in ${plural(data.meetings.length, 'meeting')}`}
          </p>
        </header>
        {log.error && (
          <FieldError>
            The decision log could not be loaded: {log.error}
          </FieldError>
        )}
        {data && count === 0 && <p data-testid="print-none">No decision matches these filters: go back to choose others.</p>}
        {data?.meetings.map((m) => (
          <MeetingSection key={m.meeting.id} entry={m} personaName={personaName} />
        ))}
      </article>
    </div>,
    document.body,
  );
}

function MeetingSection({ entry, personaName }: { entry: DecisionLogMeeting; personaName: (id: string) => string | null }) {
  const { meeting, attendees, decisions } = entry;
  return (
    <section className="print-meeting" data-testid="print-meeting">
      <h2>
        {meeting.title} <span className="print-meeting__date">{formatDate(meeting.heldOn)}</span>
      </h2>
      {meeting.goal && <p className="print-meeting__goal">Goal: {meeting.goal}</p>}
      {attendees.length > 0 && (
        <p className="print-meeting__people">In the room: {attendees.map((a) => `${a.name} (${a.role})`).join(', ')}</p>
      )}
      <ol className="print-decisions">
        {decisions.map((d) => (
          <PrintDecision key={d.id} decision={d} personaName={personaName} />
        ))}
      </ol>
    </section>
  );
}

function PrintDecision({ decision: d, personaName }: { decision: Decision; personaName: (id: string) => string | null }) {
  const facts = [
    STATUS_WORD[d.status],
    REVERSIBILITY_LABEL[d.reversibility],
    d.owner ? `owner ${d.owner}` : null,
    d.reviewOn ? `review on ${formatDate(d.reviewOn)}` : null,
    d.evidenceIds.length > 0 ? plural(d.evidenceIds.length, 'evidence anecdote') : 'no evidence anecdotes',
  ].filter(Boolean);
  return (
    <li className="print-decision" data-testid="print-decision">
      <h3>{d.statement}</h3>
      <p className="print-decision__facts">{facts.join(' · ')}</p>
      {d.rationale && <p>Why: {d.rationale}</p>}
      {d.optionsConsidered && <p>Options considered: {d.optionsConsidered}</p>}
      {d.impacts.length > 0 && (
        <ul className="print-decision__impacts">
          {d.impacts.map((i) => {
            const who = (i.personaId !== null ? personaName(i.personaId) : null) || i.segment || 'Customers';
            return (
              <li key={i.id}>
                <strong>
                  {DIRECTION_LABEL[i.direction]} · {who}
                </strong>
                {i.magnitude !== null && ` · magnitude ${i.magnitude}/5`}
                {i.whatChanges && `: ${i.whatChanges}`}
              </li>
            );
          })}
        </ul>
      )}
      {d.annotations.length > 0 && <p className="print-decision__label">How the customer reacted</p>}
      {d.annotations.length > 0 && (
        <ul className="print-decision__notes">
          {d.annotations.map((a) => (
            <li key={a.id}>
              {a.author} ({a.stance}): {a.comment}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
