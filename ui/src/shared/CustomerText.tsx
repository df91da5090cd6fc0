// Customer text on screen: plain React text (never markup), matched words in <mark>, and
// e-mails, phones and card numbers hidden while projector-safe is on.
import type { TextSpan } from '../bindings/TextSpan';
import { useProjectorSafe } from '../lib/projectorSafe';

type Props = { spans: TextSpan[] } | { text: string };

export function CustomerText(props: Props) {
  const safe = useProjectorSafe();
  const spans = 'spans' in props ? safe.spans(props.spans) : [{ text: safe.text(props.text), hit: false }];
  return (
    <>
      {spans.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
