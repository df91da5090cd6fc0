// The parts of the empty-chair score as small horizontal bars (inline SVG): decisions with a
// known customer impact, decisions with evidence, questions answered, anecdotes consulted (and
// times someone spoke for the customer).
import type { EmptyChairScore } from '../../bindings/EmptyChairScore';
import { plural } from '../../lib/format';

export type ScorePart = { key: string; label: string; detail: string; share: number };

/** The parts that apply, as the backend counts them (docs/MEETING-API.md). */
export function scoreParts(s: EmptyChairScore): ScorePart[] {
  const parts: ScorePart[] = [];
  if (s.decisions > 0) {
    parts.push(
      { key: 'impact', label: 'Decisions with customer impact', detail: `${s.withImpact} of ${s.decisions}`, share: s.withImpact / s.decisions },
      { key: 'evidence', label: 'Decisions with evidence', detail: `${s.withEvidence} of ${s.decisions}`, share: s.withEvidence / s.decisions },
    );
  }
  if (s.promptsTotal > 0) {
    parts.push({
      key: 'prompts',
      label: 'Customer questions answered',
      detail: `${s.promptsAnswered} of ${s.promptsTotal}`,
      share: s.promptsAnswered / s.promptsTotal,
    });
  }
  const wanted = Math.max(3, s.decisions);
  const broughtIn = s.anecdotesConsulted + s.spokenForCustomer;
  parts.push(
    s.spokenForCustomer === 0
      ? {
          key: 'anecdotes',
          label: 'Anecdotes consulted',
          detail: `${s.anecdotesConsulted} of ${wanted} wanted`,
          share: Math.min(1, broughtIn / wanted),
        }
      : {
          key: 'anecdotes',
          label: 'Customer brought in',
          detail: `${plural(s.anecdotesConsulted, 'anecdote')} consulted + spoken for ${plural(s.spokenForCustomer, 'time')}, ${broughtIn} of ${wanted} wanted`,
          share: Math.min(1, broughtIn / wanted),
        },
  );
  return parts;
}

const W = 240;
const ROW = 26;
const BAR = 10;

export function ScoreParts({ score }: { score: EmptyChairScore }) {
  const parts = scoreParts(score);
  const height = parts.length * ROW;
  return (
    <figure className="score-parts" data-testid="score-parts">
      <svg
        viewBox={`0 0 ${W} ${height}`}
        width={W}
        height={height}
        role="img"
        aria-label={parts.map((p) => `${p.label}: ${p.detail}`).join('; ')}
      >
        {parts.map((p, i) => (
          <g key={p.key} transform={`translate(0 ${i * ROW})`}>
            <rect className="score-parts__track" x={0} y={ROW - BAR - 2} width={W} height={BAR} rx={BAR / 2} />
            <rect
              className={`score-parts__bar score-parts__bar--${p.key}`}
              x={0}
              y={ROW - BAR - 2}
              width={Math.max(p.share > 0 ? BAR : 0, p.share * W)}
              height={BAR}
              rx={BAR / 2}
            >
              <title>{`${p.label}: ${p.detail}`}</title>
            </rect>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="score-parts__legend">
          {parts.map((p) => (
            <li key={p.key} data-testid="score-part">
              <span className={`score-parts__dot score-parts__bar--${p.key}`} aria-hidden="true" />
              {p.label}: <strong>{p.detail}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
