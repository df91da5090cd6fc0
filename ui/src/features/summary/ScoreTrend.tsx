// The empty-chair score across meetings, oldest first, as a small inline-SVG line with a dot
// per meeting (this one highlighted) and the same facts in words for screen readers.
import type { ScorePoint } from '../../bindings/ScorePoint';
import { formatDate } from '../../lib/format';

const W = 320;
const H = 90;
const PAD = 16;

/** Where each point goes: x evenly spread, y from 100 (top) to 0 (bottom). */
export function trendCoords(points: ScorePoint[]): Array<{ x: number; y: number }> {
  const n = points.length;
  return points.map((p, i) => ({
    x: n === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (n - 1),
    y: PAD + ((100 - Math.min(100, Math.max(0, p.score))) * (H - 2 * PAD)) / 100,
  }));
}

export function ScoreTrend({ points, currentId }: { points: ScorePoint[]; currentId: string }) {
  const coords = trendCoords(points);
  const words = points.map((p) => `${p.score} on ${formatDate(p.heldOn)} (${p.title})`).join(', ');
  return (
    <figure className="score-trend" data-testid="score-trend">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={`Empty-chair score by meeting: ${words || 'none yet'}`}>
        <line className="score-trend__grid" x1={0} x2={W} y1={PAD + (H - 2 * PAD) / 2} y2={PAD + (H - 2 * PAD) / 2} />
        <line className="score-trend__base" x1={0} x2={W} y1={H - PAD} y2={H - PAD} />
        {coords.length > 1 && (
          <polyline className="score-trend__line" points={coords.map((c) => `${c.x},${c.y}`).join(' ')} fill="none" />
        )}
        {coords.map((c, i) => {
          const p = points[i]!;
          return (
            <g key={p.meetingId}>
              <circle
                className={`score-trend__dot${p.meetingId === currentId ? ' score-trend__dot--current' : ''}`}
                cx={c.x}
                cy={c.y}
                r={p.meetingId === currentId ? 5 : 3.5}
                data-testid="score-trend-point"
              >
                <title>{`${p.title}, ${formatDate(p.heldOn)}: ${p.score}`}</title>
              </circle>
              <text className="score-trend__value" x={c.x} y={c.y - 8} textAnchor="middle" aria-hidden="true">
                {p.score}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        {points.length <= 1 ? 'The first meeting with a score: the trend starts here.' : `Across the last ${points.length} meetings`}
      </figcaption>
    </figure>
  );
}
