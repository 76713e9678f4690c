import escapeStringRegexp from "escape-string-regexp";
import { personDistractors } from "../distractors";
import type { Facts } from "../facts";
import type { ArticleInput } from "../types";
import { makeCandidateChoosingLater, sourceLine, type Candidate } from "./candidate";

/** "Who said: “…”?": one question per quotation with a known speaker. */
export function quotationCandidates(article: ArticleInput, facts: Facts): Candidate[] {
  const candidates: Candidate[] = [];
  const sentenceOf = (index: number) => facts.sentences[index]!;
  for (const quote of facts.quotes) {
    // A quotation over several sentences is shown whole, with the sentence that names its speaker.
    const first = sentenceOf(Math.min(quote.firstSentence, quote.sentence));
    const last = facts.sentences.findLast((sentence) => sentence.start < quote.end) ?? first;
    const end = Math.max(last.end, sentenceOf(quote.sentence).end);
    const evidence = { start: first.start, end, text: facts.parsed.text.slice(first.start, end) };
    const quoteWords = quote.text.split(/\s+/);
    const shown =
      quoteWords.length > 25
        ? `${quoteWords
            .slice(0, 22)
            .join(" ")
            .replace(/[,;:]$/, "")} …`
        : quote.text.replace(/[,.]$/, "");
    // Who else said it, and whom it speaks of: read only by the choices, which are chosen when first read (the gate
    // reads them last, and drops most quotations for other reasons first).
    const misfits = () => [
      ...facts.quotes
        .filter((other) => other.text === quote.text && other.speaker !== quote.speaker)
        .map((other) => other.speaker),
      // '"Shubman Gill keeps growing in stature"': whom a quotation speaks of in the third person is not its speaker.
      ...[...facts.entities.values()]
        .filter(
          (entity) =>
            entity.type === "person" &&
            entity.name !== quote.speaker &&
            surnamePattern(entity.name.split(" ").at(-1)!).test(quote.text),
        )
        .map((entity) => entity.name),
    ];
    candidates.push(
      makeCandidateChoosingLater(
        facts,
        "who-said",
        {
          prompt: `Who said: “${shown}”?`,
          stem: shown,
          answer: quote.speaker,
          evidence,
          sentence: quote.sentence,
          entity: quote.speaker,
          explanation: `Correct: ${quote.speaker}. The article ${sourceLine(article)} reports: “${evidence.text}”`,
        },
        () => personDistractors(facts, quote.speaker, "", `quote:${quote.start}`, misfits(), quote.text),
      ),
    );
  }
  return candidates;
}

// A surname as a whole word, compiled once per surname rather than per quotation and person.
const surnamePatterns = new Map<string, RegExp>();
function surnamePattern(surname: string): RegExp {
  let pattern = surnamePatterns.get(surname);
  if (!pattern) {
    pattern = new RegExp(`\\b${escapeStringRegexp(surname)}\\b`);
    if (surnamePatterns.size > 5_000) surnamePatterns.clear();
    surnamePatterns.set(surname, pattern);
  }
  return pattern;
}
