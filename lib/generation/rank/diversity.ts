import escapeStringRegexp from "escape-string-regexp";
import type { Candidate } from "../candidates";
import { isKeyWord, isPlace, type Facts } from "../facts";
import { normalizeAnswer } from "../shared/normalize";
import type { QuestionKind } from "../types";
import { complements, figureOf, sameFigure, type Figure } from "./figures";
import { maskAnswer } from "./masks";
import type { Scored } from "./score";

/**
 * Diversity: the best-ranked questions that spread over sentences, entities and question kinds, and that
 * never answer one another. `pool` is best first. Returns the kept questions (with masks applied where two
 * share a sentence) and whether a question that was not kept asks a fact a kept one asks already.
 */
export function selectDiverse(
  pool: Scored[],
  facts: Facts,
  count: number,
  memo: DiversityMemo = diversityMemo(),
): { kept: Scored[]; nearDuplicate: (item: Scored) => boolean } {
  const typeCap = Math.max(2, Math.ceil(count / 5));
  const kept: Scored[] = [];
  const usedSentences = new Map<number, number>();
  let maskedQuestions = 0;
  const usedFacts = new Set<string>();
  const usedFigures: Figure[] = [];
  const usedEntities = new Map<string, number>();
  const typeCounts = new Map<QuestionKind, number>();
  const factKey = (item: Scored) => `${item.candidate.sentence}:${normalizeAnswer(item.candidate.entity)}`;

  const answerCounts = new Map<string, number>();
  const answerKinds = new Map<string, Set<QuestionKind>>();
  // What a question asks for: the person, place or thing ("Joye" and "Samantha Joye" are one answer), or
  // the role itself.
  const answerKey = (item: Scored) =>
    item.candidate.type === "true-false"
      ? `tf:${item.candidate.evidence.start}`
      : normalizeAnswer(item.candidate.type === "role" ? item.candidate.answer : item.candidate.entity);
  // What a learner sees of a question: its prompt and its choices ("Alabama coach" among the choices
  // answers "_____ coach Nick Saban").
  const { shownTexts, formsOf, promptTexts, givenAwayFormsOf, sentencesShowing, blocking } = memo;
  const shownText = (candidate: Candidate) => {
    let shown = shownTexts.get(candidate);
    if (shown === undefined) {
      const seen = [candidate.prompt.replace("_____", " "), candidate.answer, ...candidate.distractors.options];
      shown = ` ${normalizeShown(seen.join(" "))} `;
      shownTexts.set(candidate, shown);
    }
    return shown;
  };
  // Every form of an answer: "Urban Meyer" is given away by a stem that says "Meyer".
  const forms = (item: Scored) => {
    let known = formsOf.get(item);
    if (!known) {
      const person = facts.entities.get(item.candidate.entity)?.type === "person" && item.candidate.type !== "role";
      known = [
        item.candidate.answer,
        ...item.candidate.accepted,
        ...(person ? [item.candidate.entity.split(" ").at(-1)!] : []),
      ]
        .map((form) => ` ${normalizeShown(form)} `)
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
  const promptText = (candidate: Candidate) => {
    let shown = promptTexts.get(candidate);
    if (shown === undefined)
      promptTexts.set(candidate, (shown = ` ${normalizeShown(candidate.prompt.replace("_____", " "))} `));
    return shown;
  };
  const isStoryWord = (item: Scored) =>
    item.candidate.type === "fill-in" &&
    isKeyWord({ type: facts.entities.get(item.candidate.entity)?.type ?? "term", text: item.candidate.answer });
  const givenAwayForms = (item: Scored) => {
    let known = givenAwayFormsOf.get(item);
    if (!known) {
      const place = isPlace(facts.entities.get(item.candidate.entity)?.type) && item.candidate.type !== "true-false";
      // Numbers and years; and places ("central Japan" in one stem answers "___ is one of the most
      // earthquake-prone countries" in another).
      // A story word typed back ("the _____ layer hole") is given away by any stem that shows it.
      const storyWord = isStoryWord(item);
      known =
        item.candidate.type === "how-many" || item.candidate.type === "when"
          ? forms(item).filter((form) => /\d/.test(form))
          : place || storyWord
            ? forms(item)
            : [];
      givenAwayFormsOf.set(item, known);
    }
    return known;
  };
  const showsGivenAway = (shown: Candidate, answer: Scored) =>
    givenAwayForms(answer).some((form) => promptText(shown).includes(form)) || showsRounded(shown.prompt, answer);
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
  // "India" asked in a story of India and Pakistan would rule out every other stem that names India: such a
  // question waits for pass 3, so the quiz first takes the questions it would block.
  // (Which sentences' stems show a form is worked out once per form: the same answers come back in every kind.)
  const showingForm = (form: string) => {
    let sentences = sentencesShowing.get(form);
    if (!sentences) {
      sentences = new Set();
      for (const other of pool) if (promptText(other.candidate).includes(form)) sentences.add(other.candidate.sentence);
      sentencesShowing.set(form, sentences);
    }
    return sentences;
  };
  const blocksMany = (item: Scored) => {
    let known = blocking.get(item);
    if (known === undefined) {
      const sentences = new Set<number>();
      for (const form of givenAwayForms(item))
        for (const sentence of showingForm(form)) if (sentence !== item.candidate.sentence) sentences.add(sentence);
      blocking.set(item, (known = sentences.size >= 3));
    }
    return known;
  };
  // Masking, for short articles: each of two blanks on one sentence shows the other's answer as
  // "[number]" ("Pensions of more than [amount] a month will be cut by _____"), so one sentence can
  // carry two questions that ask different facts without either answering the other.
  const maskPlan = (item: Scored): Map<Scored, Candidate> | undefined => {
    const plan = new Map<Scored, Candidate>([[item, item.candidate]]);
    for (const other of kept) {
      if (!shareSentence(other.candidate, item.candidate)) continue;
      if (splitOfOneCount(facts, item.candidate, other.candidate)) return undefined;
      const current = plan.get(other) ?? other.candidate;
      // A story word has no kind to mask it with ("the longest [name] in …" reads wrong): never masked.
      if ((isStoryWord(item) || isStoryWord(other)) && (shows(plan.get(item)!, other) || shows(current, item)))
        return undefined;
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

  // Across sentences the same: "After opening at _____, the shares slid back to the [amount] level" beside "priced
  // … at _____ a share" ($38). A stem that shows another question's figure, place or story word shows it masked.
  // (Never the stem's subject: "[place] accounted for more than _____ of the dead" no longer says whose dead.)
  const crossMask = (shown: Candidate, answer: Scored) => {
    const masked = maskAnswer(shown, answer, facts, "another question");
    return masked && !/^(?:The\s+)?\[/.test(masked.stem) ? masked : undefined;
  };
  const crossMaskPlan = (item: Scored): Map<Scored, Candidate> | undefined => {
    const plan = new Map<Scored, Candidate>([[item, item.candidate]]);
    for (const other of kept) {
      if (shareSentence(other.candidate, item.candidate)) continue;
      if (showsGivenAway(plan.get(item)!, other)) {
        const masked = crossMask(plan.get(item)!, other);
        if (!masked) return undefined;
        plan.set(item, masked);
      }
      const current = plan.get(other) ?? other.candidate;
      if (showsGivenAway(current, item)) {
        const masked = crossMask(current, item);
        if (!masked) return undefined;
        plan.set(other, masked);
      }
    }
    const shown = (scored: Scored) => plan.get(scored) ?? scored.candidate;
    for (const a of [...kept, item])
      for (const b of [...kept, item])
        if (a !== b && !shareSentence(a.candidate, b.candidate) && showsGivenAway(shown(a), b)) return undefined;
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
      // A story word fills a short quiz, after the facts: kept first, it would block every stem that shows it.
      if (pass < 3 && isStoryWord(item)) continue;
      // The same answer once while there is choice, and again only asked another way: "Federal Reserve" and then
      // "Fed" as "which organisation" is one fact asked twice (judged round 10: both judges, four articles).
      const asked = answerCounts.get(answerKey(item)) ?? 0;
      // (Two quotations of one speaker are two facts: "Who said" may come back; a third time it is the same question
      // again: judged round 20, both judges.)
      const sameForm = item.candidate.type !== "who-said" && answerKinds.get(answerKey(item))?.has(item.candidate.type);
      if (asked >= Math.min(pass, 2) || (asked > 0 && sameForm)) continue;
      // A figure is one fact: "7,000 steps" asked twice is the same question twice, and so are "more than
      // 61%" and "61.07% of the valid votes" in the next sentence.
      if (asked > 0 && givenAwayForms(item).some((form) => /\d/.test(form))) continue;
      const figure = figureOf(item.candidate);
      if (figure && usedFigures.some((used) => sameFigure(used, figure) || complements(used, figure))) continue;
      // So is a story word: "greenhouse" typed twice is one word asked twice; and a name typed after it was asked
      // ("Dr _____ characterised the find …" after "Who is Dr Hinkley?": judged round 8, a repeat).
      if (asked > 0 && (isStoryWord(item) || item.candidate.type === "fill-in")) continue;
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
      // Masks only where the article runs short: a quiz of masked sentences reads as a cloze drill.
      // And only for an answer not asked yet: "Sheinbaum" typed twice is one fact asked twice.
      const maskLimit = pass === 4 ? Math.max(1, Math.floor(count / 5)) : Math.ceil(count / 2);
      const mayMask = pass >= 4 && asked === 0 && maskedQuestions < maskLimit;
      if (givenAwayElsewhere(item)) {
        const plan = mayMask && !givesAwayOrIsGivenAway(item) ? crossMaskPlan(item) : undefined;
        if (!plan) continue;
        maskedQuestions++;
        for (const [scored, candidate] of plan) scored.candidate = candidate;
      }
      // A place or a figure that many other questions' stems show would rule them all out: asked last, if room is left.
      if (pass < 3 && blocksMany(item)) continue;
      if (givesAwayOrIsGivenAway(item)) {
        const plan =
          mayMask && (usedSentences.get(item.candidate.sentence) ?? 0) <= pass - 3 ? maskPlan(item) : undefined;
        if (!plan) continue;
        maskedQuestions++;
        for (const [scored, candidate] of plan) scored.candidate = candidate;
      }
      kept.push(item);
      usedFacts.add(factKey(item));
      if (figure) usedFigures.push(figure);
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
  return { kept, nearDuplicate: (item) => usedFacts.has(factKey(item)) };
}

/**
 * What selectDiverse works out once per question or answer form. A search that runs it again on the same pool less
 * a question passes the first run's memo: each question reads the same, and which sentences show a form is read
 * from the whole pool.
 */
export interface DiversityMemo {
  shownTexts: WeakMap<Candidate, string>;
  formsOf: Map<Scored, string[]>;
  promptTexts: WeakMap<Candidate, string>;
  givenAwayFormsOf: Map<Scored, string[]>;
  sentencesShowing: Map<string, Set<number>>;
  blocking: Map<Scored, boolean>;
}

export function diversityMemo(): DiversityMemo {
  return {
    shownTexts: new WeakMap(),
    formsOf: new Map(),
    promptTexts: new WeakMap(),
    givenAwayFormsOf: new Map(),
    sentencesShowing: new Map(),
    blocking: new Map(),
  };
}

/**
 * "killing [number] women and _____ children": two counts joined by "and" split one toll, and asking its second
 * part beside the first is padding (judged round 15: both judges).
 */
function splitOfOneCount(facts: Facts, a: Candidate, b: Candidate): boolean {
  if (a.type !== "how-many" || b.type !== "how-many" || a.sentence !== b.sentence) return false;
  const text = facts.sentences[a.sentence]!.text;
  const joined = (first: string, second: string) =>
    new RegExp(String.raw`\b${escapeStringRegexp(first)}\s+\p{L}+\s+and\s+${escapeStringRegexp(second)}\b`, "u").test(
      text,
    );
  return joined(a.answer, b.answer) || joined(b.answer, a.answer);
}

/**
 * "won more than 61%" in one stem gives away "had secured _____ of the valid votes" (61.07%) in another (judged
 * round 20): a share with decimals is shown by its whole part as a share too.
 */
export function showsRounded(prompt: string, answer: Scored): boolean {
  if (answer.candidate.type !== "how-many" || !prompt.includes("%")) return false;
  const share = /^(\d+)\.\d+%$/.exec(answer.candidate.answer);
  if (!share) return false;
  const whole = Number(share[1]);
  // (One fixed pattern over the prompt's whole-number shares, not a pattern built per share asked.)
  for (const [, shown] of prompt.matchAll(WHOLE_SHARE))
    if (Number(shown) === whole || Number(shown) === whole + 1) return true;
  return false;
}
const WHOLE_SHARE = /(?<![\d.])(\d+)%/g;

/**
 * What a learner sees, compared word by word, with each figure kept whole: "two" (or "2") is not shown by
 * "2,000 points" or "7.2%", and "three" not by the days of "On May 2-3" nor a score of "6-3".
 */
const shownForms = new Map<string, string>();
function normalizeShown(text: string): string {
  let known = shownForms.get(text);
  if (known === undefined) {
    known = /\d/.test(text)
      ? normalizeAnswer(
          text
            .replace(/(\d),(?=\d{3}\b)/g, "$1")
            .replace(/(\d)\.(?=\d)/g, "$1p")
            .replace(/\b(\d{1,2})[-–](?=\d{1,2}\b)/g, "$1to"),
        )
      : normalizeAnswer(text);
    if (shownForms.size > 20_000) shownForms.clear();
    shownForms.set(text, known);
  }
  return known;
}
