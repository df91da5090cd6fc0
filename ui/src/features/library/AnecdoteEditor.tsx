// Adding or editing one anecdote: its text and every fact about it, tags (comma separated) and
// the personas it speaks for. Delete hands back what was removed so the library can undo it.
// An existing anecdote shows its escalations and can be escalated to an owner ("?").
// While projector-safe is on, a text with hidden details is shown masked and cannot be edited
// (editing the masked text would save the placeholders).
import { useId, useState, type FormEvent } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteFacets } from '../../bindings/AnecdoteFacets';
import type { DeletedAnecdote } from '../../bindings/DeletedAnecdote';
import type { Persona } from '../../bindings/Persona';
import type { Provenance } from '../../bindings/Provenance';
import type { Sentiment } from '../../bindings/Sentiment';
import { anecdoteForm, toAnecdoteInput, type AnecdoteForm } from './anecdoteForm';
import { SENTIMENTS, SENTIMENT_LABEL } from '../../lib/format';
import { errorMessage } from '../../lib/ipc';
import { createAnecdote, deleteAnecdote, updateAnecdote } from './api';
import { useProjectorSafe } from '../../lib/projectorSafe';
import { useSaving } from '../../lib/useSaving';
import { CustomerText } from '../../shared/CustomerText';
import { AnecdoteEscalations } from '../escalations/AnecdoteEscalations';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { PersonaChecklist } from '../../shared/PersonaChecklist';
import { FieldError } from '../../shared/FieldError';

type Props = {
  /** The anecdote to edit, or null to add one. */
  anecdote: Anecdote | null;
  personas: Persona[];
  facets: AnecdoteFacets | null;
  onSaved: (a: Anecdote) => void;
  onDeleted: (d: DeletedAnecdote) => void;
  onClose: () => void;
  /** Absent: no "Escalate" button. */
  onEscalate?: (a: Anecdote) => void;
  /** Changes when the workspace changed, to reload the anecdote's escalations. */
  refreshKey?: number;
};

