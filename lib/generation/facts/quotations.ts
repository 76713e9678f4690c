import escapeStringRegexp from "escape-string-regexp";
import { SPEECH_VERBS as SPEECH_VERB_LIST } from "../data/language-words.data";
import type { Sentence } from "../parse";
import { resolvePronoun } from "./coreference";
import type { Mention, Quote } from "./types";

const SPEECH_VERBS = SPEECH_VERB_LIST.map(escapeStringRegexp).join("|");
const SPEECH_BETWEEN = new RegExp(`^[,\\s]*(?:${SPEECH_VERBS})?\\s*$`);
const SPEECH_BEFORE_NAME = new RegExp(`(?:${SPEECH_VERBS})\\s+(?:\\w+\\s+){0,3}$`);
const SPEECH_ANYWHERE = new RegExp(`(?:${SPEECH_VERBS})`);
const SPEECH_AFTER_NAME = new RegExp(`^,?\\s+(?:${SPEECH_VERBS})\\b`);
const PRONOUN_SPEAKS_AFTER = new RegExp(`^\\W*\\s*(?:he|she)\\s+(?:${SPEECH_VERBS})`, "i");
const PRONOUN_SPEAKS_BEFORE = new RegExp(`\\b(?:he|she)\\s+(?:${SPEECH_VERBS})\\b[^"“]*$`, "i");
const QUOTATION = /["“]([^"“”]{20,600}?)["”]/g;
// A paragraph that opens a quotation and leaves it open: the speaker's words go on in the next paragraph.
const OPEN_TO_PARAGRAPH_END = /^["“]([^"“”]{20,600})$/;

/** Sentences read as one because a quotation runs across them ("“If this isn't oversold … more,” said Bill Stone"). */
interface Span {
  first: Sentence;
  last: Sentence;
  /** The paragraph ends inside the quotation. */
  leftOpen: boolean;
}

/**
 * Quotations of six words or more, with the speaker named beside them or, for "he said", the last
 * person mentioned. A quotation may run over several sentences of a paragraph; a paragraph of quoted
 * words with no speaker of its own, straight after the speaker's last quoted paragraph, is the same
 * speaker's (the news convention for a quotation that goes on).
 */
export function extractQuotes(text: string, sentences: Sentence[], mentions: Mention[]): Quote[] {
  const quotes: Quote[] = [];
  let previous: { paragraph: number; speaker: string } | undefined;
  for (const span of quoteSpans(sentences)) {
    const spanMentions = mentions.filter(
      (mention) => mention.sentence >= span.first.index && mention.sentence <= span.last.index,
    );
    const found = quotesIn(text, span, spanMentions, quotes, mentions);
    const paragraph = span.first.paragraph;
    const continued =
      !found.length && previous && previous.paragraph === paragraph - 1 && continuationOf(text, span, spanMentions);
    if (continued) found.push({ ...continued, speaker: previous!.speaker });
    quotes.push(...found);
    if (found.length) previous = { paragraph: span.last.paragraph, speaker: found.at(-1)!.speaker };
    else if (previous && previous.paragraph !== paragraph) previous = undefined;
  }
  return quotes;
}

/** The sentences, with those a quotation runs across joined into one span. */
function quoteSpans(sentences: Sentence[]): Span[] {
  const spans: Span[] = [];
  let open = false;
  for (const sentence of sentences) {
    const current = spans.at(-1);
    if (open && current && current.last.paragraph === sentence.paragraph && sentence.index === current.last.index + 1)
      current.last = sentence;
    else spans.push({ first: sentence, last: sentence, leftOpen: false });
    open = openAfter(open && spans.at(-1)!.first !== sentence, sentence.text);
    spans.at(-1)!.leftOpen = open;
  }
  return spans;
}

/** Whether a quotation is still open after `text`, given whether one was open before it. */
function openAfter(openBefore: boolean, text: string): boolean {
  let open = openBefore;
  for (const char of text) {
    if (char === "“") open = true;
    else if (char === "”") open = false;
    else if (char === '"') open = !open;
  }
  return open;
}

