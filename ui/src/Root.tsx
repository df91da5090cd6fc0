// Which screen this window shows: the projector view when the app is loaded at `#projector`
// (the window `open_projector` makes), else the whole app.
import { App } from './App';
import { ProjectorApp } from './features/projector/ProjectorApp';

export const PROJECTOR_HASH = '#projector';

export function Root() {
  return window.location.hash === PROJECTOR_HASH ? <ProjectorApp /> : <App />;
}
