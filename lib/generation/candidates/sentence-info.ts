import { datelineLength, type Facts, type Mention } from "../facts";
import { wordCount } from "../shared/word-count";
import {
  DEED_REFERENCE,
  OPEN_QUOTED_ITEM,
  opensWithUnclearReference,
  PRONOUN_START,
  quotesBalanced,
  refersElsewhere,
} from "./stems";

/** What a sentence is, for every blank in it: where its dateline ends, and whether it can be a statement. */
export interface SentenceInfo {
  datelineEnd: number;
  /** The sentence can stand alone as a true/false statement. */
  statement: boolean;
}

/**
 * What each sentence is (its dateline, whether it can stand as a true/false statement): the same for every
 * mention in it, so worked out once per sentence.
 */
export function sentenceInfoOf(
  facts: Facts,
  mentionsBySentence: Mention[][],
  shownTitle: string,
): (index: number) => SentenceInfo {
  const sentenceInfo = new Map<number, SentenceInfo>();
  return (index) => {
    let info = sentenceInfo.get(index);
    if (!info) {
      const sentenceText = facts.sentences[index]!.text;
      const datelineEnd = datelineLength(sentenceText);
      info = {
        datelineEnd,
        // "MONTGOMERY, Ala. -- …": the dateline already names the place, so a swapped one is plainly false.
        statement: datelineEnd === 0 && standsAsStatement(facts, mentionsBySentence, shownTitle, index, sentenceText),
      };
      sentenceInfo.set(index, info);
    }
    return info;
  };
}

// "What caused the explosion … is not known", "It was not immediately clear who …": what nobody knows yet is no fact to
// judge true or false (judged round 14, both judges).
export const UNKNOWN =
  /\b(?:is|was|are|were|remains?|remained)\s+(?:not\s+(?:yet\s+|immediately\s+)?(?:known|clear)|unclear|unknown)\b/i;
// "The NIAID belongs to the Department of Health and Human Services": which body a body is part of is background,
// and another body in its place is false only by world knowledge (judged rounds 13 and 14, both judges).
export const PART_OF_BODY =
  /\b(?:belongs?\s+to|is\s+(?:a\s+)?(?:unit|division|subsidiary|branch|arm)\s+of)\s+(?:the\s+)?\p{Lu}/u;
// "who seems to have gills or something": a writer's aside, no fact (judged round 13).
export const WRITERS_ASIDE = /\bor something\b/i;
// "The hundred in Manchester carries meaning for Gill himself and for the country too": a judgement with no fact
// that could be false (judged rounds 15 to 17: both judges each time).
export const VAGUE_JUDGEMENT = new RegExp(
  String.raw`\b(?:carries|carry|holds?|has|have)\s+(?:(?:special|great|real|extra|deep)\s+)?` +
    String.raw`(?:meaning|significance)\b|\bmeans?\s+a\s+lot\b`,
  "i",
);
// "The prize last year went to India's Aravind Adiga …": last year's winner is background (judged rounds 15 and 16).
export const LAST_YEARS_WINNER = /^(?:The \w+ last year went to|Last year['’]s (?:winner|champion|prize|award))\b/i;
// "The rest of the nominees on the shortlist were Adam Foulds with …": the others of a list the article places
// elsewhere (judged round 15, both judges).
export const REST_OF_A_LIST = /\b(?:the rest of|the other)\b[^.;:]{0,40}\b(?:were|are|included|include)\s/i;
const GUESSED_NOUN_PHRASE = /^(?:[•·▪●◦‣-]\s*)?(?:Perhaps|Maybe|Possibly|Probably)\s+(?:a|an|the|some)\s/;

/** The sentence can be judged true or false on its own. The cheap tests first: most sentences fail one. */
function standsAsStatement(
  facts: Facts,
  mentionsBySentence: Mention[][],
  shownTitle: string,
  index: number,
  sentenceText: string,
): boolean {
  // "…the key messages, which include:": a lead-in to a list, not a statement that is true or false; nor is a
  // guess with no verb of its own ("Perhaps a name that simply continues the numbering, …": judged round 10).
  if (
    !/[.!?"”’)]$/.test(sentenceText) ||
    GUESSED_NOUN_PHRASE.test(sentenceText) ||
    WRITERS_ASIDE.test(sentenceText) ||
    VAGUE_JUDGEMENT.test(sentenceText) ||
    LAST_YEARS_WINNER.test(sentenceText) ||
    REST_OF_A_LIST.test(sentenceText) ||
    UNKNOWN.test(sentenceText) ||
    PART_OF_BODY.test(sentenceText)
  )
    return false;
  const statementWords = wordCount(sentenceText);
  if (statementWords < 10 || statementWords > 32) return false;
  // '"Jannik pushed me to my limit, and I had to play my best tennis."': whose words, the statement does
  // not say.
  const unattributedFirstPerson =
    /\b(?:I|me|my|we|our|us)\b/.test(sentenceText) && !facts.quotes.some((quote) => quote.sentence === index);
  // A statement about "he" with nobody named in it cannot be judged true or false.
  const vaguePronoun =
    (/\b(?:he|she|they)\b/i.test(sentenceText) &&
      !mentionsBySentence[index]!.some((other) => other.type === "person")) ||
    unattributedFirstPerson;
  // "At $5.2 billion, it is the most expensive mission …": which "it", the statement does not say.
  const openingPronoun = /^[A-Z][^,"“]{0,40},\s+(?:he|she|they|it|we)\b/.test(sentenceText);
  // A quotation left open ("• "Social Security has been …") is someone's talking point, not a fact to judge.
  return (
    !PRONOUN_START.test(sentenceText) &&
    !opensWithUnclearReference(sentenceText, shownTitle) &&
    !DEED_REFERENCE.test(sentenceText) &&
    !refersElsewhere(sentenceText, shownTitle) &&
    !vaguePronoun &&
    !openingPronoun &&
    !OPEN_QUOTED_ITEM.test(sentenceText) &&
    quotesBalanced(sentenceText)
  );
}
