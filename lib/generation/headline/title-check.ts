/**
 * The headline stage's check, for questions already in a set: which of them a title shown above the quiz
 * answers, each with the reason in plain words. The set page lists them when a teacher renames a set.
 * In: the title, the article (text, date) and the set's questions as stored.
 * Out: the questions the title answers, in the order given, each with its reason.
 */
import type { Candidate } from "../candidates";
import { type EntityType, extractFacts } from "../facts";
import { normalizeAnswer } from "../shared/normalize";
import type { QuestionKind } from "../types";
import { markHeadlineAnswers } from "./index";

export interface StoredQuestionForTitle {
  id: string;
  /** The generator's kind; null for a question written by hand. */
  kind: string | null;
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID";
  prompt: string;
  /** The right answers: the correct choice's text, or the accepted answers of a fill-in. */
  answers: string[];
  evidenceStart: number | null;
  evidenceEnd: number | null;
  /** What it is about, as "person:Wang Yi" (used for true-or-false statements). */
  topics?: string[];
}

export interface TitleWarning {
  id: string;
  reason: string;
}

const SHOWN = "answer shown in the headline";
const KINDS = new Set<string>([
  "who",
  "role",
  "who-said",
  "where",
  "when",
  "how-many",
  "which-organization",
  "true-false",
  "fill-in",
]);

/** A hand-written question's kind, read from how it is played and what its answer is. */
function kindOf(question: StoredQuestionForTitle, answerType: EntityType | undefined): QuestionKind {
  if (question.kind && KINDS.has(question.kind)) return question.kind as QuestionKind;
  if (question.type === "TRUE_FALSE") return "true-false";
  if (question.type === "FILL_IN") return "fill-in";
  if (question.type === "WHO_SAID") return "who-said";
  if (answerType === "country" || answerType === "city" || answerType === "region") return "where";
  if (answerType === "organization") return "which-organization";
  if (answerType === "date") return "when";
  return /\d/.test(question.answers[0] ?? "") ? "how-many" : "who";
}

const within = (form: string, title: string) => {
  const normalized = normalizeAnswer(form);
  return normalized.length > 1 && ` ${normalizeAnswer(title)} `.includes(` ${normalized} `);
};

/** The questions whose answer `title` gives away, as the generator would judge them with it on screen. */
export function questionsTheTitleAnswers(
  title: string,
  article: { text: string; publishedAt?: string | null },
  questions: StoredQuestionForTitle[],
): TitleWarning[] {
  if (!normalizeAnswer(title) || questions.length === 0) return [];
  const facts = extractFacts(article.text, article.publishedAt);
  const sentenceAt = (offset: number | null) =>
    offset === null ? -1 : facts.sentences.findIndex((sentence) => offset >= sentence.start && offset < sentence.end);
  const checked = questions.flatMap((question) => {
    const answer = question.answers[0];
    const sentence = sentenceAt(question.evidenceStart);
    if (!answer || sentence < 0) return [];
    const type = kindOf(question, facts.entities.get(answer)?.type);
    // A true-or-false statement is about an entity it names; its answer is only "True" or "False".
    const about = (question.topics ?? [])
      .map((topic) => topic.slice(topic.indexOf(":") + 1))
      .find((name) => question.prompt.includes(name));
    const entity = type === "true-false" ? (about ?? "") : answer;
    if (!entity) return [];
    const evidence = facts.sentences[sentence]!;
    const candidate: Candidate = {
      type,
      prompt: question.prompt,
      stem: question.prompt,
      answer,
      accepted: question.answers.slice(1),
      distractors: { options: [], fromArticle: 0 },
      evidence: { start: evidence.start, end: evidence.end, text: evidence.text },
      sentence,
      paragraph: evidence.paragraph,
      entity,
      explanation: "",
      problems: [],
      notes: [],
    };
    return [{ question, candidate }];
  });
  markHeadlineAnswers(
    checked.map(({ candidate }) => candidate),
    facts,
    title,
  );
  return checked
    .filter(({ candidate }) => candidate.problems.includes(SHOWN))
    .map(({ question, candidate }) => {
      const lastName = candidate.entity.split(" ").at(-1) ?? "";
      const shown = [candidate.answer, ...candidate.accepted, candidate.entity, lastName].find((form) =>
        within(form, title),
      );
      const reason =
        candidate.type === "true-false"
          ? `The title names “${shown ?? candidate.entity}”, which the statement is about.`
          : shown
            ? `The title shows its answer, “${shown}”.`
            : `The title gives away its answer, “${candidate.answer}”.`;
      return { id: question.id, reason };
    });
}