function quotesIn(text: string, span: Span, spanMentions: Mention[], earlier: Quote[], mentions: Mention[]): Quote[] {
  const found: Quote[] = [];
  const start = span.first.start;
  const end = span.last.end;
  for (const match of text.slice(start, end).matchAll(QUOTATION)) {
    const quoted = match[1]!.trim();
    if (quoted.split(/\s+/).length < 6) continue;
    const quoteStart = start + match.index! + 1;
    const quoteEnd = quoteStart + match[1]!.length;
    const speaker = speakerOf(text, span, spanMentions, quoteStart, quoteEnd, [...earlier, ...found], mentions);
    // The sentence that names the speaker, which a "he said" after it refers back to.
    const sentence = sentenceOfSpeaker(text, span, quoteStart);
    if (speaker)
      found.push({
        speaker,
        text: quoted,
        start: quoteStart,
        end: quoteEnd,
        sentence,
        firstSentence: span.first.index,
      });
  }
  return found;
}

function speakerOf(
  text: string,
  span: Span,
  spanMentions: Mention[],
  quoteStart: number,
  quoteEnd: number,
  earlier: Quote[],
  mentions: Mention[],
): string | undefined {
  const people = spanMentions.filter(
    (mention) => mention.type === "person" && (mention.end <= quoteStart - 1 || mention.start >= quoteEnd + 1),
  );
  const after = text.slice(quoteEnd + 1, span.last.end);
  const before = text.slice(span.first.start, quoteStart - 1);
  // "…, he added: "…"": the pronoun is the speaker, not a person named earlier in the sentence.
  if (PRONOUN_SPEAKS_AFTER.test(after) || PRONOUN_SPEAKS_BEFORE.test(before)) {
    const referent = resolvePronoun(span.first.index, earlier, mentions);
    if (referent) return referent;
  }
  const afterSpeaker = people.find(
    (mention) =>
      mention.start > quoteEnd && SPEECH_BETWEEN.test(text.slice(quoteEnd + 1, mention.start).replace(/^[,.!?]/, "")),
  );
  const afterVerbFirst = people.find(
    (mention) => mention.start > quoteEnd && SPEECH_BEFORE_NAME.test(text.slice(quoteEnd + 1, mention.start)),
  );
  const beforeSpeaker = [...people]
    .reverse()
    .find((mention) => mention.end < quoteStart && SPEECH_ANYWHERE.test(text.slice(mention.end, quoteStart)));
  // '"…," Deutsche Bahn's head of personnel, Martin Seiler, told reporters': the name that the speech verb follows.
  const describedSpeaker = people.find(
    (mention) =>
      mention.start > quoteEnd &&
      SPEECH_AFTER_NAME.test(text.slice(mention.end, mention.end + 24)) &&
      // "Haitian Sen. Nenel Cassy told …": a title's abbreviation is no sentence end.
      !/[.;"“”]/.test(text.slice(quoteEnd + 2, mention.start).replace(/\b[A-Z][a-z]{0,3}\./g, "")),
  );
  return (afterSpeaker ?? afterVerbFirst ?? beforeSpeaker ?? describedSpeaker)?.entity;
}

/** The span's sentence where the quotation closes (a speaker after it) or opens (a speaker before it). */
function sentenceOfSpeaker(text: string, span: Span, quoteStart: number): number {
  if (span.first === span.last) return span.first.index;
  const attributedBefore = /\S/.test(text.slice(span.first.start, quoteStart - 1));
  return attributedBefore ? span.first.index : span.last.index;
}

/**
 * A paragraph of quoted words with no one named outside them: "“My feeling was … as the match went on."
 * after a paragraph of the coach's words. Undefined for anything else.
 */
function continuationOf(text: string, span: Span, spanMentions: Mention[]): Omit<Quote, "speaker"> | undefined {
  const body = text.slice(span.first.start, span.last.end);
  const closed = /^["“]([^"“”]{20,600})["”]$/.exec(body);
  const open = span.leftOpen ? OPEN_TO_PARAGRAPH_END.exec(body) : null;
  const quoted = (closed ?? open)?.[1];
  if (!quoted || quoted.trim().split(/\s+/).length < 6) return undefined;
  if (SPEECH_ANYWHERE.test(body.slice(quoted.length)) && spanMentions.length) return undefined;
  const quoteStart = span.first.start + 1;
  return {
    text: quoted.trim(),
    start: quoteStart,
    end: quoteStart + quoted.length,
    sentence: span.last.index,
    firstSentence: span.first.index,
  };
}
