// The command palette (Ctrl+K / ⌘K): every action of the app in a list filtered as you type,
// moved through with ↑/↓ (Home/End), run with Enter or a click, closed with Escape.
import { useId, useState, type KeyboardEvent } from 'react';

import { Modal } from '../../shared/Modal';

export type PaletteAction = {
  id: string;
  label: string;
  /** The shortcut that does the same, shown beside it. */
  keys?: string;
  run: () => void;
};

/** The actions whose label holds every typed word, in their order. */
export function filterActions(actions: PaletteAction[], query: string): PaletteAction[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return actions;
  return actions.filter((a) => {
    const label = a.label.toLowerCase();
    return words.every((w) => label.includes(w));
  });
}

type Props = {
  actions: PaletteAction[];
  onClose: () => void;
};

export function CommandPalette({ actions, onClose }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = filterActions(actions, query);
  const at = Math.min(active, Math.max(shown.length - 1, 0));

  function run(a: PaletteAction | undefined) {
    if (!a) return;
    onClose();
    a.run();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const last = shown.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: at >= last ? 0 : at + 1,
      ArrowUp: at <= 0 ? last : at - 1,
      Home: 0,
      End: last,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.max(0, moves[e.key] ?? 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(shown[at]);
    }
  }

  return (
    <Modal title="Commands" onClose={onClose} testId="command-palette" className="palette">
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={shown[at] ? `${id}-${shown[at].id}` : undefined}
        aria-label="Type a command"
        className="palette__input"
        placeholder="Type a command…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        data-testid="palette-input"
      />
      <ul className="palette__list" role="listbox" id={`${id}-list`} aria-label="Commands">
        {shown.map((a, i) => (
          <li
            key={a.id}
            id={`${id}-${a.id}`}
            role="option"
            aria-selected={i === at}
            className={`palette__item${i === at ? ' palette__item--active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(a)}
            onMouseMove={() => setActive(i)}
            data-testid="palette-item"
            data-action={a.id}
          >
            <span>{a.label}</span>
            {a.keys && <kbd className="kbd">{a.keys}</kbd>}
          </li>
        ))}
        {shown.length === 0 && (
          <li className="palette__none" role="presentation">
            No command matches “{query}”.
          </li>
        )}
      </ul>
    </Modal>
  );
}