export function AnecdoteEditor(props: Props) {
  const { anecdote, personas, facets, onSaved, onDeleted, onClose, onEscalate, refreshKey = 0 } = props;
  const id = useId();
  const safe = useProjectorSafe();
  const [form, setForm] = useState<AnecdoteForm>(() => anecdoteForm(anecdote));
  const { busy, error, run: act } = useSaving(errorMessage);
  const set = (patch: Partial<AnecdoteForm>) => setForm((f) => ({ ...f, ...patch }));
  const textHidden = safe.on && safe.text(form.text) !== form.text;
  // Archived personas are offered only when the anecdote is already linked to them.
  const offered = personas.filter((p) => p.archivedAt === null || form.personaIds.includes(p.id));

  function save(e: FormEvent) {
    e.preventDefault();
    if (form.text.trim() === '' || busy) return;
    const input = toAnecdoteInput(form);
    void act(async () => {
      onSaved(await (anecdote ? updateAnecdote(anecdote.id, input) : createAnecdote(input)));
    });
  }

  const remove = (a: Anecdote) => void act(async () => onDeleted(await deleteAnecdote(a.id)));

  const text = (field: 'channel' | 'productArea' | 'segment' | 'sourceRef', label: string, list?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        value={form[field]}
        onChange={(e) => set({ [field]: e.target.value })}
        list={list}
        data-testid={`anecdote-${field}`}
      />
    </div>
  );

  return (
    <Modal
      title={anecdote ? 'Edit anecdote' : 'Add an anecdote'}
      onClose={onClose}
      testId="anecdote-editor"
      className="modal--large"
    >
      <form className="editor" onSubmit={save} noValidate>
        <div className="field">
          <label htmlFor={`${id}-text`}>What the customer said</label>
          {textHidden ? (
            <>
              <p className="editor__masked" id={`${id}-text`} data-testid="anecdote-text-masked">
                <CustomerText text={form.text} />
              </p>
              <p className="hint">Projector-safe is on: contact details are hidden. Turn it off to edit this text.</p>
            </>
          ) : (
            <textarea
              id={`${id}-text`}
              rows={5}
              value={form.text}
              onChange={(e) => set({ text: e.target.value })}
              required
              data-testid="anecdote-text"
            />
          )}
        </div>
        <div className="field-row field-row--3">
          <div className="field">
            <label htmlFor={`${id}-said`}>Said on</label>
            <input
              id={`${id}-said`}
              type="date"
              value={form.saidOn}
              onChange={(e) => set({ saidOn: e.target.value })}
              data-testid="anecdote-said-on"
            />
          </div>
          {text('channel', 'Channel', `${id}-channels`)}
          {text('productArea', 'Product area', `${id}-areas`)}
        </div>
        <div className="field-row field-row--3">
          <div className="field">
            <label htmlFor={`${id}-sentiment`}>Sentiment</label>
            <select
              id={`${id}-sentiment`}
              value={form.sentiment}
              onChange={(e) => set({ sentiment: e.target.value as Sentiment })}
              data-testid="anecdote-sentiment"
            >
              {SENTIMENTS.map((s) => (
                <option key={s} value={s}>
                  {SENTIMENT_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-severity`}>Severity (1–5)</label>
            <select
              id={`${id}-severity`}
              value={form.severity}
              onChange={(e) => set({ severity: Number(e.target.value) })}
              data-testid="anecdote-severity"
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-count`}>Customers who said it</label>
            <input
              id={`${id}-count`}
              type="number"
              min={1}
              step={1}
              value={form.customerCount}
              onChange={(e) => set({ customerCount: e.target.value })}
              data-testid="anecdote-count"
            />
          </div>
        </div>
        <div className="field-row field-row--3">
          {text('segment', 'Segment', `${id}-segments`)}
          {text('sourceRef', 'Source reference')}
          <div className="field">
            <label htmlFor={`${id}-provenance`}>Provenance</label>
            <select
              id={`${id}-provenance`}
              value={form.provenance}
              onChange={(e) => set({ provenance: e.target.value as Provenance })}
              data-testid="anecdote-provenance"
            >
              <option value="real">Real (their words)</option>
              <option value="synthesized">Synthesized</option>
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tags`}>Tags (comma separated)</label>
          <input
            id={`${id}-tags`}
            value={form.tags}
            onChange={(e) => set({ tags: e.target.value })}
            placeholder="refund, shipping"
            data-testid="anecdote-tags"
          />
        </div>
        <PersonaChecklist
          legend="Speaks for"
          personas={offered}
          selected={form.personaIds}
          onChange={(personaIds) => set({ personaIds })}
          testId="anecdote-personas"
        />
        <FacetList id={`${id}-channels`} values={facets?.channels} />
        <FacetList id={`${id}-areas`} values={facets?.productAreas} />
        <FacetList id={`${id}-segments`} values={facets?.segments} />
        {anecdote && <AnecdoteEscalations anecdoteId={anecdote.id} refreshKey={refreshKey} />}
        {error && (
          <FieldError>
            {error}
          </FieldError>
        )}
        <FormFooter onCancel={onClose} busy={busy} disabled={busy || form.text.trim() === ''} saveTestId="anecdote-save">
          {anecdote && (
            <button
              type="button"
              className="btn btn--danger-quiet modal__actions-start"
              onClick={() => remove(anecdote)}
              disabled={busy}
              data-testid="anecdote-delete"
            >
              Delete
            </button>
          )}
          {anecdote && onEscalate && (
            <button type="button" className="btn" onClick={() => onEscalate(anecdote)} disabled={busy} data-testid="anecdote-escalate">
              Escalate…
            </button>
          )}
        </FormFooter>
      </form>
    </Modal>
  );
}

function FacetList({ id, values }: { id: string; values: Array<{ value: string }> | undefined }) {
  return (
    <datalist id={id}>
      {(values ?? []).map((v) => (
        <option key={v.value} value={v.value} />
      ))}
    </datalist>
  );
}
