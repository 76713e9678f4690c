import { datelinePlacesOf, isKeyWord, isPlace, type Entity, type Facts, type Mention } from "../facts";
import { aliasesOf } from "../gazetteer";
import type { Sentence } from "../parse";
import { normalizeAnswer } from "../shared/normalize";
import { wordCount } from "../shared/word-count";
import type { ArticleInput, QuestionKind } from "../types";
import { blankDistractors } from "./blank-distractors";
import { clauseProblems, placementProblems, resolveStemPronouns, type BlankSite } from "./blank-checks";
import { asOfLine, BLANK, makeCandidateChoosingLater, shownTitleOf, sourceLine, type Candidate } from "./candidate";
import { fillInCandidate } from "./fill-in";
import { sentenceInfoOf, type SentenceInfo } from "./sentence-info";
import {
  clauseAround,
  DEED_REFERENCE,
  finish,
  MAX_CLAUSE_WORDS,
  MIN_BLANK_STEM_WORDS,
  nameTheReference,
  onlyBodyCalledIn,
  opensWithUnclearReference,
  PRONOUN_START,
  quotesBalanced,
  refersElsewhere,
  UNRESOLVED_REFERENCE,
  withoutListMarks,
} from "./stems";
import { swapContextOf, trueFalseCandidate } from "./true-false";

/** A blanked sentence, and what its typed and true/false forms reuse. */
export interface Blank {
  candidate: Candidate;
  mention: Mention;
  entity: Entity;
  sentence: Sentence;
  /** The sentence can stand alone as a true/false statement. */
  statement: boolean;
  /** One example among several ("such as A, B and C"). */
  example: boolean;
  /** A country written as an adjective ("U.S. stocks"). */
  adjective: boolean;
}

/** What every blank of one article reads, worked out once. */
interface Page {
  datelinePlaces: Set<string>;
  mentionsBySentence: Mention[][];
  infoOf: (index: number) => SentenceInfo;
  publisher: string;
  /** The one body the story names most (twice or more, more than any other), for "The committee …" stems. */
  mainBody: { name: string; company: boolean } | undefined;
  /** The one organisation of the article whose name has this noun ("commission": Federal Trade Commission). */
  onlyBodyCalled: (noun: string) => string | undefined;
  /** The title the quiz shows above every question (shownTitleOf). */
  shownTitle: string;
}

/**
 * Blanks: where, which organisation, when, how many, who — a sentence of the article with one fact
 * blanked, answered by choice; then the same blank to type (fill-in) and the sentence as a true/false
 * statement, as written or with the fact swapped. One of each per entity and sentence.
 */
export function blankCandidates(article: ArticleInput, facts: Facts): Candidate[] {
  const candidates: Candidate[] = [];
  const mentionsBySentence = facts.sentences.map(() => [] as Mention[]);
  for (const mention of facts.mentions) mentionsBySentence[mention.sentence]!.push(mention);
  const shownTitle = shownTitleOf(article);
  const page: Page = {
    datelinePlaces: datelinePlacesOf(facts),
    mentionsBySentence,
    infoOf: sentenceInfoOf(facts, mentionsBySentence, shownTitle),
    publisher: article.source ? normalizeAnswer(article.source.replace(/\.(?:com|co\.uk|net|org)$/i, "")) : "",
    mainBody: mainBodyOf(facts),
    onlyBodyCalled: onlyBodyCalledIn(facts),
    shownTitle,
  };
  const swaps = swapContextOf(facts);
  const seenMention = new Set<string>();
  for (const named of facts.mentions) {
    const mention = stormNameOf(named) ?? named;
    const key = `${mention.sentence}:${mention.entity}`;
    if (seenMention.has(key)) continue;
    seenMention.add(key);
    const blank = blankOf(article, facts, page, mention);
    if (!blank) continue;
    candidates.push(blank.candidate);
    // A named term ("operation twist") is only ever typed: there is nothing of its kind to offer beside it.
    if (mention.type === "term") continue;
    const fillIn = fillInCandidate(facts, blank);
    if (fillIn) candidates.push(fillIn);
    const statement = trueFalseCandidate(article, facts, blank, swaps);
    if (statement) candidates.push(statement);
  }
  return candidates;
}

function mainBodyOf(facts: Facts): { name: string; company: boolean } | undefined {
  const bodies = [...facts.entities.values()]
    .filter((entity) => entity.type === "organization")
    .sort((a, b) => b.mentions - a.mentions);
  const [first, second] = bodies;
  if (!first || first.mentions < 2 || (second && second.mentions >= first.mentions)) return undefined;
  return { name: first.name, company: first.kind === "company" };
}

// "Hurricane Matthew came ashore …": a named storm's name is the story's to remember, typed after its kind.
const STORM = /^((?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm)\s+)(\p{Lu}\p{Ll}+)$/u;

/** The name of a named storm as a term to type ("Hurricane _____"), or undefined for any other mention. */
function stormNameOf(mention: Mention): Mention | undefined {
  const storm = mention.type === "event" ? STORM.exec(mention.text) : null;
  if (!storm) return undefined;
  const start = mention.start + storm[1]!.length;
  return { ...mention, type: "term", text: storm[2]!, start, end: start + storm[2]!.length };
}

