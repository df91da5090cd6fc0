// What an action outside a form came to, said in one line under it: where a file was saved or
// what was created (a status, in the caller's own look), or why it failed (an alert, as a
// field error).
export type ActionResult = { ok: boolean; text: string };

type Props = {
  result: ActionResult;
  /** The class of a success line; a failure is always `field-error`. */
  okClassName: string;
  testId: string;
};

export function ResultMessage({ result, okClassName, testId }: Props) {
  return (
    <p className={result.ok ? okClassName : 'field-error'} role={result.ok ? 'status' : 'alert'} data-testid={testId}>
      {result.text}
    </p>
  );
}
