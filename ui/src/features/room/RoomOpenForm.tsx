// Before the room is open (or while it is open for another meeting): the address to listen on,
// whether everyone with the link is let in, and "Open the room".
import type { RefObject } from 'react';

type Props = {
  address: string;
  onAddress: (address: string) => void;
  admitEveryone: boolean;
  onAdmitEveryone: (admit: boolean) => void;
  /** The room is open for another meeting. */
  showsOther: boolean;
  busy: boolean;
  openButton: RefObject<HTMLButtonElement | null>;
  onOpen: () => void;
};

export function RoomOpenForm(props: Props) {
  const { address, onAddress, admitEveryone, onAdmitEveryone, showsOther, busy, openButton, onOpen } = props;
  return (
    <form
      className="room-open"
      onSubmit={(e) => {
        e.preventDefault();
        onOpen();
      }}
    >
      <p>
        People around the table join from their own phones and laptops, over this network. Nothing leaves the
        room: this laptop serves the meeting while the room is open.
      </p>
      {showsOther && <p className="notice">The room is open for another meeting; opening it here closes that one.</p>}
      <label className="field">
        <span>Address on this network</span>
        <input value={address} onChange={(e) => onAddress(e.target.value)} data-testid="room-address" spellCheck={false} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={admitEveryone} onChange={(e) => onAdmitEveryone(e.target.checked)} data-testid="room-admit-everyone" />
        Let in everyone who has the link (without asking me)
      </label>
      <div className="modal__actions">
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="room-open" ref={openButton}>
          Open the room
        </button>
      </div>
    </form>
  );
}
