// The anecdote editor's fields: what the customer said (masked while projector-safe hides part of
// it) and the facts about it — when, where, sentiment, severity, count, segment, source and tags.
import type { Provenance } from '../../bindings/Provenance';
import type { Sentiment } from '../../bindings/Sentiment';
import { SENTIMENTS, SENTIMENT_LABEL } from '../../lib/format';
import { CustomerText } from '../../shared/CustomerText';
import type { AnecdoteForm } from './anecdoteForm';

type FieldProps = {
  /** The editor's `useId`, prefixing every field id. */
  id: string;
  form: AnecdoteForm;
  set: (patch: Partial<AnecdoteForm>) => void;
};

export function AnecdoteTextField({ id, form, set, textHidden }: FieldProps & { textHidden: boolean }) {
  return (
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
  );
}

export function AnecdoteFacts({ id, form, set }: FieldProps) {
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
    <>
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
      <AnecdoteRatings id={id} form={form} set={set} />
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
    </>
  );
}

/** Sentiment, severity and how many customers said it. */
function AnecdoteRatings({ id, form, set }: FieldProps) {
  return (
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
  );
}
