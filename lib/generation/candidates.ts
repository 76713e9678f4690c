import { aliasesOf } from "./answer-matching";
import { normalizeAnswer } from "./shared/normalize";
import { longDate } from "./parse";
import {
  anotherCountrysBody,
  dateDistractors,
  organizationDistractors,
  personDistractors,
  placeDistractors,
  quantityDistractors,
  roleDistractors,
  type DistractorPick,
} from "./distractors";
import { DATELINE, datelinePlacesOf, isPlace, resolvePronoun, type Facts, type Mention, shortFormsOf } from "./facts";
import { markHeadlineAnswers } from "./headline";
import { tokenAfter } from "./parse";
import { hash, shuffled } from "./shared/random";
import { shortName } from "./shared/names";
import { OFFICE_HOLDERS } from "./data/people.data";
import { COUNTRY_BY_NAME } from "./gazetteer";
import type { ArticleInput, QuestionKind } from "./types";

/**
 * Every question the article's facts allow, before the quality gate. Each candidate carries what
 * the gate needs to judge it: its answer, distractors, evidence sentence and the stem shown.
 */
export interface Candidate {
  type: QuestionKind;
  prompt: string;
  /** The part of the prompt a learner reads as the question text (quoted sentence or stem). */
  stem: string;
  answer: string;
  accepted: string[];
  distractors: DistractorPick;
  evidence: { start: number; end: number; text: string };
  sentence: number;
  /** The sentence before, shown ahead of a short stem for context; it counts as shown by this question. */
  context?: number;
  paragraph: number;
  entity: string;
  explanation: string;
  problems: string[];
  notes: string[];
}

const BLANK = "_____";
const RANGE_END = "not worth asking: one end of a range";
// Countries whose English name takes "the".
const COUNTRIES_WITH_THE =
  /^(?:United States|United Kingdom|Netherlands|Philippines|Czech Republic|Dominican Republic|Central African Republic|United Arab Emirates|Bahamas|Gambia|Maldives|Democratic Republic of (?:the )?Congo|Vatican)$/;
const TOP_OFFICE = /\b(?:President|Prime Minister|Chancellor|King|Queen|Pope)\b/;
// "It's easy for coaches like Meyer…", "It is unclear whether…": an empty "it" that refers to nothing.
const EMPTY_IT = String.raw`(?!(?:['’]s|\s+(?:is|was|will be|would be|has been|seems|remains))\s+(?:easy|hard|clear|unclear|likely|unlikely|possible|impossible|important|difficult|not|true|time|too|worth|fair|safe|rare|common|unusual|no secret)\b)`;
const PRONOUN_START = new RegExp(
  String.raw`^(?:(?:But|And|Yet|So|Still|Now)\s+(?=[a-z]))?["“]?([Hh]e|[Ss]he|[Tt]hey|[Ii]t${EMPTY_IT}|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|I|I'[a-z]+|I’[a-z]+|We|[Ww]e'[a-z]+|You|Our|My)\b`,
);

