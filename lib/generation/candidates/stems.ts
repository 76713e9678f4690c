import type { Facts } from "../facts";
import type { Candidate } from "./candidate";
import { wordCount } from "../shared/word-count";

// How a sentence becomes a stem: the clause around the blank, without list marks, with its pronouns.

// "It's easy for coaches like Meyer…", "It is unclear whether…": an empty "it" that refers to nothing.
const EMPTY_IT =
  String.raw`(?!(?:['’]s|\s+(?:is|was|will be|would be|has been|seems|remains))\s+` +
  String.raw`(?:easy|hard|clear|unclear|likely|unlikely|possible|impossible|important|difficult|not|true|time|too|` +
  String.raw`worth|fair|safe|rare|common|unusual|no secret)\b)`;
const LIST_BULLET = "[•·▪●◦‣]";
/** The reason a stem records when what it means is in another sentence (the gate's own check uses it too). */
export const UNRESOLVED_REFERENCE = "unresolved reference to another sentence";
/**
 * A sentence that opens with a pronoun ("He said …", "It is …", "• It is the third such recall"): whom it
 * means, the stem alone does not say.
 */
export const PRONOUN_START = new RegExp(
  String.raw`^(?:${LIST_BULLET}\s*)?(?:(?:But|And|Yet|So|Still|Now)\s+(?=[a-z]))?["“]?` +
    String.raw`([Hh]e|[Ss]he|[Tt]hey|[Ii]t${EMPTY_IT}|` +
    String.raw`[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|I|I'[a-z]+|I’[a-z]+|We|[Ww]e'[a-z]+|` +
    String.raw`You|Our|My)\b`,
);

// "The move follows by one day …", "The committee also nudged its projection …", "The company attributed …":
// a sentence that opens with a thing the sentence before named; alone, the stem does not say which ("The
// decision by the Fed to …" does).
const REFERENCE_NOUNS =
  "decision|move|step|committee|company|firm|carmaker|automaker|defect|blast|explosion|attack|incident|" +
  "accident|occasion|deal|agreement|plan|proposal|report|study|survey|findings?|stock|recall|agency|group|" +
  "ministry|department|team|vote|ruling|measure|cut|hike|increase|rise|announcement|statement|" +
  "project|programme|program|policy|bill|case|panel|board|council|body|organi[sz]ation|figure|number|total|" +
  "commission|minister|son|daughter|father|mother|piece|painting|goal|record|earlier record|review|changes|probe|" +
  "investigation|remainder|find|discovery|swimmer|bomber|vest|detective|suspect|man|woman|boy|girl";
