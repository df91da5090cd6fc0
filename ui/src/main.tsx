// Entry point: mounts the app (or, at #projector, the projector view) and its styles.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { Root } from './Root';
import './styles';

// The app benchmark (tests/bench/app.rs) splits the start at these marks.
performance.mark('ui evaluated');
// On Linux the app names the first family of the font list this machine has (src-tauri's
// fonts.rs); put first, it spares WebKitGTK a fontconfig lookup per missing family for every
// size and weight of the first frame.
const desktopFont = (window as { __desktopFont?: unknown }).__desktopFont;
if (typeof desktopFont === 'string') {
  document.documentElement.style.setProperty('--font-desktop', JSON.stringify(desktopFont));
}
const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
