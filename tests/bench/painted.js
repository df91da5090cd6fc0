// Run by tests/bench/app.rs through WebDriver (execute/async) in a session just started: waits
// for the chair's name to be in the DOM with text, then two animation frames (so the first has
// been painted), and answers when, with where the time went.
const done = arguments[arguments.length - 1];
if (location.href === 'about:blank') { done({ blank: true }); return; }
const ready = () => {
  const el = document.querySelector('[data-testid="chair-name"]');
  return el !== null && el.textContent.trim() !== '';
};
const report = (already, seen = performance.now()) => requestAnimationFrame(() => {
  const frame = performance.now();
  requestAnimationFrame(() => done({ already, painted: performance.timeOrigin + performance.now(),
    origin: performance.timeOrigin, phases: { ...phases(seen, performance.now()), frame } }));
});
// Where the start went: the UI's marks and its first commands (`ipc <command>` measures), in ms
// from the navigation's start.
function phases(seen, now) {
  const nav = performance.getEntriesByType('navigation')[0];
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
  const ipc = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('ipc '));
  const slowest = ipc.reduce((a, b) => (a && a.duration >= b.duration ? a : b), null);
  return {
    html: nav ? nav.responseEnd : null,
    evaluated: mark('ui evaluated'),
    mounted: mark('ui mounted'),
    ipcFirst: ipc.length ? Math.min(...ipc.map((m) => m.startTime)) : null,
    ipcLast: ipc.length ? Math.max(...ipc.map((m) => m.startTime + m.duration)) : null,
    ipcCount: ipc.length,
    ipcSlowest: slowest ? `${slowest.name.slice(4)} ${Math.round(slowest.duration)} ms` : null,
    ipc: ipc.map((m) => `${m.name.slice(4)} ${Math.round(m.startTime)}-${Math.round(m.startTime + m.duration)}`),
    seen,
    painted: now,
  };
}
if (ready()) { report(true); return; }
const seen = new MutationObserver(() => { if (ready()) { seen.disconnect(); report(false); } });
seen.observe(document, { subtree: true, childList: true, characterData: true });
