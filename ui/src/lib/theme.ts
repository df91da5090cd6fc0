// Light or dark: the system's choice until the user picks one with the theme toggle, then
// theirs, remembered in this window's local storage and applied as `data-theme` on <html>
// (tokens.css picks each colour of the palette by it). Pure helpers plus the hook the toggle uses.
import { useCallback, useEffect, useState } from 'react';

export type ThemeName = 'light' | 'dark';

export const THEME_KEY = 'empty-chair.theme';

/** What the user picked last, or null when they never did (the system decides). */
export function storedTheme(): ThemeName | null {
  try {
    const v = window.localStorage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

function storeTheme(t: ThemeName) {
  try {
    window.localStorage.setItem(THEME_KEY, t);
  } catch {
    // Storage refused (private mode, quota): the choice lasts for this session only.
  }
}

/** What the system asks for; light where it cannot say. */
export function systemTheme(): ThemeName {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

/** Puts the choice on <html>; null gives the decision back to the system. */
export function applyTheme(t: ThemeName | null) {
  if (t) document.documentElement.dataset.theme = t;
  else delete document.documentElement.dataset.theme;
}

export function useTheme() {
  const [chosen, setChosen] = useState<ThemeName | null>(storedTheme);
  const theme: ThemeName = chosen ?? systemTheme();

  useEffect(() => {
    applyTheme(chosen);
  }, [chosen]);

  const toggle = useCallback(() => {
    setChosen((c) => {
      const next: ThemeName = (c ?? systemTheme()) === 'dark' ? 'light' : 'dark';
      storeTheme(next);
      return next;
    });
  }, []);

  return { theme, toggle };
}
