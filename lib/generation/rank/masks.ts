import escapeStringRegexp from "escape-string-regexp";
import type { Candidate } from "../candidates";
import { isPlace, type EntityType, type Facts } from "../facts";
import { normalizeAnswer } from "../shared/normalize";
import type { Scored } from "./score";

// A mask beside the blank, with at most one word between them that is not a preposition.
const NOT_A_PREPOSITION = String.raw`(?:(?!(?:at|of|in|for|from|by|with|on|to)\s)\S+\s+)?`;
const MASK_BESIDE_BLANK = new RegExp(String.raw`_____\S*\s+${NOT_A_PREPOSITION}\[|\]\S*\s+${NOT_A_PREPOSITION}_____`);

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
export function maskAnswer(
  shown: Candidate,
  answer: Scored,
  facts: Facts,
  whose = "another question on this sentence",
): Candidate | undefined {
  if (!shown.stem.includes("_____") || shown.type === "true-false" || answer.candidate.type === "true-false")
    return undefined;
  const entity = facts.entities.get(answer.candidate.entity);
  // "count:nine": a figure the counts form read from the sentence is no entity of the article, but a figure still.
  const answerType: EntityType | undefined =
    entity?.type ?? (answer.candidate.type === "how-many" ? "quantity" : undefined);
  // Two places or two people in one sentence are often a series ("[place], Georgia, Nevada … and _____"),
  // where a mask reads as a riddle: only answers of different kinds are masked (two numbers may be).
  const kindOf = (type: EntityType | undefined) => (isPlace(type) ? "place" : type);
  const shownKind = kindOf(facts.entities.get(shown.entity)?.type);
  if (answer.candidate.type !== "role" && shownKind === kindOf(answerType) && shownKind !== "quantity")
    return undefined;
  const answerForms = [
    answer.candidate.answer,
    ...answer.candidate.accepted,
    ...(answer.candidate.type === "role" || !entity ? [] : [answer.candidate.entity]),
  ];
  if (answerType === "person" && answer.candidate.type !== "role")
    answerForms.push(answer.candidate.entity.split(" ").at(-1)!);
  const choices = ` ${normalizeAnswer([shown.answer, ...shown.distractors.options].join(" "))} `;
  if (answerForms.some((form) => choices.includes(` ${normalizeAnswer(form)} `))) return undefined;
  const label =
    answer.candidate.type === "role"
      ? "position"
      : entity?.kind === "competition"
        ? "competition"
        : answerType === "quantity" && /[$€£¥]/.test(answer.candidate.answer)
          ? "amount"
          : (MASK_LABELS[answerType ?? ""] ?? "detail");
  // No mask for a term or a thing of no known kind: "Visa holds the [name] record" hides what the sentence is
  // about, and the label says nothing true of it. A person, figure, date, place or body is a detail beside it.
  if (answerType === "term" || label === "detail" || label === "event") return undefined;
  // "3" in "(3-years or less)" is a form; "a" is not.
  const maskable = [...new Set(answerForms)].filter((form) => form.length > 1 || /^\d$/.test(form));
  if (!maskable.length) return undefined;
  // "founded by Albert Hartley": "Hartley" after another first name is someone else, not the answer's surname.
  // ("4" in "at about 4:20 p.m." is part of a time, not the figure.)
  const pattern = new RegExp(
    String.raw`(?<![\w$€£¥])(?<!\d[:.,])(?<![A-Z][a-z]+ )(?:${maskable
      .sort((a, b) => b.length - a.length)
      .map(escapeStringRegexp)
      .join("|")})\+?(?![\w%])(?![:.,]\d)`,
    "g",
  );
  // ("[U.S. Attorney Geoffrey Berman] said", a name the stem introduces, is masked whole: "[name] said".)
  const mask = (text: string) => text.replace(pattern, `[${label}]`).replace(/\[[^[\]]*\[(\w+)\][^[\]]*\]/g, "[$1]");
  // "(up to _____ [name] per DVR)": a mask next to the blank takes the context the blank needs; a
  // preposition between them keeps it ("Ian Lyngen, [position] at _____").
  const stem = mask(shown.stem);
  if (MASK_BESIDE_BLANK.test(stem)) return undefined;
  return {
    ...shown,
    prompt: mask(shown.prompt),
    stem,
    notes: [...shown.notes, `masks the answer to ${whose}`],
  };
}
