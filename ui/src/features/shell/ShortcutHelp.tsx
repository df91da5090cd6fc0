// The "Keyboard shortcuts" dialog (opened with "?", from the palette or the header button).
import { SHORTCUTS } from './shortcuts';
import { Modal } from '../../shared/Modal';

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} testId="shortcut-help">
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="muted"> or </span>}
                    <kbd className="kbd">{k}</kbd>
                  </span>
                ))}
              </th>
              <td>{s.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="modal__text muted">Tab and Shift+Tab reach every button and field; Enter or Space presses a button.</p>
      <div className="modal__actions">
        <button type="button" className="btn btn--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
