import { paragraphAround } from "@/lib/articles/paragraph";

/** The paragraph of the article that holds the evidence, with the evidence sentence highlighted. */
export function EvidenceInParagraph({ text, start, end }: { text: string; start: number; end: number }) {
  const paragraph = paragraphAround(text, start, end);
  return (
    <blockquote className="border-l-4 border-slate-300 pl-3 font-serif text-slate-700">
      {text.slice(paragraph.start, start)}
      <mark className="rounded bg-amber-100 px-0.5 text-slate-900" data-testid="evidence">
        {text.slice(start, end)}
      </mark>
      {text.slice(end, paragraph.end)}
    </blockquote>
  );
}
