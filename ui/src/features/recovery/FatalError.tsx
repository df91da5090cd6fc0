// The full-screen page shown when the workspace cannot be opened at all.
import { ChairGlyph } from '../../shared/ChairGlyph';

type Props = { message: string };

export function FatalError({ message }: Props) {
  return (
    <main className="fatal" data-testid="fatal-error" role="alert">
      <ChairGlyph className="fatal__glyph" />
      <h1>Your workspace could not be opened</h1>
      <p className="fatal__message">{message}</p>
      <p className="muted">
        Close Empty Chair, check that the disk is not full and that no other copy of Empty Chair is
        using the workspace, then start it again.
      </p>
    </main>
  );
}
