import { OFFICE_HOLDERS, WORLD_FAMOUS_LEADERS } from "../data/people.data";
import { mediumUse, PLATFORMS } from "../distractors";
import { isPlace, type Entity, type EntityType, type Facts } from "../facts";
import { DEMONYM_TO_COUNTRY, knownGender } from "../gazetteer";
import { normalizeAnswer } from "../shared/normalize";
import type { QuestionKind } from "../types";
import { TOO_FEW_DISTRACTORS, type GateView, type QualityCheck } from "./checks";

/**
 * Type discipline and clutter, at the gate (decision 016): the answer is of the type its question asks
 * for, every choice the article types is of the answer's type, and nothing is asked of a byline, a credit,
 * the platform a statement was posted on, the outlet that reported it, or someone quoted in passing.
 */
export const TYPE_SLIP = "type slip: the answer is not what the question asks for";
export const CHOICE_TYPE_SLIP = "type slip: a choice is not of the answer's type";
export const BYLINE_OR_CREDIT = "not worth asking: a byline or a picture credit";
export const PLATFORM = "not worth asking: the platform a statement was posted on";
export const NEWS_SOURCE = "not worth asking: the outlet that reported it";
export const QUESTION_AS_STATEMENT = "a question cannot be true or false";
export const RHETORICAL_QUESTION = "not worth asking: a question the writer asks, not a fact";
const POINTER_TO_ANOTHER_PAGE = new RegExp(
  String.raw`^\s*(?:For (?:more|a fuller|a full|further|the full|the latest)\b[^.]*,\s*(?:see|read|visit|go to)\b|` +
    String.raw`(?:See|Read) (?:more|also)\b)`,
  "i",
);
export const PASSING_VOICE = "not worth asking: the name or title of someone quoted in passing";

type Sort = "person" | "place" | "organization" | "other";
const sortOf = (type: EntityType | undefined): Sort | undefined =>
  type === undefined
    ? undefined
    : type === "person" || type === "organization"
      ? type
      : isPlace(type)
        ? "place"
        : "other";

/** What each kind of question asks for. */
const ASKS: Partial<Record<QuestionKind, Sort>> = {
  who: "person",
  "who-said": "person",
  role: "person",
  where: "place",
  "which-organization": "organization",
};

