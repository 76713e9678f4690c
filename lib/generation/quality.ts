import escapeStringRegexp from "escape-string-regexp";
import { normalizeAnswer } from "./shared/normalize";
import { AP_STATE_ABBREVIATIONS } from "./data/places.data";
import { CITY_NAMES, COUNTRY_BY_NAME } from "./gazetteer";
import { arrangeChoices, MIN_BLANK_STEM_WORDS, words, type Candidate } from "./candidates";
import { HEADLINE_NAMED } from "./headline";
import { isPlace, type EntityType, type Facts } from "./facts";
import type { DroppedCandidate, GeneratedQuestion, GenerateOptions, QuestionKind } from "./types";
import { topicsOf } from "./topics";

/**
 * The quality gate: every candidate gets a score and the reasons it was kept or dropped. Then a
 * ranking that prefers central facts (lead paragraphs, entities the article keeps returning to)
 * and spreads the quiz over different facts and question types.
 */
const BASE_SCORE: Record<QuestionKind, number> = {
  who: 0.62,
  role: 0.66,
  "who-said": 0.74,
  where: 0.64,
  when: 0.64,
  "how-many": 0.66,
  "which-organization": 0.64,
  "true-false": 0.6,
  "fill-in": 0.56,
};

const BASE_DIFFICULTY: Record<QuestionKind, number> = {
  who: 0.4,
  role: 0.35,
  "who-said": 0.5,
  where: 0.35,
  when: 0.5,
  "how-many": 0.6,
  "which-organization": 0.45,
  "true-false": 0.3,
  "fill-in": 0.7,
};

const MAX_STEM_WORDS = 35;

// Keyed by the stem itself: a string's hash is kept on the string, where a WeakMap entry per
// candidate cost more than the count.
const stemWordCounts = new Map<string, number>();

function stemWords(candidate: Candidate): number {
  let count = stemWordCounts.get(candidate.stem);
  if (count === undefined) {
    count = words(candidate.stem);
    if (stemWordCounts.size > 20_000) stemWordCounts.clear();
    stemWordCounts.set(candidate.stem, count);
  }
  return count;
}

// Whether a sentence is a caption or fragment depends on the sentence alone: worked out once each.
const sentenceVerdicts = new WeakMap<Facts, Map<number, string[]>>();

