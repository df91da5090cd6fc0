// One theme of the WOCAS report: its label and words, how many anecdotes and customers, its
// share of the period as a bar, its trend and direction, and the quotes that say it best.
import type { Theme } from '../../bindings/Theme';
import { plural } from '../../lib/format';
import { AnecdoteMeta } from '../../shared/AnecdoteMeta';
import { CustomerText } from '../../shared/CustomerText';
import { DIRECTION_LABEL, TrendChart } from './TrendChart';

const ARROW = { rising: '↗', falling: '↘', steady: '→' } as const;

export function ThemeCard({ theme: t, rank }: { theme: Theme; rank: number }) {
  const percent = Math.round(Math.min(Math.max(t.share, 0), 1) * 100);
  return (
    <li className="card theme" data-testid="theme">
      <header className="theme__head">
        <span className="theme__rank" aria-hidden="true">
          {rank}
        </span>
        <div className="theme__title">
          <h2 className="theme__label" data-testid="theme-label">
            <CustomerText text={t.label} />
          </h2>
          {t.terms.length > 0 && t.terms.join(' · ') !== t.label && (
            <p className="theme__terms">
              Words: <CustomerText text={t.terms.join(', ')} />
            </p>
          )}
        </div>
        <span className={`trend-badge trend-badge--${t.direction}`} data-testid="theme-direction">
          <span aria-hidden="true">{ARROW[t.direction]}</span> {DIRECTION_LABEL[t.direction]}
        </span>
      </header>
      <div className="theme__numbers">
        <p className="theme__counts">
          <strong>{plural(t.count, 'anecdote')}</strong> · {plural(t.customers, 'customer')}
        </p>
        <div className="share" aria-label={`${percent}% of the anecdotes in this report`} role="img">
          <div className="share__track">
            {/* The width is the one value CSS cannot know; React sets it through the CSSOM. */}
            <div className="share__bar" style={{ width: `${percent}%` }} />
          </div>
          <span className="share__label" aria-hidden="true">
            {percent}%
          </span>
        </div>
        <TrendChart trend={t.trend} direction={t.direction} />
      </div>
      {t.quotes.length > 0 && (
        <ul className="theme__quotes" aria-label="What customers said">
          {t.quotes.map((q) => (
            <li key={q.anecdote.id} className="theme__quote" data-testid="theme-quote">
              <blockquote>
                <CustomerText spans={q.snippet} />
              </blockquote>
              <AnecdoteMeta anecdote={q.anecdote} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
