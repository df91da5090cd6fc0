// The small signs of a reaction: the stance (a colour, a sign and a word, never colour alone),
// the feeling (a drawn face and its words, "4/5 · Happy"), and the flags as chips. The faces
// are drawn, not emoji, so they look the same on every system and in every theme.
import type { AnnotationFlag } from '../../bindings/AnnotationFlag';
import type { Stance } from '../../bindings/Stance';
import { FEELING_LABEL, FLAG_LABEL, STANCE_ICON, STANCE_LABEL } from './annotations';

export function StanceMark({ stance, className = '' }: { stance: Stance; className?: string }) {
  return (
    <span className={`stance stance--${stance} ${className}`} data-testid="annotation-stance">
      <span className="stance__icon" aria-hidden="true">
        {STANCE_ICON[stance]}
      </span>
      {STANCE_LABEL[stance]}
    </span>
  );
}

/** How far the mouth curves, from a frown (1) to a wide smile (5). */
const MOUTH: Record<number, string> = {
  1: 'M7 17 Q12 12 17 17',
  2: 'M7.5 16.5 Q12 14 16.5 16.5',
  3: 'M7.5 15.5 L16.5 15.5',
  4: 'M7.5 14.5 Q12 17.5 16.5 14.5',
  5: 'M7 14 Q12 20 17 14',
};

export function Face({ feeling, className = '' }: { feeling: number; className?: string }) {
  return (
    <svg className={`face face--${feeling} ${className}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="8.6" cy="9.5" r="1.3" fill="currentColor" />
      <circle cx="15.4" cy="9.5" r="1.3" fill="currentColor" />
      <path d={MOUTH[feeling] ?? MOUTH[3]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

export function FeelingMark({ feeling, className = '' }: { feeling: number; className?: string }) {
  return (
    <span className={`feeling feeling--${feeling} ${className}`} data-testid="annotation-feeling">
      <Face feeling={feeling} />
      <span>
        {feeling}/5 · {FEELING_LABEL[feeling] ?? ''}
      </span>
    </span>
  );
}

export function FlagChips({ flags, className = '' }: { flags: AnnotationFlag[]; className?: string }) {
  if (flags.length === 0) return null;
  return (
    <ul className={`flag-chips ${className}`} aria-label="What the customer would do">
      {flags.map((f) => (
        <li key={f} className={`chip flag flag--${f}`} data-testid="annotation-flag">
          {FLAG_LABEL[f]}
        </li>
      ))}
    </ul>
  );
}
