// One persona in the personas grid: picture or initials, name, segment, quote, strongest
// evidence, and what can be done with it.
import type { Persona } from '../../bindings/Persona';
import { Avatar } from '../../shared/Avatar';
import { PersonaEvidence } from './PersonaEvidence';
import { CustomerText } from '../../shared/CustomerText';
import { tileButtons } from '../../shared/tileButtons';

export type PersonaAction = 'edit' | 'duplicate' | 'archive' | 'picture' | 'remove-picture';

type Props = {
  persona: Persona;
  refreshKey: number;
  busy: boolean;
  onAction: (action: PersonaAction) => void;
};

export function PersonaTile({ persona: p, refreshKey, busy, onAction }: Props) {
  const archived = p.archivedAt !== null;
  const action = tileButtons('persona', busy, onAction);
  return (
    <article
      className={`card persona-tile${archived ? ' persona-tile--archived' : ''}`}
      data-testid="persona-card"
      aria-labelledby={`persona-${p.id}-name`}
    >
      <header className="persona__head">
        <Avatar name={p.name} src={p.avatar} className="avatar--large" />
        <div className="persona-tile__who">
          <h2 className="persona__name" id={`persona-${p.id}-name`} data-testid="persona-card-name">
            {p.name}
          </h2>
          {p.segment && <p className="persona__segment">{p.segment}</p>}
          {archived && <span className="badge">Archived</span>}
        </div>
      </header>
      {p.quote && (
        <blockquote className="persona-tile__quote">
          “<CustomerText text={p.quote} />”
        </blockquote>
      )}
      <PersonaEvidence persona={p} refreshKey={refreshKey} />
      <div className="persona-tile__actions">
        {action('edit', 'Edit', 'btn--primary')}
        {action('duplicate', 'Duplicate')}
        {action('archive', archived ? 'Unarchive' : 'Archive')}
        {action('picture', p.avatar ? 'Change picture…' : 'Choose picture…')}
        {p.avatar && action('remove-picture', 'Remove picture')}
      </div>
    </article>
  );
}
