// Rules for the source itself: customer text never reaches an HTML or code sink, and only
// lib/ipc.ts talks to Tauri.
import { expect, test } from 'vitest';

const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./test/**', '!./bindings/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

test('the guard sees the app’s modules', () => {
  expect(Object.keys(sources)).toContain('./lib/ipc.ts');
  expect(Object.keys(sources)).toContain('./components/AnecdotePanel.tsx');
});

test('no HTML or code sinks in the app', () => {
  const sinks = /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\b|createContextualFragment/;
  const offenders = Object.entries(sources).filter(([, text]) => sinks.test(text)).map(([path]) => path);
  expect(offenders).toEqual([]);
});

test('only lib/ipc.ts imports @tauri-apps/api', () => {
  const offenders = Object.entries(sources)
    .filter(([path, text]) => path !== './lib/ipc.ts' && /from ['"]@tauri-apps\/api/.test(text))
    .map(([path]) => path);
  expect(offenders).toEqual([]);
});
