// The head of "What customers are saying": the title, the search box and the caption that
// says what the cards answer (dimmed while a search runs).
import type { AnecdoteQuery } from '../../bindings/AnecdoteQuery';
import { firstName } from '../../lib/format';
import { SearchBox } from '../../shared/SearchBox';

/** What the cards answer: a search, the decision being written, or the persona's strongest
 * evidence (also before the first answer). */
export function captionOf(answered: AnecdoteQuery | null, personaName: string | null): string {
  if (answered?.text && answered.mode === 'keyword') return 'Matching your search';
  if (answered?.text) return 'Relevant to the decision you are writing';
  return personaName ? `Strongest evidence for ${firstName(personaName)}` : 'Strongest evidence';
}

type Props = {
  search: string;
  onSearch: (search: string) => void;
  caption: string;
  busy: boolean;
};

export function AnecdoteSearchHead({ search, onSearch, caption, busy }: Props) {
  return (
    <>
      <h2 className="anecdotes__title" id="anecdotes-title">
        What customers are saying
      </h2>
      <SearchBox
        id="anecdote-search"
        label="Search anecdotes"
        className="anecdotes__search"
        placeholder="Search what customers said…"
        value={search}
        onChange={onSearch}
        testId="anecdote-search"
      />
      <p className={`anecdotes__caption${busy ? ' anecdotes__caption--busy' : ''}`} data-testid="anecdote-caption">
        {caption}
      </p>
    </>
  );
}
