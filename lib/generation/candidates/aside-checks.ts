import { isPlace } from "../facts";
import type { BlankSite } from "./blank-checks";
import { LAST_YEARS_WINNER, PART_OF_BODY, REST_OF_A_LIST, VAGUE_JUDGEMENT, WRITERS_ASIDE } from "./sentence-info";

/**
 * Blanks on what a reader need not take away, or that more than one answer fits (judged rounds 12 to 17, both
 * judges each time): one end of a span of places, the body behind a cited source, who invaded whom, the size of a
 * delegation, one name of a list, whose government it is, a forecast's year, last year's winner, a figure's credited
 * source, another place of a ranking, a maker or its model, one swimmer of a relay, which body a body belongs to, a
 * writer's aside, a judgement with no fact in it, who said a short line.
 */
export function asideProblems(site: BlankSite, problems: string[]): void {
  const { text, mention, sentence } = site;
  // "stretching from _____ to North Carolina": one end of a span of places is geography, and the places between
  // would fit it as well (judged round 12: both judges).
  if (
    isPlace(mention.type) &&
    (/\bfrom\s+$/.test(text.slice(Math.max(0, mention.start - 6), mention.start))
      ? /^\s+to\s+\p{Lu}/u.test(text.slice(mention.end, mention.end + 6))
      : /\bfrom\s+\p{Lu}[\p{L}. ]{0,30}\s+to\s+$/u.test(text.slice(Math.max(0, mention.start - 45), mention.start)))
  )
    problems.push("not worth asking: one end of a span of places");
  // "according to _____'s Storm Prediction Center": the body behind a cited source is the telling, not the news.
  if (
    mention.type === "organization" &&
    /\baccording\s+to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, mention.start - 20), mention.start)) &&
    /^['’]s\s+\p{Lu}/u.test(text.slice(mention.end, mention.end + 4))
  )
    problems.push("not worth asking: the body behind a cited source");
  // "Against the backdrop of _____'s invasion of Ukraine" (or "Russia's invasion of _____"): who invaded whom is what
  // every reader knows (judged round 13).
  if (
    isPlace(mention.type) &&
    (/^['’]s\s+(?:invasion|annexation|occupation)\s+of\b/.test(text.slice(mention.end, mention.end + 24)) ||
      /['’]s\s+(?:invasion|annexation|occupation)\s+of\s+(?:the\s+)?$/.test(
        text.slice(Math.max(0, mention.start - 30), mention.start),
      ))
  )
    problems.push("not worth asking: a war the world knows of");
  // "who leads a _____-person delegation": the size of a party is a detail of the telling (judged rounds 12 and 13).
  if (
    mention.type === "quantity" &&
    /^-(?:person|member|man|strong)\s+(?:delegation|team|crew|party|panel|group|squad)\b/.test(
      text.slice(mention.end, mention.end + 30),
    )
  )
    problems.push("not worth asking: the size of a delegation");
  // "updates on the _____, the Apple Watch, release dates for iOS …": one name of a list to type, where any of a
  // dozen would fit (judged rounds 12 and 13, both judges).
  if (
    mention.type === "term" &&
    isListItem(text.slice(Math.max(sentence.start, mention.start - 60), Math.min(sentence.end, mention.end + 60)))
  )
    problems.push("not worth asking: one name of a list");
  // "The rest of the nominees on the shortlist were _____ with …": the others of a list, every one of whom the article
  // places elsewhere (judged round 15: both judges).
  // "held jointly by five greats: _____, Don Bradman and Greg Chappell": one of three or more people named together.
  if (
    mention.type === "person" &&
    (REST_OF_A_LIST.test(text.slice(sentence.start, mention.start)) || oneOfThreeNames(site))
  )
    problems.push("not worth asking: one name of a list");
  // "Bruce confirmed that _____'s administration would be represented …": whose government it is, every reader
  // knows, and the article's other people are no stand-ins for a head of government (judged round 15: both judges).
  if (
    mention.type === "person" &&
    /^['’]s\s+(?:administration|government)\b/.test(text.slice(mention.end, mention.end + 18))
  )
    problems.push("not worth asking: whose government it is");
  // "nudged its projection for _____ economic growth up slightly": which year a forecast covers is the next one,
  // guessed without the story (judged round 16: both judges).
  if (
    mention.type === "date" &&
    /\b(?:projections?|forecasts?|outlook|estimates?|predictions?)\s+for\s+$/i.test(
      text.slice(Math.max(0, mention.start - 30), mention.start),
    )
  )
    problems.push("not worth asking: the year a forecast covers");
  // "The prize last year went to India's Aravind Adiga …, translated into _____ languages": background.
  if (LAST_YEARS_WINNER.test(sentence.text)) problems.push("not worth asking: last year's winner");
  // "…, according to _____." closing a sentence: the figures' source, not the story (Renaissance Capital).
  if (
    mention.type === "organization" &&
    /,\s+according\s+to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, mention.start - 20), mention.start)) &&
    /^\s*[.”"]*\s*$/.test(text.slice(mention.end, sentence.end))
  )
    problems.push("not worth asking: the source a figure is credited to");
  // "sitting between power company _____ at No. 2 and General Motors at No. 4": who holds another place of a ranking
  // is background to the story's own place (judged rounds 15 and 16, both judges).
  if (mention.type !== "quantity" && /^\s+at\s+No\.\s*\d/.test(text.slice(mention.end, mention.end + 12)))
    problems.push("not worth asking: another place in a ranking");
  // "lifting off on a _____ rocket" to type: the maker or its model ("Falcon 9") fits (judged round 16, both judges).
  if (mention.type === "term" && MAKERS_PRODUCT.test(text.slice(mention.end, mention.end + 16)))
    problems.push(MAKER_OR_MODEL);
  // "in the 4 x 200-m freestyle relay …, _____ was sure of it": a team's other swimmers fit too, unless the sentence
  // says which leg (judged round 14).
  if (
    mention.type === "person" &&
    /\b(?:relay|doubles)\b/i.test(sentence.text) &&
    !/\b(?:leg|anchor)/.test(sentence.text)
  )
    problems.push("more than one defensible answer (a team event)");
  // "The National Institute of Allergy and Infectious Diseases belongs to the _____": background (rounds 13, 14).
  if (mention.type === "organization" && PART_OF_BODY.test(sentence.text))
    problems.push("not worth asking: which body a body belongs to");
  // "_____, though, who seems to have gills or something, can grin": a writer's aside, not a fact (judged round 13).
  if (WRITERS_ASIDE.test(sentence.text)) problems.push("not worth asking: a writer's aside");
  if (VAGUE_JUDGEMENT.test(sentence.text)) problems.push("not worth asking: a judgement with no fact in it");
  // "“We’ve put in the work in the pool,” _____ says.": who said a line this short and bland is the story's subject,
  // guessed, not learned (judged rounds 15 to 17: both judges each time).
  if (mention.type === "person" && SHORT_LINE_BEFORE.test(text.slice(sentence.start, mention.start)))
    problems.push("not worth asking: who said a line this short");
}

