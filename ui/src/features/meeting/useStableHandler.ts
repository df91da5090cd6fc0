// An event handler whose identity never changes and which always runs the latest `fn`. A
// parent that re-renders on every keystroke (the meeting while a decision is typed, the library
// while a search is typed) passes it to memoized rows, which then skip re-rendering. For event
// handlers only: never call it during render.
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableHandler<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
