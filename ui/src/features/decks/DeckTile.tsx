// One prompt deck in the decks list: name, "Built in" or custom, description, its questions,
// and what can be done with it (built-in decks can only be duplicated and exported).
import type { PromptDeck } from '../../bindings/PromptDeck';
import { plural } from '../../lib/format';
import { tileButtons } from '../../shared/tileButtons';

export type DeckAction = 'edit' | 'duplicate' | 'export' | 'delete';

type Props = {
  deck: PromptDeck;
  busy: boolean;
  onAction: (action: DeckAction) => void;
};

export function DeckTile({ deck: d, busy, onAction }: Props) {
  const action = tileButtons('deck', busy, onAction, d.name);
  return (
    <article className={`card deck-tile${d.builtin ? ' deck-tile--builtin' : ''}`} data-testid="deck" aria-labelledby={`deck-${d.id}-name`}>
      <header className="deck-tile__head">
        <h2 className="deck-tile__name" id={`deck-${d.id}-name`} data-testid="deck-title">
          {d.name}
        </h2>
        {d.builtin && (
          <span className="badge" data-testid="deck-builtin">
            Built in
          </span>
        )}
        <span className="muted deck-tile__count">{plural(d.prompts.length, 'question')}</span>
      </header>
      {d.description && <p className="deck-tile__description">{d.description}</p>}
      <ol className="deck-tile__prompts">
        {d.prompts.map((p) => (
          <li key={p.id}>{p.text}</li>
        ))}
      </ol>
      <div className="deck-tile__actions">
        {!d.builtin && action('edit', 'Edit', 'btn--primary')}
        {action('duplicate', 'Duplicate')}
        {action('export', 'Export…')}
        {!d.builtin && action('delete', 'Delete', 'btn--danger-quiet')}
      </div>
    </article>
  );
}
