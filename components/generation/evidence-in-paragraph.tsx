/** The paragraph of the article that holds the evidence, with the evidence sentence highlighted. */
export function EvidenceInParagraph({ text, start, end }: { text: string; start: number; end: number }) {
  const paragraphStart = text.lastIndexOf("\n\n", start) + 1 || 0;
  const after = text.indexOf("\n\n", end);
  const paragraphEnd = after < 0 ? text.length : after;
  return (
    <blockquote className="border-l-4 border-slate-300 pl-3 font-serif text-slate-700">
      {text.slice(paragraphStart, start).trimStart()}
      <mark className="rounded bg-amber-100 px-0.5 text-slate-900" data-testid="evidence">
        {text.slice(start, end)}
      </mark>
      {text.slice(end, paragraphEnd)}
    </blockquote>
  );
}
