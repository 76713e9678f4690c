import escapeStringRegexp from "escape-string-regexp";
import { BASE_FORM_BEFORE, EVENT_FAMILIES, type EventFamily } from "../data/events.data";
import { DATELINE, type Facts } from "../facts";
import { leadSentencesOf } from "../lead";
import { tokenAfter, type Sentence } from "../parse";
import { shuffled } from "../shared/random";
import type { ArticleInput } from "../types";
import { BLANK, makeCandidate, shownTitleOf, sourceLine, type Candidate } from "./candidate";
import { clauseAround, finish, opensWithUnclearReference, PRONOUN_START } from "./stems";

// Each family's words, as one pattern (longest first: "lost to" before "lost").
const familyPatterns = new Map<EventFamily, RegExp>(
  EVENT_FAMILIES.map((family) => [
    family,
    new RegExp(
      String.raw`(?<![\w-])(?:${family.classes
        .flat()
        .sort((a, b) => b.length - a.length)
        .map(escapeStringRegexp)
        .join("|")})(?![\w-])`,
      "g",
    ),
  ]),
);

// Words that tell a contest's outcome beside the blank.
const OUTCOME_TOLD =
  /\b(?:seeing off|saw off|beating|beat|defeating|defeated|ahead of|edging out|victory|victorious|winner)\b/i;

/**
 * "What happened": the lead's event word blanked ("the bank said it would _____ interest rates"), with
 * events of the same family the article never names as the wrong answers ("cut", "freeze", "double").
 */
export function eventCandidates(article: ArticleInput, facts: Facts): Candidate[] {
  const candidates: Candidate[] = [];
  const text = article.text.toLowerCase();
  for (const index of leadSentencesOf(facts.sentences, article.title)) {
    const sentence = facts.sentences[index]!;
    if (PRONOUN_START.test(sentence.text) || opensWithUnclearReference(sentence.text, shownTitleOf(article))) continue;
    const candidate = eventCandidate(article, facts, sentence, text);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** Whether the word ending at `end` modifies a noun after it ("storm survivors", "quake zone"). */
function modifiesNext(facts: Facts, end: number): boolean {
  const next = tokenAfter(facts.parsed.tokens, end);
  return !!next && next.start <= end + 1 && (next.pos === "NOUN" || next.pos === "PROPN");
}

function eventCandidate(
  article: ArticleInput,
  facts: Facts,
  sentence: Sentence,
  lowerText: string,
): Candidate | undefined {
  for (const family of EVENT_FAMILIES) {
    for (const match of sentence.text.matchAll(familyPatterns.get(family)!)) {
      const word = match[0];
      const start = match.index!;
      const end = start + word.length;
      const after = sentence.text.slice(end, end + 60);
      const before = sentence.text.slice(Math.max(0, start - 30), start);
      if (family.near && !family.near.test(after)) continue;
      if (family.notNear?.test(after)) continue;
      if (family.before && !family.before.test(before)) continue;
      if (!!family.base !== BASE_FORM_BEFORE.test(before)) continue;
      if (family.noun && modifiesNext(facts, sentence.start + end)) continue;
      const answerClass = family.classes.find((members) => members.includes(word));
      // Wrong answers the article never uses, in any form ("flood" is out where it says "flooding").
      const unused = family.classes.filter(
        (members) =>
          members !== answerClass &&
          !members.some((member) => new RegExp(`\\b${escapeStringRegexp(member.split(" ")[0]!)}`).test(lowerText)),
      );
      if (unused.length < 3) continue;
      const options = shuffled(
        unused.map((members) => members[0]!),
        `event:${sentence.start}:${word}`,
      ).slice(0, 3);
      const clause = clauseAround(sentence.text, start, end);
      const local = start - clause.offset;
      let stem = `${clause.text.slice(0, local)}${BLANK}${clause.text.slice(local + word.length)}`;
      // "MINNEAPOLIS (WCCO) -- …": the dateline is the wire's furniture, not part of the question.
      const dateline = clause.offset === 0 ? (DATELINE.exec(sentence.text)?.[0].length ?? 0) : 0;
      if (dateline && local >= dateline) stem = stem.slice(dateline).trimStart();
      stem = finish(stem.charAt(0).toUpperCase() + stem.slice(1));
      // "Last month's _____ killed … in the ruinous storm": a word of the answer's kind in the stem gives it away.
      const stemWords = ` ${stem.toLowerCase().replace(/[^a-z]+/g, " ")} `;
      if (answerClass?.some((member) => stemWords.includes(` ${member} `))) continue;
      // "Mantel _____ the Booker Prize …, seeing off the likes of Byatt and Coetzee": the rest says who won.
      if (word === "won" && OUTCOME_TOLD.test(stem)) continue;
      return makeCandidate(facts, "what-happened", {
        prompt: `What happened? Complete the story's opening: “${stem}”`,
        stem,
        answer: word,
        accepted: [word],
        distractors: { options, fromArticle: 0 },
        evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
        sentence: sentence.index,
        entity: `event:${family.name}`,
        explanation: `Correct: ${word}. The article ${sourceLine(article)} opens: “${sentence.text}”`,
      });
    }
  }
  return undefined;
}
