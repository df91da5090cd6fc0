// Which screen this window shows: the projector view when the app is loaded at `#projector`
// (the window `open_projector` makes), else the whole app.
import { useEffect } from 'react';

import { App } from './App';
import { ProjectorApp } from './features/projector/ProjectorApp';

export const PROJECTOR_HASH = '#projector';

export function Root() {
  // The first render is committed (a mark for the app benchmark, tests/bench/app.rs).
  useEffect(() => {
    performance.mark('ui mounted');
  }, []);
  return window.location.hash === PROJECTOR_HASH ? <ProjectorApp /> : <App />;
}
