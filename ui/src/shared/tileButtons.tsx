// The small buttons at the foot of a tile in a grid (a deck, a persona): each calls back with
// its action, all are off while one runs, and each has the test id `<prefix>-<action>`.

/** Makes the tile's buttons; with `name`, each says for screen readers what it acts on ("Edit Pricing"). */
export function tileButtons<A extends string>(prefix: string, busy: boolean, onAction: (action: A) => void, name?: string) {
  return (action: A, label: string, extra = '') => (
    <button
      type="button"
      className={`btn btn--small ${extra}`}
      onClick={() => onAction(action)}
      disabled={busy}
      data-testid={`${prefix}-${action}`}
      aria-label={name && `${label} ${name}`}
    >
      {label}
    </button>
  );
}
