// What the tests of many screens do on it: type into a field, press a button and wait for the
// alert a part of the screen then shows (a refused save keeps its form, with the reason), and
// wait for the one call a click makes to the backend.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

/** Types `value` into the field of `testId`, replacing what it had. */
export const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

/** Clicks `buttonId`, then waits for the alert inside `partId` and gives it. */
export async function clickForAlert(buttonId: string, partId: string): Promise<HTMLElement> {
  fireEvent.click(screen.getByTestId(buttonId));
  return within(screen.getByTestId(partId)).findByRole('alert');
}

/** Waits until `cmd` has been called exactly once and gives that call's arguments. */
export async function onlyCall(be: { argsOf(cmd: string): Record<string, unknown>[] }, cmd: string) {
  await waitFor(() => expect(be.argsOf(cmd)).toHaveLength(1));
  return be.argsOf(cmd)[0]!;
}