function blankOf(article: ArticleInput, facts: Facts, page: Page, mention: Mention): Blank | undefined {
  const text = article.text;
  const entity = facts.entities.get(mention.entity)!;
  const sentence = facts.sentences[mention.sentence]!;
  const type = blankType(mention);
  if (!type) return undefined;
  // "University of Georgia (UGA)": the acronym restates the name just before it; neither blank nor swap it.
  if (text[mention.start - 1] === "(" && text[mention.end] === ")") return undefined;
  const seed = `blank:${mention.start}`;
  // "Arizona, Georgia, _____, South Carolina …": the article often names the rest of such a series
  // elsewhere in the same role ("Florida gains two"), so a list blank takes stand-ins the article never names.
  const series = seriesOf(mention, page.mentionsBySentence[mention.sentence]!, text);
  const clause = clauseAround(sentence.text, mention.start - sentence.start, mention.end - sentence.start);
  const local = mention.start - sentence.start - clause.offset;
  let stem = `${clause.text.slice(0, local)}${BLANK}${clause.text.slice(local + mention.text.length)}`;
  const { datelineEnd, statement } = page.infoOf(mention.sentence);
  const site: BlankSite = {
    facts,
    text,
    mention,
    entity,
    sentence,
    series,
    datelineEnd,
    datelinePlaces: page.datelinePlaces,
    sentenceMentions: page.mentionsBySentence[mention.sentence]!,
    publisher: page.publisher,
    clause,
    local,
  };
  const problems: string[] = [];
  const { adjective, example } = placementProblems(site, problems);
  stem = resolveStemPronouns(site, stem, problems);
  clauseProblems(site, problems);
  // "WASHINGTON (Reuters) - The _____ on Wednesday approved …": the dateline is the wire's furniture, not
  // part of the question (the evidence and the explanation still quote the sentence whole).
  if (clause.offset === 0 && datelineEnd > 0 && local >= datelineEnd) stem = stem.slice(datelineEnd).trimStart();
  stem = finish(stem);
  // "The details come to us from _____:" is too short to ask on its own; the sentence before it in the
  // paragraph gives the context ("The Greek cabinet agreed on … austerity measures today.").
  const before = facts.sentences[mention.sentence - 1];
  const context =
    clause.offset === 0 &&
    clause.text === sentence.text &&
    wordCount(stem) < MIN_BLANK_STEM_WORDS &&
    mention.sentence > 0 &&
    before?.paragraph === sentence.paragraph &&
    !PRONOUN_START.test(before.text) &&
    !refersElsewhere(before.text, page.shownTitle) &&
    wordCount(before.text) + wordCount(stem) <= MAX_CLAUSE_WORDS &&
    !page.infoOf(mention.sentence - 1).datelineEnd
      ? mention.sentence - 1
      : undefined;
  // "That blast killed the _____ …", "Their meeting came before …": a sentence that points back at the one
  // before reads right with that sentence shown ahead of it, so the reference is no longer unresolved.
  // "The move follows by one day …": a thing the sentence before named is a reference like a pronoun.
  // "The statement conceded …" in a story about one body: "The [Federal Reserve's] statement conceded …".
  const named =
    clause.offset === 0 ? nameTheReference(stem, page.shownTitle, page.mainBody, page.onlyBodyCalled) : undefined;
  if (named) stem = named;
  // "Tom Horne said he intends to challenge the decision before the _____": which decision, the stem does not say
  // (judged round 11: both judges), as with a true/false.
  const reference =
    (clause.offset === 0 && opensWithUnclearReference(stem, page.shownTitle)) ||
    DEED_REFERENCE.test(stem) ||
    refersElsewhere(stem, page.shownTitle);
  if (context === undefined && reference) problems.push(UNRESOLVED_REFERENCE);
  const unresolved = problems.filter((problem) => problem === "unresolved pronoun" || problem === UNRESOLVED_REFERENCE);
  const pointsBack =
    context === undefined &&
    (REFERS_BACK.test(stem) || reference) &&
    unresolved.length === 1 &&
    readsAsContext(facts, page, mention.sentence, stem) &&
    // ("the U.S. swimmer's Olympic total" after a sentence on storm reports: the sentence before must name it.)
    !refersElsewhere(`${before?.text} ${stem}`, page.shownTitle);
  if (pointsBack) problems.splice(problems.indexOf(unresolved[0]!), 1);
  const shownBefore = pointsBack ? mention.sentence - 1 : context;
  if (shownBefore !== undefined) stem = `${withoutListMarks(before!.text)} ${stem}`;
  const answerText =
    mention.type === "person" || mention.type === "organization" || mention.type === "country"
      ? mention.entity
      : mention.text;
  const dateNote =
    mention.type === "date" && entity.date && entity.date.label.toLowerCase() !== mention.text.toLowerCase()
      ? ` (${entity.date.label})`
      : "";
  const asOfHere = mention.type === "quantity" ? asOfLine(article) : "";
  const theArticle = `${asOfHere}${asOfHere ? "the" : "The"} article ${sourceLine(article, !asOfHere)}`;
  const explanation = `Correct: ${mention.text}${dateNote}. ${theArticle} says: “${sentence.text}”`;
  const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
  // A named term ("operation twist") is only ever typed.
  const term = mention.type === "term";
  // 'settle the "Ukrainian question" peacefully': a quoted phrase with a common word in it is words, not a name.
  const phrase = term && /\s(?!(?:of|the|and|de|la|von|van|du|des|for|in|on)\b)[a-z]/.test(mention.text);
  // "greenhouse _____", "the peace _____ (accord)": typing a common word of the story tests spelling, not the
  // story (judged round 6: 0 of 6 kept).
  if (term && isKeyWord(mention)) problems.push("not worth asking: a common word to type");
  const typed = isKeyWord(mention) ? "word" : phrase ? "words" : "name";
  // "the World Cup semi-final": a competition the gazetteer lists among bodies is asked as what it is.
  const competition = entity.kind === "competition";
  const candidate = makeCandidateChoosingLater(
    facts,
    type,
    {
      prompt: term
        ? `Type the missing ${typed}: “${stem}”`
        : `${competition ? COMPETITION_PROMPT : PROMPTS[type]} “${stem}”`,
      stem,
      answer:
        mention.type === "person" || mention.type === "organization"
          ? mention.text.replace(/['’]s$/, "")
          : mention.text,
      // A story word is accepted in the singular or the plural ("wildfire", "wildfires").
      accepted: term
        ? [...new Set([mention.text, ...(isKeyWord(mention) ? [mention.entity] : [])])]
        : aliasesOf(answerText),
      evidence,
      sentence: mention.sentence,
      context: shownBefore,
      entity: mention.entity,
      explanation,
      problems,
    },
    () => blankDistractors(facts, text, mention, entity, series, seed),
  );
  return { candidate, mention, entity, sentence, statement, example, adjective };
}

/** A stem that opens by pointing at what the sentence before said: "That blast", "Their meeting", "It". */
const REFERS_BACK = /^(?:(?:But|And|Yet|So|Still)\s+)?(?:It|They|This|That|These|Those|Its|Their|His|Her)\b(?!['’])/;

/** The sentence before can be shown ahead of the stem: next to it, a statement of its own, not too long. */
function readsAsContext(facts: Facts, page: Page, index: number, stem: string): boolean {
  const before = facts.sentences[index - 1];
  const sentence = facts.sentences[index]!;
  return (
    !!before &&
    sentence.paragraph - before.paragraph <= 1 &&
    !PRONOUN_START.test(before.text) &&
    !refersElsewhere(before.text, page.shownTitle) &&
    !page.infoOf(index - 1).datelineEnd &&
    quotesBalanced(before.text) &&
    /[.!?]["”’]?$/.test(before.text) &&
    wordCount(before.text) + wordCount(stem) <= MAX_CLAUSE_WORDS + 10
  );
}

const kindOf = (mention: Mention) => (isPlace(mention.type) ? "place" : mention.type);

/** The series a mention belongs to ("A, B, C and D": three or more of its kind), or undefined. */
function seriesOf(mention: Mention, sentenceMentions: Mention[], text: string): Mention[] | undefined {
  const kind = kindOf(mention);
  const sameKind = sentenceMentions.filter((other) => kindOf(other) === kind);
  let first = sameKind.indexOf(mention);
  let last = first;
  while (first > 0 && joined(text, sameKind[first - 1]!, sameKind[first]!)) first--;
  while (last < sameKind.length - 1 && joined(text, sameKind[last]!, sameKind[last + 1]!)) last++;
  return last - first + 1 >= 3 ? sameKind.slice(first, last + 1) : undefined;
}

/** Two mentions next to each other in a list ("A, B", "A and B", "A, and the B"). Module-level: runs per blank. */
function joined(text: string, a: Mention, b: Mention): boolean {
  return /^\s*(?:,\s*(?:and|or)?|and|or)\s*(?:the\s+)?$/.test(text.slice(a.end, b.start));
}

const COMPETITION_PROMPT = "Which competition completes this sentence from the article?";
const PROMPTS: Record<QuestionKind, string> = {
  who: "Who completes this sentence from the article?",
  role: "",
  "who-said": "",
  where: "Which place completes this sentence from the article?",
  when: "When? Complete this sentence from the article:",
  "how-many": "How many or how much? Complete this sentence from the article:",
  "which-organization": "Which organisation completes this sentence from the article?",
  "what-happened": "",
  "true-false": "",
  "fill-in": "",
};

function blankType(mention: Mention): QuestionKind | undefined {
  switch (mention.type) {
    case "person":
      return "who";
    case "organization":
      return "which-organization";
    case "country":
    case "city":
    case "region":
      return "where";
    case "date":
      return "when";
    case "quantity":
      return "how-many";
    case "term":
      return "fill-in";
    default:
      return undefined;
  }
}
