// Entry point: mounts the app (or, at #projector, the projector view) and its styles.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { Root } from './Root';
import './styles';

// The app benchmark (tests/bench/app.rs) splits the start at these marks.
performance.mark('ui evaluated');
// On Linux the app names the first family of the font list this machine has, and what its
// `monospace` is (src-tauri's fonts.rs); put first, they spare WebKitGTK a fontconfig lookup per
// missing family for every size and weight of the first frame.
const fonts = window as { __desktopFont?: unknown; __desktopMonoFont?: unknown };
for (const [property, family] of [
  ['--font-desktop', fonts.__desktopFont],
  ['--font-desktop-mono', fonts.__desktopMonoFont],
] as const) {
  if (typeof family === 'string') document.documentElement.style.setProperty(property, JSON.stringify(family));
}
const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
