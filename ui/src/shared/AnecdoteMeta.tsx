// The line of facts under an anecdote: sentiment, date, channel, product area, severity, how
// many customers said it and provenance; in the library also its tags and personas.
import type { Anecdote } from '../bindings/Anecdote';
import { formatDate, formatNumber, SENTIMENT_LABEL } from '../lib/format';

type Props = {
  anecdote: Anecdote;
  /** The library's fuller line: sentiment in words, tags, personas, provenance always. */
  detailed?: boolean;
  /** Names of the anecdote's personas (shown when detailed). */
  personaNames?: string[];
};

export function AnecdoteMeta({ anecdote: a, detailed = false, personaNames = [] }: Props) {
  const sentiment = `${SENTIMENT_LABEL[a.sentiment]} sentiment`;
  const facts = [formatDate(a.saidOn), a.channel, a.productArea].filter(Boolean);
  return (
    <span className="anecdote__meta">
      <span className={`dot dot--${a.sentiment}`} role="img" aria-label={sentiment} title={sentiment} />
      {detailed && <span>{SENTIMENT_LABEL[a.sentiment]}</span>}
      {facts.map((m, i) => (
        <span key={i}>{m}</span>
      ))}
      <span className={`severity severity--${Math.min(Math.max(a.severity, 1), 5)}`}>Severity {a.severity}/5</span>
      {(detailed || a.customerCount > 1) && (
        <span>×{formatNumber(a.customerCount)} {a.customerCount === 1 ? 'customer' : 'customers'}</span>
      )}
      {(detailed || a.provenance === 'synthesized') && <span className="tag">{a.provenance}</span>}
      {detailed &&
        a.tags.map((t) => (
          <span key={t} className="chip chip--tag">
            #{t}
          </span>
        ))}
      {detailed && personaNames.length > 0 && (
        <span className="anecdote__personas">Speaks for {personaNames.join(', ')}</span>
      )}
    </span>
  );
}
