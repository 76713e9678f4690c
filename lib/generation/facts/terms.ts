import type { Sentence } from "../parse";
import type { Mention } from "./types";

// "FlexView", "FiOS", "MoCA", "iPhone": product names written in mixed case.
// Not plural acronyms ("DVRs", "CEOs"): those are common nouns.
const MIXED_CASE_NAME = new RegExp(
  String.raw`(?<![\p{L}\d-])(?![A-Z]{2,}s(?![\p{L}\d-]))` +
    String.raw`(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]?[A-Z]+[a-z][A-Za-z]*|[a-z][A-Z][A-Za-z]+)(?![\p{L}\d-])`,
  "gu",
);
// What every match of MIXED_CASE_NAME contains ("aB" or "ABc"): a cheap test that skips the slow Unicode
// pattern in the many sentences without one.
const MIXED_CASE_HINT = /[a-z][A-Z]|[A-Z][A-Z][a-z]/;
// A short quoted name: "operation twist", "labor reserve" (a quotation is six words or more).
// A name in quotation marks, up to two words after an optional "the" ("operation twist", "the Blob");
// three or more ("climate-induced humanitarian disaster") are a phrase, too long to type back.
const QUOTED_TERM = /["“]((?:[Tt]he\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+)?)["”]/g;

/**
 * Terms the article introduces that are not people, places, organisations, dates or numbers:
 * product names and short quoted names. They make fair typed answers (there is one way to write
 * them) but not choices, since there is nothing of the same kind to offer beside them.
 */
export function keyTerms(text: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const terms: Mention[] = [];
  const taken = (start: number, end: number) => mentions.some((mention) => mention.start < end && start < mention.end);
  for (const sentence of sentences) {
    const found: { start: number; end: number }[] = [];
    if (MIXED_CASE_HINT.test(sentence.text))
      for (const match of sentence.text.matchAll(MIXED_CASE_NAME))
        found.push({ start: sentence.start + match.index!, end: sentence.start + match.index! + match[0].length });
    for (const match of sentence.text.matchAll(QUOTED_TERM)) {
      const inner = sentence.start + match.index! + 1;
      // Only where the article names something: 'launched much anticipated "operation twist"', 'so-called
      // "labor reserve"'; a quoted scrap of speech ('who she says "love her"') is not a name.
      const before = sentence.text.slice(Math.max(0, match.index! - 30), match.index!);
      const naming =
        /\b(?:called|dubbed|named|known as|so-called|anticipated|launched?|into|the|a|an|its|their|new)\s+$/i.test(
          before,
        );
      if (
        naming &&
        !/[.!?,]$/.test(match[1]!) &&
        !/\b(?:I|me|my|we|us|our|you|your|he|she|they|them|her|him)\b/i.test(match[1]!)
      )
        found.push({ start: inner, end: inner + match[1]!.length });
    }
    for (const { start, end } of found) {
      if (taken(start, end)) continue;
      const name = text.slice(start, end);
      terms.push({ entity: name, type: "term", text: name, start, end, sentence: sentence.index });
    }
  }
  return terms;
}
