// An anecdote as its editor holds it (every field a string the inputs can show), and the
// `AnecdoteInput` it becomes when saved.
import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteInput } from '../../bindings/AnecdoteInput';
import type { Provenance } from '../../bindings/Provenance';
import type { Sentiment } from '../../bindings/Sentiment';
import { splitList } from '../../lib/format';

export type AnecdoteForm = {
  text: string;
  saidOn: string;
  channel: string;
  productArea: string;
  segment: string;
  sentiment: Sentiment;
  severity: number;
  customerCount: string;
  /** Comma separated. */
  tags: string;
  sourceRef: string;
  provenance: Provenance;
  personaIds: string[];
};

export function anecdoteForm(a: Anecdote | null): AnecdoteForm {
  return {
    text: a?.text ?? '',
    saidOn: a?.saidOn ?? '',
    channel: a?.channel ?? '',
    productArea: a?.productArea ?? '',
    segment: a?.segment ?? '',
    sentiment: a?.sentiment ?? 'unknown',
    severity: a?.severity ?? 3,
    customerCount: String(a?.customerCount ?? 1),
    tags: a?.tags.join(', ') ?? '',
    sourceRef: a?.sourceRef ?? '',
    provenance: a?.provenance ?? 'real',
    personaIds: a?.personaIds ?? [],
  };
}

/** Every field is sent, so an edit that empties one clears it. */
export function toAnecdoteInput(f: AnecdoteForm): AnecdoteInput {
  const count = Number.parseInt(f.customerCount, 10);
  const input: AnecdoteInput = {
    text: f.text.trim(),
    channel: f.channel.trim(),
    productArea: f.productArea.trim(),
    segment: f.segment.trim(),
    sentiment: f.sentiment,
    severity: f.severity,
    customerCount: Number.isFinite(count) && count >= 1 ? count : 1,
    tags: splitList(f.tags),
    provenance: f.provenance,
    personaIds: f.personaIds,
  };
  if (f.saidOn) input.saidOn = f.saidOn;
  if (f.sourceRef.trim()) input.sourceRef = f.sourceRef.trim();
  return input;
}
