// Shows a verbatim quote with its estimative cue marked, so the reader sees which words
// carry the implied probability.
export function QuoteWithCue({ quote, cue }: { quote: string; cue: string }) {
  const at = quote.toLowerCase().indexOf(cue.toLowerCase());
  if (!cue || at < 0) return <blockquote>“{quote}”</blockquote>;
  return (
    <blockquote>
      “{quote.slice(0, at)}
      <mark title="Estimative cue">{quote.slice(at, at + cue.length)}</mark>
      {quote.slice(at + cue.length)}”
    </blockquote>
  );
}
