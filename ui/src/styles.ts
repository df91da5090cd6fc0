// The app's stylesheets, in cascade order: the palette and sizes (tokens), the base, what the
// features share, then one file per feature (in the order their rules were written, which later
// rules rely on when they override earlier ones). Imported by main.tsx and the test harness after
// the components, whose own stylesheets (exports.css, escalations.css, …) come first.
import './tokens.css';
import './base.css';
import './shared/badge.css';
import './shared/surface.css';
import './shared/lists.css';
import './features/shell/shell.css';
import './features/meeting/meeting.css';
import './features/decision/decision.css';
import './shared/anecdote.css';
import './shared/empty-state.css';
import './shared/dialog.css';
import './shared/view.css';
import './features/library/library.css';
import './features/import/import.css';
import './features/personas/personas.css';
import './features/report/report.css';
import './features/projector/projector.css';
import './features/meeting/meeting-panels.css';
import './features/decision/decision-details.css';
import './features/summary/summary.css';
import './features/decks/decks.css';
import './features/recovery/recovery.css';
import './features/people/people.css';
import './features/annotations/annotations.css';
