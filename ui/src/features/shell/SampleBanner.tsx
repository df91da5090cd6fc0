// The slim banner that says the workspace is the sample, with the way out of it.
type Props = { onStartEmpty: () => void };

export function SampleBanner({ onStartEmpty }: Props) {
  return (
    <div className="sample-banner" data-testid="sample-banner" role="region" aria-label="Sample workspace">
      <p>
        You are looking at a sample workspace: personas, customer anecdotes and one past meeting,
        so you can see how Empty Chair works.
      </p>
      <button type="button" className="btn btn--small" onClick={onStartEmpty} data-testid="start-empty">
        Start an empty workspace
      </button>
    </div>
  );
}
