// Whether projector-safe masking is on, for every component that shows customer text, without
// passing it down through props. App provides it from the workspace's preferences.
import { createContext, useContext } from 'react';

import type { TextSpan } from '../bindings/TextSpan';
import { maskSensitive, maskSpans } from './mask';

export const ProjectorSafeContext = createContext(false);

export type ProjectorSafe = {
  on: boolean;
  /** Customer text as it may be shown now. */
  text: (s: string) => string;
  /** Highlighted customer text as it may be shown now. */
  spans: (spans: TextSpan[]) => TextSpan[];
};

const OFF: ProjectorSafe = { on: false, text: (s) => s, spans: (s) => s };
const ON: ProjectorSafe = { on: true, text: maskSensitive, spans: maskSpans };

export function useProjectorSafe(): ProjectorSafe {
  return useContext(ProjectorSafeContext) ? ON : OFF;
}
