// Entry point: mounts the app (or, at #projector, the projector view) and its styles.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { Root } from './Root';
import './styles';

// The app benchmark (tests/bench/app.rs) splits the start at these marks.
performance.mark('ui evaluated');
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