// Every name the article types, as written and in full, normalised: one sort per name (worked out once).
const sortsByFacts = new WeakMap<Facts, Map<string, Sort>>();
function sortsOf(facts: Facts): Map<string, Sort> {
  let sorts = sortsByFacts.get(facts);
  if (!sorts) {
    sorts = new Map();
    for (const mention of facts.mentions) {
      const sort = sortOf(facts.entities.get(mention.entity)?.type ?? mention.type);
      if (!sort || sort === "other") continue;
      for (const name of [mention.entity, mention.text.replace(/['’]s$/, "")]) sorts.set(normalizeAnswer(name), sort);
    }
    sortsByFacts.set(facts, sorts);
  }
  return sorts;
}

/** "Les Cayes" keyed to "Who…?", a village as the speaker of a quotation, a person as "which organisation". */
function answerTypeSlip({ candidate, facts }: GateView): boolean {
  const type = facts.entities.get(candidate.entity)?.type;
  if (type === "organization" && nationalityAndPerson(candidate.entity, candidate.stem)) return true;
  const asked = ASKS[candidate.type];
  if (!asked) return false;
  const sort = type ? sortOf(type) : sortsOf(facts).get(normalizeAnswer(candidate.entity));
  return sort !== undefined && sort !== asked;
}

/**
 * "beating fellow American Ashlyn Krueger" read as one body: a nationality before a given name and surname is a
 * person (a known given name, or "fellow" before it).
 */
function nationalityAndPerson(name: string, stem: string): boolean {
  const [first, ...rest] = name.split(" ");
  if (rest.length !== 2 || !DEMONYM_TO_COUNTRY.has(first!.toLowerCase())) return false;
  return knownGender(rest.join(" ")) !== undefined || /\bfellow\s+_____/.test(stem);
}

/** A village offered beside people, a militia beside a minister: a choice the article types otherwise. */
function choiceTypeSlip({ candidate, facts }: GateView): boolean {
  const asked = ASKS[candidate.type];
  if (!asked) return false;
  const sorts = sortsOf(facts);
  // A loop, not `some` with a closure: this runs for every candidate.
  for (const option of candidate.distractors.options) {
    const sort = sorts.get(normalizeAnswer(option));
    if (sort !== undefined && sort !== asked) return true;
  }
  return false;
}

// "By: Jane Roe", "(Credit: NASA/ Public Domain)", "Photo: Getty Images", "Image Credits: …".
const CREDIT_LINE = new RegExp(
  String.raw`^\s*By:?\s+[A-Z]|\b(?:Credits?|Photo(?:graph)?|Image|Images|Photographer|Picture)(?: by)?:\s|` +
    String.raw`\bGetty Images\b|\bShutterstock\b`,
);

/** A blank in a byline or a picture credit, or a statement made of one. */
const bylineOrCredit = ({ candidate }: GateView): boolean =>
  mayBeCreditLine(candidate.evidence.text) && CREDIT_LINE.test(candidate.evidence.text);

/**
 * A cheap first test for CREDIT_LINE, which is tried at every position of every evidence: each of its
 * alternatives needs "By", a colon, "Getty Images" or "Shutterstock" in the text.
 */
const mayBeCreditLine = (text: string): boolean =>
  text.includes(":") || text.includes("By") || text.includes("Getty Images") || text.includes("Shutterstock");

/** "The sheriff said on _____": where a statement was posted. */
function platformAsked({ candidate, facts }: GateView): boolean {
  // mediumUse holds only for a platform's mentions: for any other answer, no need to look through them all.
  if (!PLATFORMS.has(candidate.entity)) return false;
  // "positive emotions on Facebook were found to encourage …" as written, true: nothing asks the platform.
  if (candidate.type === "true-false" && candidate.answer === "True") return false;
  return facts.mentions.some(
    (mention) =>
      mention.sentence === candidate.sentence &&
      mention.entity === candidate.entity &&
      mediumUse(facts.parsed.text, mention),
  );
}

const NEWS_KINDS = new Set(["news-agency", "news-outlet"]);
// "Australian Broadcasting Corporation", "Press Trust of India": a broadcaster or paper the gazetteer lacks.
const NEWS_NAME = /\b(?:Broadcasting|Television|Radio|News|Press|Times|Post|Herald|Tribune|Journal|Gazette)\b/;
// "according to the _____ report", "rumored, per _____", "said on Friday to the _____".
const SAID_TO = String.raw`(?:said|spoke|speaking|talking)\b[^.;"”]{0,25}\bto`;
const ATTRIBUTION_BEFORE = new RegExp(
  String.raw`\b(?:according to|told|citing|quoted by|reported by|per|${SAID_TO})\s+(?:the\s+)?$`,
  "i",
);
const ATTRIBUTION_AFTER = /^['’]?s?\s+(?:reported|reports|report|reporter|correspondent|says|said|quoted|cited)\b/i;

/** "according to the _____ report", "told _____", "_____ says the occasion…": which outlet reported it. */
function newsSourceAsked({ candidate, facts }: GateView): boolean {
  const entity = facts.entities.get(candidate.entity);
  if (!NEWS_KINDS.has(entity?.kind ?? "") && !(entity?.type === "organization" && NEWS_NAME.test(entity.name)))
    return false;
  const text = facts.parsed.text;
  return facts.mentions.some(
    (mention) =>
      mention.sentence === candidate.sentence &&
      mention.entity === candidate.entity &&
      (ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, mention.start - 50), mention.start)) ||
        ATTRIBUTION_AFTER.test(text.slice(mention.end, mention.end + 20))),
  );
}

const LEADING_ROLE = /\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Pope|Minister|CEO|chief executive)\b/;
// "said", "told reporters", "according to": a sentence that reports what someone said.
const SPEECH = /\b(?:said|says|told|tells|added|according to|quoted|described)\b/i;

/**
 * "Ministry spokesman Emmanuel Ainebyoona gave no details", "local police spokesman … said": a person the story
 * names in one sentence only, after its lead, to report what they said, is colour, not a fact to take away.
 */
function passingVoice({ candidate, facts }: GateView): boolean {
  if (candidate.type !== "who" && candidate.type !== "fill-in" && candidate.type !== "role") return false;
  const person = facts.entities.get(candidate.entity);
  if (person?.type !== "person" || person.firstSentence < 2) return false;
  // The same for every question on the person: worked out once per person of each article.
  let verdicts = passingVoices.get(facts);
  if (!verdicts) passingVoices.set(facts, (verdicts = new Map()));
  let verdict = verdicts.get(person);
  if (verdict === undefined) verdicts.set(person, (verdict = quotedInPassing(facts, person)));
  return verdict;
}
const passingVoices = new WeakMap<Facts, Map<Entity, boolean>>();

/** passingVoice's verdict on one person of the article, whatever the question. */
function quotedInPassing(facts: Facts, person: Entity): boolean {
  const mentions = facts.mentions.filter((mention) => mention.entity === person.name);
  const sentences = new Set(mentions.map((mention) => mention.sentence));
  const roles = facts.roles.filter((role) => role.person === person.name).map((role) => role.role);
  // "meteorologist Mike Augustyniak says": a newsroom's own staff are quoted for colour, however often; their name
  // and job are no takeaway (judged rounds 21 and 22, all four judges).
  if (roles.some((role) => NEWSROOM_JOB.test(role))) return true;
  if (sentences.size !== 1) return false;
  // A head of state, a minister or a company's chief is news whatever they said ("Prime Minister _____ has said he
  // will step down").
  const around = mentions.map((mention) => facts.parsed.text.slice(Math.max(0, mention.start - 25), mention.end + 25));
  if ([...roles, ...around].some((text) => LEADING_ROLE.test(text))) return false;
  const [only] = sentences;
  // "Ministry spokesperson … gave no details": a spokesperson is there to speak for someone else.
  if ([...roles, ...around].some((text) => /\bspokes(?:person|man|woman)\b/i.test(text))) return true;
  return SPEECH.test(facts.sentences[only!]?.text ?? "") || (facts.sentences[only!]?.text.includes("“") ?? false);
}

const NEWSROOM_JOB = /\b(?:meteorologist|weatherman|weather\s+presenter|reporter|correspondent|anchor|columnist)\b/i;

// A head of state's or government's office, as the article writes it ("U.S. President", "Prime Minister").
const LEADER_OFFICE_WORDS =
  String.raw`(?:(?:Former|former)\s+)?(?:(?:U\.S\.|US|[A-Z][a-z]+(?:an|ese|ish|ch|i)|British|` +
  String.raw`[A-Z][a-z]+['’]s)\s+)?(?:[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Pp]remier)`;
const LEADER_OFFICE = new RegExp(`^${LEADER_OFFICE_WORDS}$`);
// "urged Russian President _____ to …", "_____, Turkey's president, urged …": the office beside a blanked name.
const LEADER_OFFICE_BEFORE_BLANK = new RegExp(
  String.raw`(?:^|[^\w-])${LEADER_OFFICE_WORDS}\s+_____|_____,\s+(?:the\s+)?${LEADER_OFFICE_WORDS}\b`,
);
const FAMOUS = [...OFFICE_HOLDERS.map((holder) => holder.name), ...WORLD_FAMOUS_LEADERS];
// Looked up, not searched per candidate: the famous names, and each one's last word ("Putin" of "Vladimir Putin").
const FAMOUS_NAMES = new Set(FAMOUS);
const FAMOUS_LAST_WORDS = new Set(
  FAMOUS.filter((name) => name.includes(" ")).map((name) => name.slice(name.lastIndexOf(" ") + 1)),
);

/** The article's name for a person is a famous leader's, in full or (one word) as the last of it. */
const isFamous = (person: string) =>
  FAMOUS_NAMES.has(person) || (!person.includes(" ") && FAMOUS_LAST_WORDS.has(person));

/**
 * "What is Donald Trump's position?", "Who does the article describe as 'Russian President'?", "urged Russian
 * President _____ to …": a famous leader's office is world knowledge, not the story's, and so is the name after it.
 */
function famousLeaderOffice({ candidate }: GateView): boolean {
  // Who it is first: few candidates are about a famous leader, and the office pattern is slow.
  if (!isFamous(candidate.entity)) return false;
  const office =
    candidate.type === "role"
      ? candidate.answer
      : candidate.type === "who"
        ? /^Who does the article describe as “(.+)”\?$/.exec(candidate.prompt)?.[1]
        : undefined;
  const blankAfterOffice =
    (candidate.type === "who" || candidate.type === "fill-in") && LEADER_OFFICE_BEFORE_BLANK.test(candidate.stem);
  return blankAfterOffice || (!!office && LEADER_OFFICE.test(office));
}

/**
 * "president of Congo's national assembly" beside "Ambassador" and "Finance Minister": a long "X of Y" position
 * among stand-ins of two words or fewer stands out by its form (judged round 10: both judges).
 */
function roleStandsOutByForm({ candidate }: GateView): boolean {
  const { answer, distractors } = candidate;
  return (
    candidate.type === "role" &&
    distractors.options.length >= 3 &&
    /\sof\s/.test(answer) &&
    answer.split(" ").length >= 4 &&
    distractors.options.every((option) => option.split(" ").length <= 2)
  );
}

export const TYPE_CHECKS: readonly QualityCheck[] = [
  {
    name: "too few distractors",
    reason: TOO_FEW_DISTRACTORS,
    readsChoices: true,
    fails: ({ candidate }) =>
      candidate.type !== "fill-in" && candidate.type !== "true-false" && candidate.distractors.options.length < 3,
  },
  {
    name: "position that stands out by its form",
    reason: TOO_FEW_DISTRACTORS,
    readsChoices: true,
    fails: roleStandsOutByForm,
  },
  { name: "someone quoted in passing", reason: PASSING_VOICE, fails: passingVoice },
  {
    name: "a famous leader's office",
    reason: "not worth asking: a famous leader's office is world knowledge",
    fails: famousLeaderOffice,
  },
  { name: "answer of another type than the question asks", reason: TYPE_SLIP, fails: answerTypeSlip },
  {
    name: "choice of another type than the answer",
    reason: CHOICE_TYPE_SLIP,
    readsChoices: true,
    fails: choiceTypeSlip,
  },
  { name: "byline or picture credit", reason: BYLINE_OR_CREDIT, fails: bylineOrCredit },
  { name: "platform a statement was posted on", reason: PLATFORM, fails: platformAsked },
  { name: "outlet that reported it", reason: NEWS_SOURCE, fails: newsSourceAsked },
  {
    name: "question as a true/false statement",
    reason: QUESTION_AS_STATEMENT,
    fails: ({ candidate }) => candidate.type === "true-false" && /\?["”’]?$/.test(candidate.stem.trim()),
  },
  {
    // "Once Beijing was behind him, what was left for _____ to achieve in the water?": a writer's question
    // states no fact to complete.
    name: "blank in a question the writer asks",
    reason: RHETORICAL_QUESTION,
    fails: ({ candidate }) =>
      candidate.type !== "true-false" && candidate.stem.includes("_____") && /\?["”’]?$/.test(candidate.stem.trim()),
  },
  {
    // "For a fuller rundown of the new features …, see CNN Money.": a pointer to another page, not the story.
    name: "pointer to another page",
    reason: "built from clutter: a pointer to another page",
    fails: ({ candidate }) => POINTER_TO_ANOTHER_PAGE.test(candidate.evidence.text),
  },
];
