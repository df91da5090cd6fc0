// The meeting screen's dialogs and the note shown once it has ended: the summary, and what the
// decision list's actions open (the gate, the edit dialog, the delete confirmation).
import type { Decision } from '../../bindings/Decision';
import type { Persona } from '../../bindings/Persona';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { Modal } from '../../shared/Modal';
import { DecisionEditDialog } from '../decision/DecisionEditDialog';
import { toDecisionInput } from '../decision/draft';
import { GateDialog } from '../decision/GateDialog';
import { MeetingSummary } from '../summary/MeetingSummary';
import type { MeetingOps } from './MeetingScreen';
import type { useDecisionFlows } from './useDecisionFlows';

type SummaryProps = {
  meetingId: string;
  personaName: (id: string) => string | null;
  refreshKey: number;
  onExportLog?: (meetingId: string) => void;
  onClose: () => void;
};

export function SummaryDialog({ meetingId, personaName, refreshKey, onExportLog, onClose }: SummaryProps) {
  return (
    <Modal title="Summary" onClose={onClose} testId="summary-dialog" className="modal--xl">
      <MeetingSummary meetingId={meetingId} personaName={personaName} refreshKey={refreshKey} />
      <div className="modal__actions">
        {onExportLog && (
          <button
            type="button"
            className="btn modal__actions-start"
            onClick={() => {
              onClose();
              onExportLog(meetingId);
            }}
            data-testid="summary-export"
          >
            Export decisions…
          </button>
        )}
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

export function EndedNote({ meetingId, onReopen, onExportLog }: { meetingId: string; onReopen: () => void; onExportLog?: (meetingId: string) => void }) {
  return (
    <div className="card ended-note" data-testid="meeting-ended">
      <p>This meeting has ended.</p>
      <button type="button" className="btn" onClick={onReopen} data-testid="ended-reopen">
        Reopen
      </button>
      {onExportLog && (
        <button type="button" className="btn" onClick={() => onExportLog(meetingId)} data-testid="ended-export">
          Export decisions…
        </button>
      )}
    </div>
  );
}

type DecisionDialogsProps = {
  flows: ReturnType<typeof useDecisionFlows>;
  ops: Pick<MeetingOps, 'acceptDecision' | 'deleteDecision'>;
  /** Who accepts a decision over the gate. */
  overrider: string;
  /** The persona in the chair (the edit dialog's "for whom"). */
  chair: Persona | null;
  personas: Persona[];
};

/** The gate, the edit dialog and the delete confirmation, each while its flow is open. */
export function DecisionDialogs({ flows, ops, overrider, chair, personas }: DecisionDialogsProps) {
  return (
    <>
      {flows.gate && (
        <GateDialog
          decision={flows.gate.decision}
          reasons={flows.gate.reasons}
          by={overrider}
          onOverride={async () => {
            await ops.acceptDecision(flows.gate!.decision.id, overrider);
          }}
          onClose={flows.closeGate}
        />
      )}
      {flows.editing && (
        <DecisionEditDialog
          decision={flows.editing}
          chair={chair}
          personas={personas}
          onSave={async (edited, edits) => {
            const d = flows.editing!;
            await flows.saveEdit(d, toDecisionInput(d, edited, chair?.id ?? null, edits));
          }}
          onClose={flows.closeEdit}
        />
      )}
      {flows.deleting && (
        <ConfirmDialog
          title={`Delete “${flows.deleting.statement}”?`}
          message={deleteDecisionMessage(flows.deleting)}
          confirmLabel="Delete decision"
          onConfirm={() => ops.deleteDecision(flows.deleting!.id)}
          onClose={flows.closeDelete}
        />
      )}
    </>
  );
}

/** What deleting the decision takes with it, said before it goes. */
export function deleteDecisionMessage(d: Decision): string {
  const parts = [
    d.annotations.length ? plural(d.annotations.length, 'customer reaction') : null,
    d.evidenceIds.length ? plural(d.evidenceIds.length, 'evidence link') : null,
    d.impacts.length ? plural(d.impacts.length, 'customer impact') : null,
  ].filter(Boolean);
  const going = parts.length ? `Its ${parts.join(', ')} go with it (the anecdotes themselves stay).` : 'It has no reactions, evidence or impacts.';
  return `${going} A snapshot of the workspace is taken first, and you can undo for a few seconds.`;
}
