// Ctrl+Enter (Cmd+Enter on a Mac) anywhere in a decision's form saves it.
import type { KeyboardEvent } from 'react';

/** A form's onKeyDown that runs `save` on Ctrl+Enter or Cmd+Enter. */
export function ctrlEnter(save: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  };
}
