// The anecdote editor's fields: what the customer said (masked while projector-safe hides part of
// it) and the facts about it — when, where, sentiment, severity, count, segment, source and tags.
import type { Provenance } from '../../bindings/Provenance';
import { SENTIMENTS, SENTIMENT_LABEL } from '../../lib/format';
import { CustomerText } from '../../shared/CustomerText';
import type { FormPartProps } from '../../shared/fieldProps';
import { LabelledInput } from '../../shared/LabelledInput';
import { LabelledSelect, wordOptions, type SelectOption } from '../../shared/LabelledSelect';
import type { AnecdoteForm } from './anecdoteForm';

const PROVENANCES: SelectOption<Provenance>[] = [
  { value: 'real', label: 'Real (their words)' },
  { value: 'synthesized', label: 'Synthesized' },
];
const SENTIMENT_OPTIONS = wordOptions(SENTIMENTS, SENTIMENT_LABEL);
const SEVERITIES: SelectOption[] = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

type FieldProps = FormPartProps<AnecdoteForm>;

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
    <LabelledInput
      id={`${id}-${field}`}
      label={label}
      value={form[field]}
      onChange={(e) => set({ [field]: e.target.value })}
      list={list}
      data-testid={`anecdote-${field}`}
    />
  );

  return (
    <>
      <div className="field-row field-row--3">
        <LabelledInput
          id={`${id}-said`}
          label="Said on"
          type="date"
          value={form.saidOn}
          onChange={(e) => set({ saidOn: e.target.value })}
          data-testid="anecdote-said-on"
        />
        {text('channel', 'Channel', `${id}-channels`)}
        {text('productArea', 'Product area', `${id}-areas`)}
      </div>
      <AnecdoteRatings id={id} form={form} set={set} />
      <div className="field-row field-row--3">
        {text('segment', 'Segment', `${id}-segments`)}
        {text('sourceRef', 'Source reference')}
        <LabelledSelect
          id={`${id}-provenance`}
          label="Provenance"
          value={form.provenance}
          options={PROVENANCES}
          onChange={(provenance) => set({ provenance })}
          testId="anecdote-provenance"
        />
      </div>
      <LabelledInput
        id={`${id}-tags`}
        label="Tags (comma separated)"
        value={form.tags}
        onChange={(e) => set({ tags: e.target.value })}
        placeholder="refund, shipping"
        data-testid="anecdote-tags"
      />
    </>
  );
}

/** Sentiment, severity and how many customers said it. */
function AnecdoteRatings({ id, form, set }: FieldProps) {
  return (
    <div className="field-row field-row--3">
      <LabelledSelect
        id={`${id}-sentiment`}
        label="Sentiment"
        value={form.sentiment}
        options={SENTIMENT_OPTIONS}
        onChange={(sentiment) => set({ sentiment })}
        testId="anecdote-sentiment"
      />
      <LabelledSelect
        id={`${id}-severity`}
        label="Severity (1–5)"
        value={String(form.severity)}
        options={SEVERITIES}
        onChange={(severity) => set({ severity: Number(severity) })}
        testId="anecdote-severity"
      />
      <LabelledInput
        id={`${id}-count`}
        label="Customers who said it"
        type="number"
        min={1}
        step={1}
        value={form.customerCount}
        onChange={(e) => set({ customerCount: e.target.value })}
        data-testid="anecdote-count"
      />
    </div>
  );
}
