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

/**
 * Quotations of six words or more, with the speaker named beside them or, for "he said", the last
 * person mentioned.
 */
export function extractQuotes(text: string, sentences: Sentence[], mentions: Mention[]): Quote[] {
  const quotes: Quote[] = [];
  const quotePattern = /["“]([^"“”]{20,600}?)["”]/g;
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(quotePattern)) {
      const quoted = match[1]!.trim();
      if (quoted.split(/\s+/).length < 6) continue;
      const quoteStart = sentence.start + match.index! + 1;
      const quoteEnd = quoteStart + match[1]!.length;
      const people = mentions.filter(
        (mention) =>
          mention.type === "person" &&
          mention.sentence === sentence.index &&
          (mention.end <= quoteStart - 1 || mention.start >= quoteEnd + 1),
      );
      const after = text.slice(quoteEnd + 1, sentence.end);
      const before = text.slice(sentence.start, quoteStart - 1);
      let speaker: string | undefined;
      const afterSpeaker = people.find(
        (mention) =>
          mention.start > quoteEnd &&
          SPEECH_BETWEEN.test(text.slice(quoteEnd + 1, mention.start).replace(/^[,.!?]/, "")),
      );
      const afterVerbFirst = people.find(
        (mention) => mention.start > quoteEnd && SPEECH_BEFORE_NAME.test(text.slice(quoteEnd + 1, mention.start)),
      );
      const beforeSpeaker = [...people]
        .reverse()
        .find((mention) => mention.end < quoteStart && SPEECH_ANYWHERE.test(text.slice(mention.end, quoteStart)));
      // '"…," Deutsche Bahn's head of personnel, Martin Seiler, told reporters': the name that the speech verb
      // follows.
      const describedSpeaker = people.find(
        (mention) =>
          mention.start > quoteEnd &&
          SPEECH_AFTER_NAME.test(text.slice(mention.end, mention.end + 24)) &&
          !/[.;"“”]/.test(text.slice(quoteEnd + 2, mention.start)),
      );
      // "…, he added: "…"": the pronoun is the speaker, not a person named earlier in the sentence.
      const pronounSpeaks = PRONOUN_SPEAKS_AFTER.test(after) || PRONOUN_SPEAKS_BEFORE.test(before);
      if (pronounSpeaks) speaker = resolvePronoun(sentence.index, quotes, mentions);
      if (!speaker && afterSpeaker) speaker = afterSpeaker.entity;
      if (!speaker && afterVerbFirst) speaker = afterVerbFirst.entity;
      if (!speaker && beforeSpeaker) speaker = beforeSpeaker.entity;
      if (!speaker && describedSpeaker) speaker = describedSpeaker.entity;
      if (speaker) quotes.push({ speaker, text: quoted, start: quoteStart, end: quoteEnd, sentence: sentence.index });
    }
  }
  return quotes;
}