function sentenceProblems(facts: Facts, index: number): string[] {
  let verdicts = sentenceVerdicts.get(facts);
  if (!verdicts) sentenceVerdicts.set(facts, (verdicts = new Map()));
  const known = verdicts.get(index);
  if (known) return known;
  const problems: string[] = [];
  const sentence = facts.sentences[index]!;
  const tokens = facts.parsed.tokens.slice(sentence.firstToken, sentence.lastToken + 1);
  const wordCount = sentence.text.split(/\s+/).length;
  if (!tokens.some((token) => token.pos === "VERB" || token.pos === "AUX") || wordCount < 6)
    problems.push("built from a caption or fragment, not a sentence");
  // A sentence that starts in lower case, with a bracket or with ":"/";" was cut out of a longer one.
  if (
    /^["“”']?\s*(?:[a-z(:;,]|\.\.\.|…)/.test(sentence.text) ||
    /\b[A-Z][a-z]+ [A-Z][a-z]+\s*\/\s*[A-Z]/.test(sentence.text)
  )
    problems.push("built from a caption or fragment, not a sentence");
  if (/\(\s*(?:AFP|Reuters|AP|Getty)/i.test(sentence.text) && wordCount < 20)
    problems.push("built from a caption or fragment, not a sentence");
  verdicts.set(index, problems);
  return problems;
}

/** Problems that disqualify a candidate, in plain words. */
export function problemsOf(candidate: Candidate, facts: Facts): string[] {
  const problems = [...candidate.problems];
  // Normalised with a space at each end, so whole words match.
  const stem = ` ${normalizeAnswer(candidate.stem.replace("_____", " "))} `;
  const answer = normalizeAnswer(candidate.answer);
  if (
    candidate.type !== "true-false" &&
    candidate.type !== "who" &&
    candidate.type !== "role" &&
    answer.length > 1 &&
    stem.includes(` ${answer} `)
  ) {
    problems.push("answer leaked in stem");
  }
  if (
    candidate.type === "role" &&
    ` ${normalizeAnswer(candidate.prompt.replace(candidate.answer, ""))} `.includes(` ${answer} `)
  ) {
    problems.push("answer leaked in stem");
  }
  // "National Oceanic and Atmospheric Administration (_____)": the words before spell the acronym.
  if (/^[A-Z]{2,6}$/.test(candidate.answer) && candidate.stem.includes("(_____)")) {
    const before = candidate.stem
      .slice(0, candidate.stem.indexOf("(_____)"))
      .trim()
      .split(/\s+/)
      .filter((word) => /^[A-Z]/.test(word));
    const initials = before.map((word) => word[0]).join("");
    if (initials.endsWith(candidate.answer) || initials.endsWith(candidate.answer.slice(0, -1)))
      problems.push("answer leaked in stem");
  }
  if (/_____\s*\(\s*[A-Z]{2,6}\s*\)/.test(candidate.stem)) problems.push("answer leaked in stem");
  // "…he left _____ for the United States, Duncan -- a Liberian national": the demonym names the country.
  const country = COUNTRY_BY_NAME.get(candidate.answer.toLowerCase());
  if (country?.demonym && candidate.type !== "true-false" && stem.includes(` ${normalizeAnswer(country.demonym)} `))
    problems.push("answer leaked in stem");
  // "MADRID (AP) — _____ completed the signing": a place inside an organisation's name ("Real Madrid",
  // "Bank of England") written in the stem points at it.
  if (candidate.type === "which-organization" || candidate.type === "fill-in") {
    const places = candidate.answer
      .split(/\s+/)
      .filter(
        (word) => word.length > 3 && (COUNTRY_BY_NAME.has(word.toLowerCase()) || CITY_NAMES.has(word.toLowerCase())),
      );
    if (candidate.answer.includes(" ") && places.some((place) => stem.includes(` ${normalizeAnswer(place)} `)))
      problems.push("answer leaked in stem");
  }
  // "WELLINGTON (Reuters) - _____'s parliament voted …": the capital in the dateline names the country.
  if (country?.capital && candidate.type !== "true-false" && stem.includes(` ${normalizeAnswer(country.capital)} `))
    problems.push("answer leaked in stem");
  // "MONTGOMERY, Ala. -- _____'s new law": the dateline's abbreviation names the state.
  const abbreviation = AP_STATE_ABBREVIATIONS[candidate.answer];
  if (abbreviation && candidate.stem.includes(abbreviation)) problems.push("answer leaked in stem");
  // A weekday on its own ("…at midday _____") is rarely what a reader should take away.
  if (
    candidate.type === "when" &&
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(candidate.answer)
  ) {
    problems.push("not worth asking: a weekday on its own");
  }
  // "[Kathy Hochul] revived it in _____": in a short stem, "it" or "them" is what the question is about.
  if (
    candidate.stem.includes("_____") &&
    stemWords(candidate) < 14 &&
    /\b(?:it|them)\b/.test(candidate.stem.replace(/^\[[^\]]*\]/, ""))
  )
    problems.push("unresolved pronoun");
  // "Obama won Washington and ___, but lost the other four": which four is in another sentence.
  if (
    /\bthe (?:other|remaining) (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\bthe (?:former|latter)\b/i.test(
      candidate.stem,
    )
  ) {
    problems.push("unresolved reference to another sentence");
  }
  if (stemWords(candidate) > MAX_STEM_WORDS) problems.push(`stem longer than ${MAX_STEM_WORDS} words`);
  // A blanked sentence needs context around the blank; a written question can be short.
  const minimum = candidate.stem.includes("_____") ? MIN_BLANK_STEM_WORDS : 5;
  if (stemWords(candidate) < minimum) problems.push("stem too short to give the context a fair question needs");
  problems.push(...sentenceProblems(facts, candidate.sentence));
  if (candidate.type === "who-said" && /\w…|…\w/.test(candidate.stem)) problems.push("quote trimmed mid-word");
  if (candidate.type !== "fill-in" && candidate.type !== "true-false" && candidate.distractors.options.length < 3) {
    problems.push("not enough plausible distractors of the same kind");
  }
  if (candidate.type === "fill-in" && candidate.answer.split(/\s+/).length > 3)
    problems.push("answer too long to type");
  return problems;
}

// What a masked answer shows as, by what it is.
const MASK_LABELS: Record<string, string> = {
  person: "name",
  organization: "organisation",
  country: "place",
  city: "place",
  region: "place",
  event: "event",
  date: "date",
  quantity: "number",
  term: "name",
};

/**
 * `shown` with every written form of `answer`'s answer replaced by "[label]", or undefined where
 * that cannot hide it: a true/false statement, a question that is not a blanked sentence, or an
 * answer that also shows among the choices.
 */
function maskAnswer(shown: Candidate, answer: Scored, facts: Facts): Candidate | undefined {
  if (!shown.stem.includes("_____") || shown.type === "true-false" || answer.candidate.type === "true-false")
    return undefined;
  const entity = facts.entities.get(answer.candidate.entity);
  // Two places or two people in one sentence are often a series ("[place], Georgia, Nevada … and _____"),
  // where a mask reads as a riddle: only answers of different kinds are masked (two numbers may be).
  const kindOf = (type: EntityType | undefined) => (isPlace(type) ? "place" : type);
  const shownKind = kindOf(facts.entities.get(shown.entity)?.type);
  if (answer.candidate.type !== "role" && shownKind === kindOf(entity?.type) && shownKind !== "quantity")
    return undefined;
  const answerForms = [
    answer.candidate.answer,
    ...answer.candidate.accepted,
    ...(answer.candidate.type === "role" ? [] : [answer.candidate.entity]),
  ];
  if (entity?.type === "person" && answer.candidate.type !== "role")
    answerForms.push(answer.candidate.entity.split(" ").at(-1)!);
  const choices = ` ${normalizeAnswer([shown.answer, ...shown.distractors.options].join(" "))} `;
  if (answerForms.some((form) => choices.includes(` ${normalizeAnswer(form)} `))) return undefined;
  const label =
    answer.candidate.type === "role"
      ? "position"
      : entity?.type === "quantity" && /[$€£¥]/.test(answer.candidate.answer)
        ? "amount"
        : (MASK_LABELS[entity?.type ?? ""] ?? "detail");
  // "3" in "(3-years or less)" is a form; "a" is not.
  const maskable = [...new Set(answerForms)].filter((form) => form.length > 1 || /^\d$/.test(form));
  if (!maskable.length) return undefined;
  // "founded by Albert Hartley": "Hartley" after another first name is someone else, not the answer's surname.
  const pattern = new RegExp(
    String.raw`(?<![\w$€£¥])(?<![A-Z][a-z]+ )(?:${maskable
      .sort((a, b) => b.length - a.length)
      .map(escapeStringRegexp)
      .join("|")})\+?(?![\w%])`,
    "g",
  );
  const mask = (text: string) => text.replace(pattern, `[${label}]`);
  // "(up to _____ [name] per DVR)": a mask next to the blank takes the context the blank needs; a
  // preposition between them keeps it ("Ian Lyngen, [position] at _____").
  const stem = mask(shown.stem);
  if (
    /_____\S*\s+(?:(?!(?:at|of|in|for|from|by|with|on|to)\s)\S+\s+)?\[|\]\S*\s+(?:(?!(?:at|of|in|for|from|by|with|on|to)\s)\S+\s+)?_____/.test(
      stem,
    )
  )
    return undefined;
  return {
    ...shown,
    prompt: mask(shown.prompt),
    stem,
    notes: [...shown.notes, `masks the answer to another question on this sentence`],
  };
}

interface Scored {
  candidate: Candidate;
  score: number;
  difficulty: number;
  notes: string[];
}

function score(candidate: Candidate, facts: Facts): Scored {
  const notes: string[] = [];
  let value = BASE_SCORE[candidate.type];
  if (candidate.paragraph <= 1) {
    value += 0.15;
    notes.push("lead paragraph");
  } else if (candidate.paragraph <= 4) {
    value += 0.07;
    notes.push("early in the article");
  }
  const mentions = facts.entities.get(candidate.entity)?.mentions ?? 1;
  if (mentions >= 3) {
    value += 0.08;
    notes.push(`salient (${mentions} mentions)`);
  } else if (mentions === 2) value += 0.04;
  if (candidate.distractors.fromArticle >= 2) {
    value += 0.05;
    notes.push("distractors from the article");
  }
  if (candidate.notes.includes(HEADLINE_NAMED)) {
    value -= 0.1;
    notes.push(HEADLINE_NAMED);
  }
  // A product or coined name is a detail; people, places and numbers are what a story is about.
  if (facts.entities.get(candidate.entity)?.type === "term") value -= 0.06;
  const length = stemWords(candidate);
  if (length > 28) value -= 0.05;
  let difficulty = BASE_DIFFICULTY[candidate.type];
  if (candidate.paragraph > 4) difficulty += 0.1;
  if (candidate.distractors.fromArticle >= 2) difficulty += 0.1;
  if (mentions >= 3) difficulty -= 0.1;
  return {
    candidate,
    score: Math.round(Math.min(1, value) * 100) / 100,
    difficulty: Math.round(Math.max(0.05, Math.min(0.95, difficulty)) * 100) / 100,
    notes,
  };
}

const DIFFICULTY_BANDS = { easy: [0, 0.45], medium: [0.3, 0.65], hard: [0.5, 1] } as const;

export function selectQuestions(
  candidates: Candidate[],
  facts: Facts,
  options: GenerateOptions,
): { questions: GeneratedQuestion[]; dropped: DroppedCandidate[] } {
  const dropped: DroppedCandidate[] = [];
  const passing: Scored[] = [];
  for (const candidate of candidates) {
    if (options.types && !options.types.includes(candidate.type)) continue;
    const problems = problemsOf(candidate, facts);
    if (problems.length) dropped.push({ type: candidate.type, prompt: candidate.prompt, reasons: problems });
    else passing.push(score(candidate, facts));
  }
  const band = options.difficulty && options.difficulty !== "mixed" ? DIFFICULTY_BANDS[options.difficulty] : undefined;
  const pool = passing
    .filter((item) => !band || (item.difficulty >= band[0] && item.difficulty <= band[1]))
    .sort((a, b) => b.score - a.score || a.candidate.evidence.start - b.candidate.evidence.start);

  const count = options.count ?? 10;
  const typeCap = Math.max(2, Math.ceil(count / 5));
  const kept: Scored[] = [];
  const usedSentences = new Map<number, number>();
  let maskedQuestions = 0;
  const usedFacts = new Set<string>();
  const usedEntities = new Map<string, number>();
  const typeCounts = new Map<QuestionKind, number>();
  const factKey = (item: Scored) => `${item.candidate.sentence}:${normalizeAnswer(item.candidate.entity)}`;

  const answerCounts = new Map<string, number>();
  const answerKinds = new Map<string, Set<QuestionKind>>();
  // What a question asks for: the person, place or thing ("Joye" and "Samantha Joye" are one answer), or the role itself.
  const answerKey = (item: Scored) =>
    item.candidate.type === "true-false"
      ? `tf:${item.candidate.evidence.start}`
      : normalizeAnswer(item.candidate.type === "role" ? item.candidate.answer : item.candidate.entity);
  // What a learner sees of a question: its prompt and its choices ("Alabama coach" among the choices answers "_____ coach Nick Saban").
  const shownTexts = new WeakMap<Candidate, string>();
  const shownText = (candidate: Candidate) => {
    let shown = shownTexts.get(candidate);
    if (shown === undefined) {
      shown = ` ${normalizeAnswer([candidate.prompt.replace("_____", " "), candidate.answer, ...candidate.distractors.options].join(" "))} `;
      shownTexts.set(candidate, shown);
    }
    return shown;
  };
  // Every form of an answer: "Urban Meyer" is given away by a stem that says "Meyer".
  const formsOf = new Map<Scored, string[]>();
  const forms = (item: Scored) => {
    let known = formsOf.get(item);
    if (!known) {
      const person = facts.entities.get(item.candidate.entity)?.type === "person" && item.candidate.type !== "role";
      known = [
        item.candidate.answer,
        ...item.candidate.accepted,
        ...(person ? [item.candidate.entity.split(" ").at(-1)!] : []),
      ]
        .map((form) => ` ${normalizeAnswer(form)} `)
        .filter((form) => form.trim().length > 2 || /^ \d+ $/.test(form));
      formsOf.set(item, known);
    }
    return known;
  };
  const shows = (shown: Candidate, answer: Scored) =>
    answer.candidate.type === "true-false" ||
    shown.type === "true-false" ||
    forms(answer).some((form) => shownText(shown).includes(form));
  // A number, a year or a place shown in another question's stem answers it too ("Walking about 7,000
  // steps a day …" before "___ steps was a more realistic goal"), whichever sentence that stem comes from.
  const promptTexts = new WeakMap<Candidate, string>();
  const promptText = (candidate: Candidate) => {
    let shown = promptTexts.get(candidate);
    if (shown === undefined)
      promptTexts.set(candidate, (shown = ` ${normalizeAnswer(candidate.prompt.replace("_____", " "))} `));
    return shown;
  };
  const givenAwayFormsOf = new Map<Scored, string[]>();
  const givenAwayForms = (item: Scored) => {
    let known = givenAwayFormsOf.get(item);
    if (!known) {
      const place = isPlace(facts.entities.get(item.candidate.entity)?.type) && item.candidate.type !== "true-false";
      // Numbers and years; and places ("central Japan" in one stem answers "___ is one of the most
      // earthquake-prone countries" in another).
      known =
        item.candidate.type === "how-many" || item.candidate.type === "when"
          ? forms(item).filter((form) => /\d/.test(form))
          : place
            ? forms(item)
            : [];
      givenAwayFormsOf.set(item, known);
    }
    return known;
  };
  const showsGivenAway = (shown: Candidate, answer: Scored) =>
    givenAwayForms(answer).some((form) => promptText(shown).includes(form));
  // Two questions that show one sentence must not answer each other: a blank shows the rest of the
  // sentence, and a short stem the sentence before it too.
  const shareSentence = (a: Candidate, b: Candidate) =>
    a.sentence === b.sentence || a.context === b.sentence || b.context === a.sentence;
  const givesAwayOrIsGivenAway = (item: Scored) =>
    kept.some(
      (other) =>
        shareSentence(other.candidate, item.candidate) &&
        (shows(other.candidate, item) ||
          shows(item.candidate, other) ||
          showsGivenAway(other.candidate, item) ||
          showsGivenAway(item.candidate, other)),
    );
  // Across sentences no mask helps: the other question's stem is shown whole.
  const givenAwayElsewhere = (item: Scored) =>
    kept.some(
      (other) =>
        !shareSentence(other.candidate, item.candidate) &&
        (showsGivenAway(other.candidate, item) || showsGivenAway(item.candidate, other)),
    );
  // Masking, for short articles: each of two blanks on one sentence shows the other's answer as
  // "[number]" ("Pensions of more than [amount] a month will be cut by _____"), so one sentence can
  // carry two questions that ask different facts without either answering the other.
  const maskPlan = (item: Scored): Map<Scored, Candidate> | undefined => {
    const plan = new Map<Scored, Candidate>([[item, item.candidate]]);
    for (const other of kept) {
      if (!shareSentence(other.candidate, item.candidate)) continue;
      const current = plan.get(other) ?? other.candidate;
      if (shows(plan.get(item)!, other)) {
        const masked = maskAnswer(plan.get(item)!, other, facts);
        if (!masked) return undefined;
        plan.set(item, masked);
      }
      if (shows(current, item)) {
        const masked = maskAnswer(current, item, facts);
        if (!masked) return undefined;
        plan.set(other, masked);
      }
    }
    const sameSentence = [...kept.filter((other) => shareSentence(other.candidate, item.candidate)), item];
    for (const a of sameSentence)
      for (const b of sameSentence) if (a !== b && shows(plan.get(a) ?? a.candidate, b)) return undefined;
    return plan;
  };

  // Pass 1 spreads over sentences, entities and types; pass 2 fills up with what is left; pass 3,
  // for short articles, lets a sentence carry a third question when it answers none of the others;
  // pass 4 lets two questions share a sentence by masking each one's answer in the other (a few per
  // quiz); pass 5, only for an article still short of the count, lets three share one (each masking
  // the other two) and up to half the quiz be masked, with one more question of a kind allowed.
  for (const pass of [1, 2, 3, 4, 5]) {
    for (const item of pool) {
      if (kept.length >= count) break;
      if (kept.includes(item) || usedFacts.has(factKey(item))) continue;
      // The same answer once while there is choice, twice when needed, and a third time only asked another
      // way ("Fed" three times as "which organisation" is one fact asked three ways).
      const asked = answerCounts.get(answerKey(item)) ?? 0;
      if (asked >= Math.min(pass, 3) || (asked === 2 && answerKinds.get(answerKey(item))?.has(item.candidate.type)))
        continue;
      // A figure is one fact: "7,000 steps" asked twice is the same question twice.
      if (asked > 0 && givenAwayForms(item).some((form) => /\d/.test(form))) continue;
      if (pass === 1) {
        if ((usedSentences.get(item.candidate.sentence) ?? 0) >= 1) continue;
        const entityCap = ["when", "how-many", "where", "fill-in"].includes(item.candidate.type) ? 1 : 2;
        if ((usedEntities.get(item.candidate.entity) ?? 0) >= entityCap) continue;
        if ((typeCounts.get(item.candidate.type) ?? 0) >= typeCap) continue;
      } else if (
        (usedSentences.get(item.candidate.sentence) ?? 0) >= Math.min(pass, 3) ||
        (usedEntities.get(item.candidate.entity) ?? 0) >= 3 ||
        (typeCounts.get(item.candidate.type) ?? 0) >= typeCap + (pass === 5 ? 3 : 2)
      ) {
        continue;
      }
      if (givenAwayElsewhere(item)) continue;
      if (givesAwayOrIsGivenAway(item)) {
        // Masks only where the article runs short: a quiz of masked sentences reads as a cloze drill.
        // And only for an answer not asked yet: "Sheinbaum" typed twice is one fact asked twice.
        const maskLimit = pass === 4 ? Math.max(1, Math.floor(count / 5)) : Math.ceil(count / 2);
        const plan =
          pass >= 4 &&
          asked === 0 &&
          maskedQuestions < maskLimit &&
          (usedSentences.get(item.candidate.sentence) ?? 0) <= pass - 3
            ? maskPlan(item)
            : undefined;
        if (!plan) continue;
        maskedQuestions++;
        for (const [scored, candidate] of plan) scored.candidate = candidate;
      }
      kept.push(item);
      usedFacts.add(factKey(item));
      answerCounts.set(answerKey(item), (answerCounts.get(answerKey(item)) ?? 0) + 1);
      answerKinds.set(
        answerKey(item),
        (answerKinds.get(answerKey(item)) ?? new Set<QuestionKind>()).add(item.candidate.type),
      );
      usedSentences.set(item.candidate.sentence, (usedSentences.get(item.candidate.sentence) ?? 0) + 1);
      usedEntities.set(item.candidate.entity, (usedEntities.get(item.candidate.entity) ?? 0) + 1);
      typeCounts.set(item.candidate.type, (typeCounts.get(item.candidate.type) ?? 0) + 1);
    }
  }
  for (const item of pool) {
    if (!kept.includes(item)) {
      dropped.push({
        type: item.candidate.type,
        prompt: item.candidate.prompt,
        reasons: [
          usedFacts.has(factKey(item)) ? "near-duplicate of a kept question" : "ranked below the kept questions",
        ],
      });
    }
  }

  const questions = kept
    .sort((a, b) => a.candidate.evidence.start - b.candidate.evidence.start)
    .map(({ candidate, score: value, difficulty, notes }) => {
      const arranged =
        candidate.type === "fill-in" ? { choices: [], answer: candidate.accepted } : arrangeChoices(candidate);
      return {
        type: candidate.type,
        prompt: candidate.prompt,
        choices: arranged.choices,
        answer: arranged.answer,
        explanation: candidate.explanation,
        evidence: candidate.evidence,
        difficulty,
        score: value,
        reasons: notes.length ? notes : ["passes every check"],
        factIds: [`sentence:${candidate.sentence}`, `entity:${candidate.entity}`],
        topics: topicsOf(facts, candidate.evidence, candidate.entity),
      };
    });
  return { questions, dropped };
}