/** Three commas and an "and" around a name: it is one of a list ("the AppleTV, the Apple Watch, … and its HomePod"). */
const isListItem = (around: string) => (around.match(/,\s/g)?.length ?? 0) >= 3 && /\band\b/.test(around);

// A quotation of at most eight words that opens the sentence, then its speaker: "“We’ve put in the work,” _____".
const SHORT_LINE_BEFORE = /^["“](?:\S+\s+){0,7}\S+[,.!?]?["”]\s+(?:(?:said|says|added|told reporters)\s+)?$/;

/** A maker's name before its product's noun: "a SpaceX rocket". */
export const MAKERS_PRODUCT = /^\s+(?:rockets?|phones?|cars?|jets?|aircraft|planes?|satellites?|trucks?)\b/;
export const MAKER_OR_MODEL = "more than one defensible answer (a maker or its model)";

// A name of one to three capitalised words ("Don Bradman", "J.M. Coetzee"), and what separates names of a list.
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}`;
const SEPARATOR = String.raw`(?:,\s+(?:along with\s+|and\s+)?|\s+and\s+|\s+along with\s+)`;
const NAME_BEFORE = new RegExp(String.raw`${NAME}${SEPARATOR}$`, "u");
const NAME_AFTER = new RegExp(String.raw`^${SEPARATOR}${NAME}`, "u");

/**
 * The name is one of three or more written as a list ("_____, Don Bradman and Greg Chappell, along with Virat
 * Kohli"), whoever of them the tagger knows.
 */
function oneOfThreeNames(site: BlankSite): boolean {
  const { text, mention, sentence } = site;
  if ((site.series?.length ?? 0) >= 3) return true;
  let names = 1;
  let before = text.slice(Math.max(sentence.start, mention.start - 120), mention.start);
  for (let match = NAME_BEFORE.exec(before); match && names < 3; match = NAME_BEFORE.exec(before)) {
    names++;
    before = before.slice(0, match.index);
  }
  let after = text.slice(mention.end, Math.min(sentence.end, mention.end + 120));
  for (let match = NAME_AFTER.exec(after); match && names < 3; match = NAME_AFTER.exec(after)) {
    names++;
    after = after.slice(match[0].length);
  }
  return names >= 3;
}