// "In 2019 the ministry began …", "Tuesday morning the stock had …", "When finished, the plan …", "Taking a major
// stride …, the ministry": an opening phrase before the reference changes nothing (judged round 7).
const OPENING_PHRASE =
  String.raw`(?:(?:In\s+(?:\d{4}|_____)|Earlier\s+this\s+\w+|Later\s+that\s+\w+|` +
  String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+` +
  // (A phrase of words, not a name in apposition: "OpenAI, the company behind ChatGPT" names the company.)
  String.raw`(?:morning|afternoon|evening|night)|[A-Z][a-z]*\s[^,.;"“]{0,70},)\s+)`;
const REFERENCE_START = new RegExp(
  String.raw`^(?:[•·▪●◦‣]\s*)?(?:(?:But|And|Yet|So|Still|Now)\s+)?["“]?(${OPENING_PHRASE})?[Tt]he\s+` +
    String.raw`(?:(?:new|latest|same|other|U\.S\.|American|British)\s+)?` +
    // Not "The decision by the Fed" or "The bill, SB 1047,"; "the ministry in 2019" is still one.
    String.raw`(${REFERENCE_NOUNS})\b(?!['’]s)(?!\s+(?:of|by|to|at|from|for|on)\b|\s+in\s+(?!\d{4}\b|_____))` +
    String.raw`(?!,\s+[A-Z\d])`,
);

/**
 * Whether `text` opens with such a reference that the set's title does not settle either ("The bill …" under
 * "Assisted dying bill" is clear; "The bill, SB 1047, …" names itself).
 */
// Every kind of question on a sentence asks again: the answers are remembered per title, then per text (not under
// one key joined from both: a joined key is a new string to hash at every call, a sentence's own text is hashed once).
const unclearReferences = new Map<string, Map<string, boolean>>();
let unclearReferencesKept = 0;

export function opensWithUnclearReference(text: string, shownTitle: string | undefined): boolean {
  const title = shownTitle ?? "";
  let byText = unclearReferences.get(title);
  let known = byText?.get(text);
  if (known === undefined) {
    known = readsUnclearReference(text, shownTitle);
    if (unclearReferencesKept > 20_000) {
      unclearReferences.clear();
      unclearReferencesKept = 0;
      byText = undefined;
    }
    if (byText === undefined) unclearReferences.set(title, (byText = new Map()));
    byText.set(text, known);
    unclearReferencesKept++;
  }
  return known;
}

function readsUnclearReference(text: string, shownTitle: string | undefined): boolean {
  // "After that, the prosecution will have 30 days …": after what, the sentence does not say.
  if (/^["“‘']?(?:After|Before|Since|Until|By|Following) (?:that|then|this)\b/.test(text)) return true;
  const match = REFERENCE_START.exec(text);
  const noun = match?.[2];
  if (!noun) return false;
  // "Included in the Sixth Assessment Report of the IPCC, the new report …": the opening phrase names it.
  const namedIn = (words: string) => new RegExp(String.raw`\b${noun}`, "i").test(words);
  // "The exam will be held again later, the agency said": an attribution at the end, not what the sentence is about.
  // ("At Queen Mary University, the minister told his audience: '…'" opens on the speaker, whom it never names.)
  const attribution =
    !!match[1] &&
    /^\s+(?:said|says|added|told)\b/.test(text.slice(match.index + match[0].length)) &&
    !/^\s+\w+\s+(?:his|her|their)\s+\w+\s*:/.test(text.slice(match.index + match[0].length));
  return !attribution && !namedIn(match[1] ?? "") && !(shownTitle && namedIn(shownTitle));
}

// Nouns a story uses for its main body ("The committee also nudged …", "The statement conceded …"), and for its
// main company ("The company said …").
// (What a body issues is its own; a body's kind must be in its name: "the ministry" is no "Medical Council".)
const ISSUED_NOUNS = /^(?:statement|ruling|announcement)$/;
const BODY_NOUNS = /^(?:committee|board|panel|agency|ministry|department|commission|council)$/;
const COMPANY_NOUNS = /^(?:company|firm|carmaker|automaker)$/;

/**
 * "The statement conceded that inflation is still well short of its 2% target" in a story whose one main body is
 * the Federal Reserve: "The [Federal Reserve's] statement conceded …", so the stem says whose (a company noun
 * is named outright: "[General Motors] said …"). Undefined where the stem opens with no such reference or the
 * story has no one main body of that kind.
 */
export function nameTheReference(
  stem: string,
  shownTitle: string | undefined,
  main: { name: string; company: boolean } | undefined,
  onlyBodyCalled: (noun: string) => string | undefined,
): string | undefined {
  const match = REFERENCE_START.exec(stem);
  const noun = match?.[2];
  if (!match || !noun || !opensWithUnclearReference(stem, shownTitle)) return undefined;
  const reference = new RegExp(String.raw`([Tt]he)\s+((?:new|latest|same|other)\s+)?${noun}$`).exec(match[0]);
  if (!reference) return undefined;
  const at = match.index + reference.index;
  const replaced = (named: string) => `${stem.slice(0, at)}${named}${stem.slice(at + reference[0].length)}`;
  const company = COMPANY_NOUNS.test(noun);
  const body = BODY_NOUNS.test(noun) && !!main && new RegExp(String.raw`\b${noun}\b`, "i").test(main.name);
  if (main && (company ? main.company : ISSUED_NOUNS.test(noun) || body))
    return replaced(company ? `[${main.name}]` : `${reference[1]} ${reference[2] ?? ""}[${main.name}'s] ${noun}`);
  // "The commission began its probe …" in a story about Facebook that names one commission, the Federal Trade
  // Commission: "The [Federal Trade Commission] began …" (the one body of the article whose name says what it is).
  const only = BODY_NOUNS.test(noun) && !reference[2] ? onlyBodyCalled(noun) : undefined;
  return only ? replaced(`${reference[1]} [${only.replace(/^the\s+/i, "")}]`) : undefined;
}

/**
 * The one organisation of the article whose name has a noun ("commission": the Federal Trade Commission). Not a
 * government body whose country nobody knows ("the [Health Ministry]" of which country? judged round 13, both judges).
 */
export function onlyBodyCalledIn(facts: Facts): (noun: string) => string | undefined {
  const bodies = [...facts.entities.values()].filter(
    (entity) => entity.type === "organization" && !(entity.kind === "government" && entity.sector === undefined),
  );
  return (noun) => {
    const called = new RegExp(String.raw`\b${noun}\b`, "i");
    const named = bodies.filter((body) => called.test(body.name));
    return named.length === 1 ? named[0]!.name : undefined;
  };
}

// "the decision", "the explosion", "those levels" anywhere in a sentence: what it means is in another one.
// ("the U.S. swimmer's Olympic total", "the remainder of the reef": judged round 11, both judges.)
const THE_NOUNS =
  "decision|ruling|move|step|explosion|blast|attack|incident|accident|son|daughter|father|mother|remainder|" +
  "find|discovery|changes|swimmer|bomber|gunman|suspect|detective|station|defect";
const THIS_NOUNS = "milestone|painting|feat|achievement|piece|canvas|artwork";
const WHOSE_NOUNS = "swimmer|bomber|gunman|suspect|detective";
const DIFFERENT_NOUNS = "town|city|village|district|province|region";
const KIN_NOUNS = "predecessor|successor";
const REFERENCE_ANYWHERE = new RegExp(
  // ("the T-shaped station": a shape or a size is no name; judged round 21, both judges.)
  String.raw`\b(?:[Tt]he\s+(?:(?:new|latest|same|other|U\.S\.|[A-Z][a-z]+(?:an|ese|ish|i)|[A-Z]-shaped)\s+)?` +
    String.raw`(${THE_NOUNS})|[Tt]hose\s+([a-z]+)(?=[\s.,;]*$)|` +
    // "about this last milestone", "this painting has at last arrived" (judged round 12, both judges).
    String.raw`[Tt]his\s+(?:(?:last|latest|new)\s+)?(${THIS_NOUNS})|` +
    // "bring the U.S. swimmer's Olympic total to _____": whose, the stem does not say (judged round 12, both judges).
    String.raw`[Tt]he\s+(?:(?:U\.S\.|[A-Z][a-z]+(?:an|ese|ish|i))\s+)?(${WHOSE_NOUNS})['’]s|` +
    // "in a different northwestern town", "his predecessor": different from which, whose (judged round 13).
    String.raw`\b[Aa]\s+(?:different|separate)\s+(?:[a-z]+\s+)?(${DIFFERENT_NOUNS})|` +
    String.raw`\b(?:his|her|their)\s+(${KIN_NOUNS})|` +
    String.raw`[Tt]he\s+(?:remainder|rest)\s+of\s+the\s+` +
    // (Not "closed for the rest of the day": a stretch of time is no thing another sentence named.)
    String.raw`(?!(?:day|week|month|year|season|night|morning|afternoon|evening|weekend|decade|century|world)\b)` +
    String.raw`([a-z]+))\b` +
    String.raw`(?!['’]s)(?!\s+(?:of|by|to|at|from|for|on|who|which|that|in|with|said|says)\b|\s*\(|,\s+[A-Z\d])`,
  "g",
);
// A word every match of REFERENCE_ANYWHERE holds, a whole word ("those" and "rest" for the two alternatives of any
// noun). Most sentences have none, and this scan costs well under half the full one; the word boundary in front lets
// the scan skip every position inside a word (each noun there follows a space, and "those" opens the match).
const REFERENCE_WORD = new RegExp(
  String.raw`\b(?:${THE_NOUNS}|${THIS_NOUNS}|${DIFFERENT_NOUNS}|${KIN_NOUNS}|[Tt]hose|rest)\b`,
);

// "The present recall could hit the fourth quarter results of …": which recall, of whose, the title "Recall" does not
// say either (judged round 23, both judges).
const PRESENT_REFERENCE = new RegExp(
  String.raw`\b[Tt]he\s+(?:present|current)\s+` +
    String.raw`(?:recall|case|crisis|deal|outbreak|round|plan|probe|investigation|dispute|strike)\b`,
);

// "Part of that effort", "in those talks": a thing named before, pointed at; not a stretch of time ("at that time").
const DEMONSTRATIVE_REFERENCE = new RegExp(
  String.raw`\b(?:[Oo]f|[Ii]n|[Tt]o|[Ff]or|[Ff]rom|[Ww]ith|[Bb]y|[Oo]n|[Aa]t|[Aa]fter|[Dd]uring)\s+` +
    String.raw`(?:that|those|these)\s+` +
    String.raw`(?!(?:times?|point|days?|weeks?|months?|years?|moment|stage|period|cases?|way|end|levels?)\b)` +
    String.raw`([a-z]{4,})\b(?!\s+(?:who|which|that)\b)`,
);

/**
 * Whether a statement shown whole (a true/false) leans on a reference the statement and the set title do not
 * settle ("Most had not anticipated the decision", "discussions will be held at those levels"; judged round 8).
 */
export function refersElsewhere(text: string, shownTitle: string | undefined): boolean {
  // "Part of that effort is a special task force …": which effort, another sentence says (judged round 19).
  const demonstrative = DEMONSTRATIVE_REFERENCE.exec(text);
  if (
    demonstrative &&
    !new RegExp(String.raw`\b${demonstrative[1]}`, "i").test(
      `${text.slice(0, demonstrative.index)} ${shownTitle ?? ""}`,
    )
  )
    return true;
  if (PRESENT_REFERENCE.test(text)) return true;
  if (!REFERENCE_WORD.test(text)) return false;
  for (const match of text.matchAll(REFERENCE_ANYWHERE)) {
    const noun = match.slice(1).find((group) => group !== undefined)!;
    const earlier = text.slice(0, match.index);
    const named = (words: string) => new RegExp(String.raw`\b${noun}`, "i").test(words);
    if (!named(earlier) && !(shownTitle && named(shownTitle))) return true;
  }
  return false;
}

/**
 * "Bradman did it against India", "Gill has now bettered that by one": a deed the sentence before told, which the
 * sentence alone does not say (judged round 7).
 */
export const DEED_REFERENCE = new RegExp(
  String.raw`\b(?:did|does|do|done|doing|bettered|matched|equalled|equaled|repeated|achieved|managed)\s+` +
    String.raw`(?:it\b|(?:that|this)` +
    String.raw`(?=\s+(?:by|against|in|on|at|for|with|again|twice|once|before|after|when)\b|[,.;]))`,
);

/** "Learned a lot for next test launch," Musk wrote: a sentence cut from inside a quotation is half of one. */
export function quotesBalanced(sentence: string): boolean {
  return timesIn(sentence, '"') % 2 === 0 && timesIn(sentence, "“") === timesIn(sentence, "”");
}

/** How many times `mark` (one character) is in `text`: counted, not matched, as this runs for every stem. */
function timesIn(text: string, mark: string): number {
  let count = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) count++;
  return count;
}

/**
 * Part of a long sentence around `start…end`, at most ~35 words: the clause that holds it, then the
 * clauses before it back to the sentence start where they fit (so the stem keeps its subject), then
 * the clauses after it. Clauses end at commas, semicolons, dashes, at "and"/"but" that open a
 * new clause ("…to those Motorola boxes and it looks like…") and before "while", "because"….
 */
const CLAUSE_CUT = new RegExp(
  String.raw`(?:(?<!\d),|,(?!\d{3}\b)|;|\s?--|\s?—)\s*|` +
    String.raw`\s(?=(?:and|but)\s+(?:it|they|he|she|we|I|there|this|that|these|many|some|the)\b)|` +
    String.raw`\s(?=(?:while|whereas|because|although)\s)|` +
    // "… an away goal against Indonesia that ended up being decisive …": a relative clause after its noun.
    String.raw`\s(?=that\s+(?:ended|proved|turned|left|made|gave|sent|put|brought|came|became|helped)\b)`,
  "g",
);
export const MAX_CLAUSE_WORDS = 35;
/** A blanked stem shorter than this lacks the context a fair question needs. */
export const MIN_BLANK_STEM_WORDS = 10;

// Every mention of a sentence asks for its clauses: the cuts are worked out once per sentence.
const clauseCuts = new Map<string, number[] | undefined>();

function cutsOf(sentence: string): number[] | undefined {
  if (clauseCuts.has(sentence)) return clauseCuts.get(sentence);
  let cuts: number[] | undefined;
  if (wordCount(sentence) > MAX_CLAUSE_WORDS) {
    cuts = [0];
    for (const match of sentence.matchAll(CLAUSE_CUT)) if (match.index! > 0) cuts.push(match.index! + match[0].length);
    cuts.push(sentence.length);
  }
  if (clauseCuts.size > 5_000) clauseCuts.clear();
  clauseCuts.set(sentence, cuts);
  return cuts;
}

/** Where a sentence's clauses start (0 first, its length last), whatever its length. */
export function clauseCutsOf(sentence: string): number[] {
  const cuts = [0];
  for (const match of sentence.matchAll(CLAUSE_CUT)) if (match.index! > 0) cuts.push(match.index! + match[0].length);
  cuts.push(sentence.length);
  return cuts;
}

export function clauseAround(sentence: string, start: number, end: number): { text: string; offset: number } {
  const cuts = cutsOf(sentence);
  if (!cuts) return { text: sentence, offset: 0 };
  let first = 0;
  while (first + 1 < cuts.length - 1 && cuts[first + 1]! <= start) first++;
  let last = first + 1;
  while (last < cuts.length - 1 && cuts[last]! < end) last++;
  // Back to the sentence start if that fits, else forward clause by clause.
  if (wordCount(spanOf(sentence, cuts, 0, last)) <= MAX_CLAUSE_WORDS) first = 0;
  while (
    last + 1 < cuts.length &&
    !ATTRIBUTION_TAIL.test(spanOf(sentence, cuts, last, cuts.length - 1)) &&
    wordCount(spanOf(sentence, cuts, first, last + 1)) <= MAX_CLAUSE_WORDS
  )
    last++;
  let text = spanOf(sentence, cuts, first, last);
  if (wordCount(text) < 8) text = sentence.slice(cuts[first]!).replace(/[,;\s]+$/, "");
  // "Last month, amid considerable fanfare, researchers … reported …": only opening phrases were cut, so
  // the clause is the sentence itself and reads as one with a capital.
  if (
    first > 0 &&
    OPENING_SUBJECT.test(text) &&
    cuts.slice(0, first).every((cut, i) => isOpening(spanOf(sentence, cuts, i, i + 1)))
  )
    text = text.charAt(0).toUpperCase() + text.slice(1);
  return { text, offset: cuts[first]! };
}

// ", European Pravda reported, citing Turkish Anadolu.": who reported it adds nothing to a stem cut short anyway.
const ATTRIBUTION_TAIL = /^\p{Lu}[\p{L}'’ ]{0,40} (?:reported|said|says|reports)(?:,\s*citing [^,;]+)?\.?$/u;

/** Clauses `a` to `b` of a sentence cut at `cuts`, without the punctuation that ends the last. */
function spanOf(sentence: string, cuts: number[], a: number, b: number): string {
  return sentence.slice(cuts[a]!, cuts[b]!).replace(/[,;\s—-]+$/, "");
}

// A short phrase of time, place or manner that opens a sentence: "Last month", "amid the fanfare", "In 2003".
const OPENING = new RegExp(
  String.raw`^(?:last|next|this|earlier|later|in|on|at|amid|after|before|during|since|by|for|under|with|` +
    String.raw`without|despite|following|according to|however|meanwhile|still|yet|instead|today|yesterday|now|` +
    String.raw`then|also|overnight|separately|elsewhere)\b[^"“”:;]*$`,
  "i",
);
const isOpening = (phrase: string) => OPENING.test(phrase.trim()) && wordCount(phrase) <= 8;
// What follows the opening phrases starts with its subject, not a relative clause, a verb or a conjunction.
const OPENING_SUBJECT = new RegExp(
  String.raw`^(?!(?:which|who|whom|whose|where|when|while|and|but|or|nor|so|as|than|that|said|says|told|` +
    String.raw`[a-z]+ing|[a-z]+ed)\b)[a-z]`,
);

export const OPEN_QUOTED_ITEM = new RegExp(`^${LIST_BULLET}?\\s*["“][^"”]*$`);
const LEADING_BULLET = new RegExp(`^${LIST_BULLET}\\s*`);

/** "• "Social Security has been …": without a list bullet, and a quotation mark the list item never closes. */
export function withoutListMarks(text: string): string {
  const trimmed = text.trim().replace(LEADING_BULLET, "");
  return /^["“]/.test(trimmed) && !/["”]/.test(trimmed.slice(1)) ? trimmed.slice(1) : trimmed;
}

export function finish(stem: string): string {
  const trimmed = withoutListMarks(stem);
  return closeQuotation(/[.!?"”]$/.test(trimmed) ? trimmed : `${trimmed} …`);
}

/**
 * A stem cut from a quotation that runs over several sentences, with the quotation's other end marked:
 * '"… in a few months," _____ wrote on Twitter.' and 'Hilary, “the record was not something we knew of. …”'.
 */
function closeQuotation(stem: string): string {
  if (timesIn(stem, '"') % 2 === 1) {
    const first = stem.indexOf('"');
    // A closing mark follows a word or a stop; an opening one starts the stem or follows a space.
    return first > 0 && /[^\s(]/.test(stem[first - 1]!) ? `"…${stem}` : `${stem} …"`;
  }
  const opening = timesIn(stem, "“");
  const closing = timesIn(stem, "”");
  return closing > opening ? `“…${stem}` : opening > closing ? `${stem} …”` : stem;
}

/**
 * Shows `stem` in place of the candidate's stem (in its prompt too), where it differs and stays within
 * MAX_CLAUSE_WORDS: the words the quiz puts in brackets ("[Geoffrey Berman]", "[National Medical Commission]").
 */
export function showStem(candidate: Candidate, stem: string): void {
  if (stem === candidate.stem || wordCount(stem) > MAX_CLAUSE_WORDS) return;
  candidate.prompt = candidate.prompt.replace(candidate.stem, stem);
  candidate.stem = stem;
}