/** "Learned a lot for next test launch," Musk wrote: a sentence cut from inside a quotation is half of one. */
function quotesBalanced(sentence: string): boolean {
  const straight = sentence.match(/"/g)?.length ?? 0;
  return straight % 2 === 0 && (sentence.match(/“/g)?.length ?? 0) === (sentence.match(/”/g)?.length ?? 0);
}

export function words(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The article as explanations cite it; without the date where the sentence already starts "As of <date>". */
function sourceLine(article: ArticleInput, withDate = true): string {
  return article.publishedAt && withDate
    ? `“${article.title}” (${longDate(article.publishedAt)})`
    : `“${article.title}”`;
}

/**
 * Part of a long sentence around `start…end`, at most ~35 words: the clause that holds it, then the
 * clauses before it back to the sentence start where they fit (so the stem keeps its subject), then
 * the clauses after it. Clauses end at commas, semicolons, dashes, at "and"/"but" that open a
 * new clause ("…to those Motorola boxes and it looks like…") and before "while", "because"….
 */
const CLAUSE_CUT =
  /(?:(?<!\d),|,(?!\d{3}\b)|;|\s?--|\s?—)\s*|\s(?=(?:and|but)\s+(?:it|they|he|she|we|I|there|this|that|these|many|some|the)\b)|\s(?=(?:while|whereas|because|although)\s)/g;
const MAX_CLAUSE_WORDS = 35;
/** A blanked stem shorter than this lacks the context a fair question needs. */
export const MIN_BLANK_STEM_WORDS = 10;

// Every mention of a sentence asks for its clauses: the cuts are worked out once per sentence.
const clauseCuts = new Map<string, number[] | undefined>();

function cutsOf(sentence: string): number[] | undefined {
  if (clauseCuts.has(sentence)) return clauseCuts.get(sentence);
  let cuts: number[] | undefined;
  if (words(sentence) > MAX_CLAUSE_WORDS) {
    cuts = [0];
    for (const match of sentence.matchAll(CLAUSE_CUT)) if (match.index! > 0) cuts.push(match.index! + match[0].length);
    cuts.push(sentence.length);
  }
  if (clauseCuts.size > 5_000) clauseCuts.clear();
  clauseCuts.set(sentence, cuts);
  return cuts;
}

function clauseAround(sentence: string, start: number, end: number): { text: string; offset: number } {
  const cuts = cutsOf(sentence);
  if (!cuts) return { text: sentence, offset: 0 };
  let first = 0;
  while (first + 1 < cuts.length - 1 && cuts[first + 1]! <= start) first++;
  let last = first + 1;
  while (last < cuts.length - 1 && cuts[last]! < end) last++;
  const span = (a: number, b: number) => sentence.slice(cuts[a]!, cuts[b]!).replace(/[,;\s—-]+$/, "");
  // Back to the sentence start if that fits, else forward clause by clause.
  if (words(span(0, last)) <= MAX_CLAUSE_WORDS) first = 0;
  while (last + 1 < cuts.length && words(span(first, last + 1)) <= MAX_CLAUSE_WORDS) last++;
  let text = span(first, last);
  if (words(text) < 8) text = sentence.slice(cuts[first]!).replace(/[,;\s]+$/, "");
  return { text, offset: cuts[first]! };
}

const LIST_BULLET = "[•·▪●◦‣]";
const OPEN_QUOTED_ITEM = new RegExp(`^${LIST_BULLET}?\\s*["“][^"”]*$`);
const LEADING_BULLET = new RegExp(`^${LIST_BULLET}\\s*`);

/** "• "Social Security has been …": without a list bullet, and a quotation mark the list item never closes. */
function withoutListMarks(text: string): string {
  const trimmed = text.trim().replace(LEADING_BULLET, "");
  return /^["“]/.test(trimmed) && !/["”]/.test(trimmed.slice(1)) ? trimmed.slice(1) : trimmed;
}

function finish(stem: string): string {
  const trimmed = withoutListMarks(stem);
  return /[.!?"”]$/.test(trimmed) ? trimmed : `${trimmed} …`;
}

export function buildCandidates(article: ArticleInput, facts: Facts): Candidate[] {
  const candidates: Candidate[] = [];
  const text = article.text;
  const asOf = article.publishedAt ? `As of ${longDate(article.publishedAt)}, ` : "";
  const sentenceOf = (index: number) => facts.sentences[index]!;
  // Worked out once per article for the true/false swaps: where each name appears, and who holds a top office.
  const sentencesNaming = new Map<string, number[]>();
  for (const mention of facts.mentions) {
    for (const name of new Set([mention.entity, mention.text])) {
      const sentences = sentencesNaming.get(name);
      if (sentences) sentences.push(mention.sentence);
      else sentencesNaming.set(name, [mention.sentence]);
    }
  }
  // "Jackson" as a swap is Michael Jackson: the short form finds the sentences that name him in full.
  const fullNames = new Map<string, string[]>();
  for (const entity of facts.entities.values()) {
    if (entity.type !== "person") continue;
    const short = facts.shortNames.get(entity.name) ?? shortName(entity.name);
    fullNames.set(short, [...(fullNames.get(short) ?? []), entity.name]);
  }
  const headsOfState = new Set(facts.roles.filter((role) => TOP_OFFICE.test(role.role)).map((role) => role.person));
  for (const mention of facts.mentions)
    if (mention.type === "person" && headsOfState.has(mention.entity)) headsOfState.add(mention.text);
  const publisher = article.source ? normalizeAnswer(article.source.replace(/\.(?:com|co\.uk|net|org)$/i, "")) : "";

  const make = (
    type: QuestionKind,
    fields: Omit<Candidate, "type" | "problems" | "notes" | "accepted" | "paragraph"> & {
      accepted?: string[];
      problems?: string[];
      notes?: string[];
    },
  ): Candidate => ({
    type,
    accepted: fields.accepted ?? aliasesOf(fields.answer),
    problems: fields.problems ?? [],
    notes: fields.notes ?? [],
    paragraph: sentenceOf(fields.sentence).paragraph,
    ...fields,
  });

  // Who holds a role, and what role someone holds.
  const roleCounts = new Map<string, number>();
  for (const role of facts.roles)
    roleCounts.set(role.role.toLowerCase(), (roleCounts.get(role.role.toLowerCase()) ?? 0) + 1);
  for (const role of facts.roles) {
    // "Sen." or "Rep." alone says too little to ask about; so does a bare "leader" or "head".
    if (/^[A-Z][a-z]{1,3}\.$/.test(role.role) || /^(?:leader|head|chief|boss|member|official)$/.test(role.role))
      continue;
    const sentence = sentenceOf(role.sentence);
    const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
    const seed = `role:${role.person}:${role.role}`;
    const ambiguous =
      (roleCounts.get(role.role.toLowerCase()) ?? 0) > 1 ||
      // A bare "President" when the article also has an "EDS President": more than one person fits.
      (!role.role.includes(" ") &&
        facts.roles.some(
          (other) => other.person !== role.person && other.role.toLowerCase().endsWith(role.role.toLowerCase()),
        ));
    // "Prime Minister" Hipkins: "former prime minister" Ardern is no wrong answer beside him.
    const asked = role.role.toLowerCase();
    const sameOffice = [
      ...facts.roles
        .filter(
          (other) =>
            other.person !== role.person &&
            (other.role.toLowerCase().includes(asked) || asked.includes(other.role.toLowerCase())),
        )
        .map((other) => other.person),
      // "Former President" Biden: Barack Obama is one too, in the world if not in the article.
      ...OFFICE_HOLDERS.filter(
        (holder) => holder.office.toLowerCase() === asked || holder.office.toLowerCase().endsWith(` ${asked}`),
      ).map((holder) => holder.name),
    ];
    candidates.push(
      make("who", {
        prompt: `Who does the article describe as “${role.role}”?`,
        stem: `Who does the article describe as “${role.role}”?`,
        answer: role.person,
        distractors: personDistractors(facts, role.person, sentence.text, seed, sameOffice),
        evidence,
        sentence: role.sentence,
        entity: role.person,
        explanation: `Correct: ${role.person}. ${asOf || "The "}${asOf ? "the " : ""}article ${sourceLine(article, !asOf)} calls ${role.person} “${role.role}”: “${sentence.text}”`,
        problems: ambiguous ? ["more than one defensible answer (two people share the role)"] : [],
      }),
    );
    candidates.push(
      make("role", {
        prompt: `What is ${role.person}'s position, according to the article?`,
        stem: `What is ${role.person}'s position, according to the article?`,
        answer: role.role,
        accepted: [role.role],
        distractors: roleDistractors(facts, role.person, role.role, seed),
        evidence,
        sentence: role.sentence,
        entity: role.person,
        explanation: `Correct: ${role.role}. ${asOf || "The "}${asOf ? "the " : ""}article ${sourceLine(article, !asOf)} names ${role.person} as “${role.role}”: “${sentence.text}”`,
      }),
    );
  }

  // Who said it.
  for (const quote of facts.quotes) {
    const sentence = sentenceOf(quote.sentence);
    const quoteWords = quote.text.split(/\s+/);
    const shown =
      quoteWords.length > 25
        ? `${quoteWords
            .slice(0, 22)
            .join(" ")
            .replace(/[,;:]$/, "")} …`
        : quote.text.replace(/[,.]$/, "");
    const otherSpeakers = facts.quotes
      .filter((other) => other.text === quote.text && other.speaker !== quote.speaker)
      .map((other) => other.speaker);
    candidates.push(
      make("who-said", {
        prompt: `Who said: “${shown}”?`,
        stem: shown,
        answer: quote.speaker,
        distractors: personDistractors(facts, quote.speaker, "", `quote:${quote.start}`, otherSpeakers, quote.text),
        evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
        sentence: quote.sentence,
        entity: quote.speaker,
        explanation: `Correct: ${quote.speaker}. The article ${sourceLine(article)} reports: “${sentence.text}”`,
      }),
    );
  }

  // Blanks: where, which organisation, when, how many, who — and typed fill-ins.
  const datelinePlaces = datelinePlacesOf(facts);
  const mentionsBySentence = facts.sentences.map(() => [] as Mention[]);
  for (const mention of facts.mentions) mentionsBySentence[mention.sentence]!.push(mention);
  // What a sentence is (its dateline, whether it can stand as a true/false statement) is the same for every
  // mention in it: worked out once per sentence.
  const sentenceInfo = new Map<number, { datelineEnd: number; statement: boolean; words: number }>();
  const infoOf = (index: number) => {
    let info = sentenceInfo.get(index);
    if (!info) {
      const sentenceText = sentenceOf(index).text;
      const namesSomeone = mentionsBySentence[index]!.some((other) => other.type === "person");
      // '"Jannik pushed me to my limit, and I had to play my best tennis."': whose words, the statement does not say.
      const unattributedFirstPerson =
        /\b(?:I|me|my|we|our|us)\b/.test(sentenceText) && !facts.quotes.some((quote) => quote.sentence === index);
      // A statement about "he" with nobody named in it cannot be judged true or false.
      const vaguePronoun = (/\b(?:he|she|they)\b/i.test(sentenceText) && !namesSomeone) || unattributedFirstPerson;
      // "At $5.2 billion, it is the most expensive mission …": which "it", the statement does not say.
      const openingPronoun = /^[A-Z][^,"“]{0,40},\s+(?:he|she|they|it|we)\b/.test(sentenceText);
      // "…the key messages, which include:": a lead-in to a list, not a statement that is true or false.
      const complete = /[.!?"”’)]$/.test(sentenceText);
      const datelineEnd = DATELINE.exec(sentenceText)?.[0].length ?? 0;
      const statementWords = words(sentenceText);
      info = {
        datelineEnd,
        words: statementWords,
        // "MONTGOMERY, Ala. -- …": the dateline already names the place, so a swapped one is plainly false.
        // A quotation left open ("• "Social Security has been …") is someone's talking point, not a fact to judge.
        statement:
          complete &&
          statementWords >= 10 &&
          statementWords <= 32 &&
          !PRONOUN_START.test(sentenceText) &&
          !vaguePronoun &&
          !openingPronoun &&
          datelineEnd === 0 &&
          !OPEN_QUOTED_ITEM.test(sentenceText) &&
          quotesBalanced(sentenceText),
      };
      sentenceInfo.set(index, info);
    }
    return info;
  };
  const seenMention = new Set<string>();
  for (const mention of facts.mentions) {
    const key = `${mention.sentence}:${mention.entity}`;
    if (seenMention.has(key)) continue;
    seenMention.add(key);
    const entity = facts.entities.get(mention.entity)!;
    const sentence = sentenceOf(mention.sentence);
    const type = blankType(mention);
    if (!type) continue;
    // "University of Georgia (UGA)": the acronym restates the name just before it; neither blank nor swap it.
    if (text[mention.start - 1] === "(" && text[mention.end] === ")") continue;
    const seed = `blank:${mention.start}`;
    // "Arizona, Georgia, _____, South Carolina …": the article often names the rest of such a series
    // elsewhere in the same role ("Florida gains two"), so a list blank takes stand-ins the article never names.
    const series = seriesOf(mention, mentionsBySentence[mention.sentence]!, text);
    const evidenceForDistractors = series ? text : sentence.text;
    // "Arizona, Georgia, Nevada, … and Washington": in a series of states, Washington is the state.
    const seriesType =
      series && mention.type === "city" && series.filter((other) => other.type === "region").length * 2 > series.length
        ? "region"
        : undefined;
    const asTyped = seriesType ? ({ ...entity, type: seriesType } as const) : entity;
    const distractors =
      mention.type === "term"
        ? { options: [], fromArticle: 0 }
        : mention.type === "person"
          ? personDistractors(facts, mention.entity, evidenceForDistractors, seed)
          : mention.type === "organization"
            ? organizationDistractors(facts, entity, evidenceForDistractors, seed)
            : mention.type === "date"
              ? dateDistractors(mention.text, evidenceForDistractors, seed)
              : mention.type === "quantity"
                ? quantityDistractors(mention.text, evidenceForDistractors, seed)
                : placeDistractors(facts, asTyped, evidenceForDistractors, seed);
    // "Putin" in the sentence gets surnames as distractors, "Vladimir Putin" full names.
    if (mention.type === "person" && !mention.text.includes(" ")) {
      distractors.options = distractors.options.map((name) => facts.shortNames.get(name) ?? shortName(name));
    }
    // "the largest in the ___": only countries that take "the" read right there ("the Japan" does not); the
    // true/false swap below is taken from these same options.
    // "across the western ___": a direction between "the" and the country changes nothing.
    const afterThe =
      mention.type === "country" &&
      /\bthe\s+(?:(?:north|south)?-?(?:east|west)ern\s+|(?:north|south)ern\s+|central\s+)?$/i.test(
        text.slice(Math.max(0, mention.start - 20), mention.start),
      );
    if (afterThe) {
      distractors.options = distractors.options.filter(
        (option) => COUNTRIES_WITH_THE.test(option) || !COUNTRY_BY_NAME.has(option.toLowerCase()),
      );
    }
    const clause = clauseAround(sentence.text, mention.start - sentence.start, mention.end - sentence.start);
    const local = mention.start - sentence.start - clause.offset;
    let stem = `${clause.text.slice(0, local)}${BLANK}${clause.text.slice(local + mention.text.length)}`;
    const problems: string[] = [];
    // "charged Assange" beside Julian and Stella Assange: which one, the sentence alone does not say.
    if (mention.shared) problems.push("more than one defensible answer (two people share the name)");
    // "PARIS — …": where the story was filed is not a fact of the story.
    const { datelineEnd, statement: canBeStatement } = infoOf(mention.sentence);
    if (mention.start - sentence.start < datelineEnd) problems.push("not worth asking: the dateline");
    // "… told reporters in ___" in a story filed from NEW DELHI: the dateline has already said where.
    if (
      isPlace(mention.type) &&
      (datelinePlaces.has(normalizeAnswer(mention.entity)) || datelinePlaces.has(normalizeAnswer(mention.text)))
    ) {
      problems.push("answer leaked in stem: the dateline names it");
    }
    // "Guy's and St Thomas' NHS Foundation Trust": after a name's bare possessive, the body's name began
    // earlier, and the blank would hold only its tail.
    if (
      mention.type === "organization" &&
      /[A-Z][a-z]+['’]\s$/.test(text.slice(Math.max(0, mention.start - 20), mention.start))
    )
      problems.push("answer cut from a longer name");
    // "won between 58% and 60% of the vote", "durations of 6- to 30-years", "6- and 7-nanometre
    // technology": one end of a range or pair is a detail, and its stand-ins cross the other end.
    const rangeBefore = /\bbetween\s+(?:\$?[\d.,]+%?\s+and\s+)?$|\d[\d.,]*%?-?\s+to\s+$|\d-\s+(?:and|or)\s+$/i;
    if (
      mention.type === "quantity" &&
      (rangeBefore.test(text.slice(Math.max(0, mention.start - 30), mention.start)) ||
        /^-?\s*to\s+\$?\d|^-\s+(?:and|or)\s+\d/.test(text.slice(mention.end, mention.end + 8)))
    ) {
      problems.push(RANGE_END);
    }
    // "about 3 kilometers (2 miles) long", "373.50 pounds ($475)": each figure is the other in another unit,
    // so neither is asked.
    if (
      mention.type === "quantity" &&
      (/\d[\d.,]*\s*[a-z]+\s*\($/i.test(text.slice(Math.max(0, mention.start - 24), mention.start)) ||
        /^\s*(?:[a-z]+\s*){0,2}\(\s*(?:about\s+)?(?:[$€£¥][\d.,]+(?:\s*[a-z]+)?|[\d.,]+\s*[a-z]+)\)/i.test(
          text.slice(mention.end, mention.end + 30),
        ))
    ) {
      problems.push("not worth asking: a figure given in two units");
    }
    // "burned more than 1 million hectares across the EU": a union of countries used as a place.
    if (
      mention.type === "organization" &&
      (entity.kind === "international" || entity.kind === "alliance") &&
      /\b(?:across|in|throughout|within|outside)\s+the\s+$/i.test(
        text.slice(Math.max(0, mention.start - 16), mention.start),
      )
    ) {
      problems.push("not worth asking: an organisation used as a place");
    }
    // "the first U.S. city": a country written as an adjective; "the first Cuba city" is no English.
    const adjective =
      mention.type === "country" &&
      /^(?:U\.S\.|US|U\.K\.|UK|EU|E\.U\.)$/.test(mention.text) &&
      /^\s+[a-z]/.test(text.slice(mention.end, mention.end + 3));
    if (adjective) problems.push("not worth asking: a country written as an adjective");
    // "Jannik pushed me to my limit": a first name in a quotation; the choices would be surnames.
    if (mention.type === "person" && mention.entity.includes(" ") && mention.text === mention.entity.split(" ")[0])
      problems.push("not worth asking: a first name on its own");
    // "cloud companies such as ___, Amazon and Google": any of a dozen would fit; the article's pick is a detail,
    // and a swapped-in example ("including Utah, New Hampshire …") may well be true too.
    const examples =
      !!series &&
      /\b(?:such as|including|like|among them)\s*$/i.test(
        text.slice(Math.max(0, series[0]!.start - 20), series[0]!.start),
      );
    if (examples) problems.push("not worth asking: one example among several");
    // "ships 25, 40 or ___ or more miles at sea": one figure of a list is trivia.
    if (series && mention.type === "quantity") problems.push("not worth asking: one figure of a list");
    // '"We are not going to …," Deutsche Bahn's head of personnel, Martin Seiler, told reporters': the
    // sentence itself says who "we" are.
    const attributed =
      /^["“]/.test(stem) &&
      facts.quotes.some(
        (quote) =>
          quote.sentence === mention.sentence &&
          quote.start - sentence.start <= 1 &&
          mentionsBySentence[mention.sentence]!.some((other) => other.entity === quote.speaker),
      );
    const pronoun = attributed ? null : PRONOUN_START.exec(stem);
    if (pronoun && clause.offset === 0) {
      const referent =
        /^(?:He|She)$/i.test(pronoun[1]!) && pronoun.index === 0 && /^[HS]/.test(stem)
          ? resolvePronoun(mention.sentence, facts.quotes, facts.mentions, facts.sentences)
          : undefined;
      if (referent) stem = stem.replace(PRONOUN_START, `[${referent}]`);
      else problems.push("unresolved pronoun");
    }
    // '"The guilty will not be spared," he told reporters in ___': the speaker, named in the sentence before.
    const speechTag = /(["”],?\s+)(he|she)(\s+(?:said|says|told|added|noted|explained)\b)/;
    if (
      clause.offset === 0 &&
      !problems.includes("unresolved pronoun") &&
      speechTag.test(stem) &&
      !mentionsBySentence[mention.sentence]!.some((other) => other.type === "person")
    ) {
      const referent = resolvePronoun(mention.sentence, facts.quotes, facts.mentions, facts.sentences);
      if (referent) stem = stem.replace(speechTag, `$1[${referent}]$3`);
      else problems.push("unresolved pronoun");
    }
    // "In early May, they were the first…": a pronoun subject after an opening phrase.
    if (clause.offset === 0 && !problems.length && /^[A-Z][^,"“]{0,40},\s+(?:he|she|they|it|we)\b/.test(stem))
      problems.push("unresolved pronoun");
    if (
      clause.offset > 0 &&
      (PRONOUN_START.test(clause.text) || /\b(?:he|she|they)\b/.test(clause.text.slice(0, local)))
    )
      problems.push("unresolved pronoun");
    // "helped carry 19-year-old _____ into a taxi…": a clause cut from its subject reads as a riddle.
    if (clause.offset > 0 && /^["“”']?\s*[a-z]/.test(clause.text))
      problems.push("built from a caption or fragment, not a sentence");
    // "A House Democratic source provided to CNN a memo": the publisher's own name is not news.
    if (publisher && normalizeAnswer(mention.entity) === publisher)
      problems.push("not worth asking: the publisher's own name");
    // "WASHINGTON (Reuters) - The _____ on Wednesday approved …": the dateline is the wire's furniture, not
    // part of the question (the evidence and the explanation still quote the sentence whole).
    if (clause.offset === 0 && datelineEnd > 0 && local >= datelineEnd) stem = stem.slice(datelineEnd).trimStart();
    stem = finish(stem);
    // "The details come to us from _____:" is too short to ask on its own; the sentence before it in the
    // paragraph gives the context ("The Greek cabinet agreed on … austerity measures today.").
    const before = sentenceOf(mention.sentence - 1);
    const context =
      clause.offset === 0 &&
      clause.text === sentence.text &&
      words(stem) < MIN_BLANK_STEM_WORDS &&
      mention.sentence > 0 &&
      before?.paragraph === sentence.paragraph &&
      !PRONOUN_START.test(before.text) &&
      words(before.text) + words(stem) <= MAX_CLAUSE_WORDS &&
      !infoOf(mention.sentence - 1).datelineEnd
        ? mention.sentence - 1
        : undefined;
    if (context !== undefined) stem = `${before!.text} ${stem}`;
    const answerText =
      mention.type === "person" || mention.type === "organization" || mention.type === "country"
        ? mention.entity
        : mention.text;
    const dateNote =
      mention.type === "date" && entity.date && entity.date.label.toLowerCase() !== mention.text.toLowerCase()
        ? ` (${entity.date.label})`
        : "";
    const asOfHere = mention.type === "quantity" ? asOf : "";
    const explanation = `Correct: ${mention.text}${dateNote}. ${asOfHere}${asOfHere ? "the" : "The"} article ${sourceLine(article, !asOfHere)} says: “${sentence.text}”`;
    const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
    // A named term ("operation twist") is only ever typed: there is nothing of its kind to offer beside it.
    const term = mention.type === "term";
    candidates.push(
      make(type, {
        prompt: term ? `Type the missing name: “${stem}”` : `${PROMPTS[type]} “${stem}”`,
        stem,
        answer:
          mention.type === "person" || mention.type === "organization"
            ? mention.text.replace(/['’]s$/, "")
            : mention.text,
        accepted: term ? [mention.text] : aliasesOf(answerText),
        distractors,
        evidence,
        sentence: mention.sentence,
        context,
        entity: mention.entity,
        explanation,
        problems,
      }),
    );
    if (term) continue;
    if (
      mention.type === "person" ||
      mention.type === "country" ||
      mention.type === "city" ||
      mention.type === "organization"
    ) {
      candidates.push(
        make("fill-in", {
          prompt: `Type the missing ${mention.type === "person" ? "name" : mention.type === "organization" ? "organisation" : "place"}: “${stem}”`,
          stem,
          answer: mention.entity,
          // India's Congress party is not typed back as "U.S. Congress".
          accepted: [
            ...new Set([
              mention.entity,
              mention.text,
              ...(anotherCountrysBody(facts, entity, sentence.text) ? [] : aliasesOf(mention.entity)),
              ...(mention.type === "organization" ? shortFormsOf(mention.entity, facts) : []),
            ]),
          ],
          distractors: { options: [], fromArticle: 0 },
          evidence,
          sentence: mention.sentence,
          context,
          entity: mention.entity,
          explanation,
          problems: [...problems],
        }),
      );
    }
    // True or false: the sentence as written, or with this one fact swapped.
    // A swap named in the sentences around this one is often part of the same event ("talks with Lavrov" →
    // "talks with Putin", whom Wang also met): a statement a reader could fairly call true.
    const nearby = (name: string) =>
      [name, ...(fullNames.get(name) ?? [])].some((form) =>
        (sentencesNaming.get(form) ?? []).some((index) => Math.abs(index - mention.sentence) <= 2),
      );
    // A head of state swapped in for an official ("Bush, who served as associate commissioner under
    // President Clinton") makes a statement no reader would weigh: only people of the same standing.
    const topOffice = (name: string) => headsOfState.has(name);
    const sameStanding = (option: string) =>
      mention.type !== "person" || topOffice(option) === topOffice(mention.entity);
    const isTrue = hash(`tf:${mention.start}`) % 2 === 0;
    // "Russia's Luna-25": a swap before "'s" must read as a possessive ("United States's" does not).
    const possessive = /^['’]s\b/.test(text.slice(mention.end, mention.end + 3));
    const readsBeforeS = (option: string) => !possessive || (!/s$/.test(option) && !COUNTRIES_WITH_THE.test(option));
    // "Boston finished the regular season …", "Moscow announced …": a city doing something is its team or
    // its government, and another city in its place ("Palo Alto finished …") is false at a glance.
    const actingCity = mention.type === "city" && tokenAfter(facts.parsed.tokens, mention.end)?.pos === "VERB";
    const swap =
      canBeStatement && !isTrue && !actingCity
        ? distractors.options.find((option) => !nearby(option) && sameStanding(option) && readsBeforeS(option))
        : undefined;
    // "U.S. stocks fell" swapped to "Colombia stocks fell": no English, so no swap of an adjective; nor of a
    // name its acronym follows ("the University of South Florida (UGA)" is false at a glance).
    const spelledOut = /^\s*\([A-Z]{2,6}\)/.test(text.slice(mention.end, mention.end + 10));
    if (
      canBeStatement &&
      !examples &&
      (isTrue ? distractors.options.length > 0 : swap && !adjective && !spelledOut) &&
      mention.type !== "date"
    ) {
      const statement = withoutListMarks(
        isTrue
          ? sentence.text
          : `${text.slice(sentence.start, mention.start)}${swap}${text.slice(mention.end, sentence.end)}`,
      );
      candidates.push(
        make("true-false", {
          prompt: `True or false: “${statement}”`,
          stem: statement,
          answer: isTrue ? "True" : "False",
          accepted: [isTrue ? "True" : "False"],
          distractors: { options: [isTrue ? "False" : "True"], fromArticle: 1 },
          evidence,
          sentence: mention.sentence,
          entity: mention.entity,
          // "won between 88% and 60%": a swapped end of a range is false at a glance.
          problems: isTrue ? [] : problems.filter((problem) => problem === RANGE_END),
          explanation: isTrue
            ? `True. The article ${sourceLine(article)} says exactly this: “${sentence.text}”`
            : `False. One fact was changed: the article says ${mention.text}, not ${swap}. It reads: “${sentence.text}”`,
        }),
      );
    }
  }
  markHeadlineAnswers(candidates, facts, article.title);
  return candidates;
}

const kindOf = (mention: Mention) => (isPlace(mention.type) ? "place" : mention.type);

/** The series a mention belongs to ("A, B, C and D": three or more of its kind), or undefined. */
function seriesOf(mention: Mention, sentenceMentions: Mention[], text: string): Mention[] | undefined {
  const sameKind = sentenceMentions.filter((other) => kindOf(other) === kindOf(mention));
  const joined = (a: Mention, b: Mention) =>
    /^\s*(?:,\s*(?:and|or)?|and|or)\s*(?:the\s+)?$/.test(text.slice(a.end, b.start));
  let first = sameKind.indexOf(mention);
  let last = first;
  while (first > 0 && joined(sameKind[first - 1]!, sameKind[first]!)) first--;
  while (last < sameKind.length - 1 && joined(sameKind[last]!, sameKind[last + 1]!)) last++;
  return last - first + 1 >= 3 ? sameKind.slice(first, last + 1) : undefined;
}

const PROMPTS: Record<QuestionKind, string> = {
  who: "Who completes this sentence from the article?",
  role: "",
  "who-said": "",
  where: "Which place completes this sentence from the article?",
  when: "When? Complete this sentence from the article:",
  "how-many": "How many or how much? Complete this sentence from the article:",
  "which-organization": "Which organisation completes this sentence from the article?",
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

/** Choices in a stable, per-question order; returns the choices and the answer's index. */
export function arrangeChoices(candidate: Candidate): { choices: string[]; answer: number } {
  if (candidate.type === "true-false")
    return { choices: ["True", "False"], answer: candidate.answer === "True" ? 0 : 1 };
  const choices = shuffled(
    [candidate.answer, ...candidate.distractors.options],
    `${candidate.type}:${candidate.evidence.start}:${candidate.answer}`,
  );
  return { choices, answer: choices.indexOf(candidate.answer) };
}
