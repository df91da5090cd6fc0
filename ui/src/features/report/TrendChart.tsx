// A theme's trend: one bar per period (month, quarter or year) (inline SVG, coloured by the theme's direction), with the
// same facts in words for screen readers and a short summary under it.
import type { TrendDirection } from '../../bindings/TrendDirection';
import type { TrendPoint } from '../../bindings/TrendPoint';
import { formatPeriod } from '../../lib/format';

const BAR = 10;
const GAP = 4;
const HEIGHT = 36;

export const DIRECTION_LABEL: Record<TrendDirection, string> = {
  rising: 'Rising',
  falling: 'Falling',
  steady: 'Steady',
};

const MEANING: Record<TrendDirection, string> = {
  rising: 'a larger share of what customers say lately',
  falling: 'a smaller share of what customers say lately',
  steady: 'about the same share of what customers say throughout',
};

/** "Rising: a larger share of what customers say lately; most in Q3 2023 (54)" */
export function trendSummary(trend: TrendPoint[], direction: TrendDirection): string {
  const peak = trend.reduce<TrendPoint | null>((best, p) => (best === null || p.count > best.count ? p : best), null);
  if (!peak || peak.count === 0) return `${DIRECTION_LABEL[direction]}: no dated anecdotes`;
  return `${DIRECTION_LABEL[direction]}: ${MEANING[direction]}; most in ${formatPeriod(peak.period)} (${peak.count})`;
}

export function TrendChart({ trend, direction }: { trend: TrendPoint[]; direction: TrendDirection }) {
  const max = Math.max(1, ...trend.map((p) => p.count));
  const width = Math.max(trend.length * (BAR + GAP) - GAP, BAR);
  const words = trend.map((p) => `${p.count} in ${formatPeriod(p.period)}`).join(', ');
  return (
    <figure className="trend" data-testid="theme-trend">
      <svg
        className={`trend__chart trend__chart--${direction}`}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={`${DIRECTION_LABEL[direction]} trend: ${words || 'no data'}`}
        preserveAspectRatio="none"
      >
        <line className="trend__base" x1={0} x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} />
        {trend.map((p, i) => {
          const h = p.count === 0 ? 0 : Math.max(2, (p.count / max) * (HEIGHT - 2));
          return (
            <rect key={p.period} className="trend__bar" x={i * (BAR + GAP)} y={HEIGHT - h} width={BAR} height={h} rx={1.5}>
              <title>{`${formatPeriod(p.period)}: ${p.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="trend__summary">{trendSummary(trend, direction)}</figcaption>
    </figure>
  );
}
