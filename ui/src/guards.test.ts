// Rules for the source itself: customer text never reaches an HTML or code sink and always
// goes through the projector-safe mask, only lib/ipc.ts talks to Tauri (features call commands
// through their own api.ts), and inline styles stay where the strict CSP allows them (values set
// through the CSSOM).
import { expect, test } from 'vitest';

const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./test/**', '!./bindings/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

test('the guard sees the app’s modules', () => {
  expect(Object.keys(sources)).toContain('./lib/ipc.ts');
  expect(Object.keys(sources)).toContain('./features/meeting/AnecdotePanel.tsx');
});

test('no HTML or code sinks in the app', () => {
  const sinks = /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\b|createContextualFragment/;
  const offenders = Object.entries(sources).filter(([, text]) => sinks.test(text)).map(([path]) => path);
  expect(offenders).toEqual([]);
});

test('only lib/ipc.ts imports @tauri-apps/*', () => {
  const offenders = Object.entries(sources)
    .filter(([path, text]) => path !== './lib/ipc.ts' && /from ['"]@tauri-apps\//.test(text))
    .map(([path]) => path);
  expect(offenders).toEqual([]);
});

test('commands are called only through lib/ipc.ts and each feature’s api.ts', () => {
  // `call` is exported for the features' api.ts files; components use their typed functions.
  const usesCall = /\{[^}]*\bcall\b[^}]*\}\s*from\s*['"][^'"]*\/ipc['"]|\bipc\s*\.\s*call\b/;
  const offenders = Object.entries(sources)
    .filter(([path]) => path !== './lib/ipc.ts' && !/^\.\/features\/[^/]+\/api\.ts$/.test(path))
    .filter(([, text]) => usesCall.test(text))
    .map(([path]) => path);
  expect(offenders).toEqual([]);
  expect(Object.keys(sources)).toContain('./features/decks/api.ts');
});

test('inline styles only where CSS cannot know the value (the report’s share bars)', () => {
  const offenders = Object.entries(sources)
    .filter(([path, text]) => path !== './features/report/ThemeCard.tsx' && /\bstyle=\{/.test(text))
    .map(([path]) => path);
  expect(offenders).toEqual([]);
});

test('customer text is shown through CustomerText, which masks it when projector-safe is on', () => {
  // Snippets and quotes are the customer's words: no component renders their spans itself.
  const offenders = Object.entries(sources)
    .filter(([path, text]) => path !== './shared/CustomerText.tsx' && /\.snippet\.map\(|<mark\b/.test(text))
    .map(([path]) => path);
  expect(offenders).toEqual([]);
});

test('the room’s page (its own bundle, served to phones) imports only itself, the bindings and React', () => {
  const room = Object.entries(sources).filter(([path]) => path.startsWith('./room/'));
  expect(room.map(([path]) => path)).toContain('./room/RoomApp.tsx');
  const offenders = room.flatMap(([path, text]) =>
    Array.from(text.matchAll(/from ['"]([^'"]+)['"]|import ['"]([^'"]+)['"]/g), (m) => m[1] ?? m[2] ?? '')
      .filter((spec) => !/^(\.\/|\.\.\/bindings\/|react$|react-dom\/client$|react\/)/.test(spec))
      .map((spec) => `${path}: ${spec}`),
  );
  expect(offenders).toEqual([]);
});
