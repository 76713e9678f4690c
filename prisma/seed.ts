import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { ingestArticle } from "../lib/articles/ingest";
import { extractFacts } from "../lib/generation/facts";
import { defaultSetTitle } from "../lib/generation/title";
import { topicsForEvidence } from "../lib/generation/topics";

/**
 * Demo data for a fresh database: a teacher, a learner, and the sample article as a published quiz.
 * The questions are written by hand; each one's evidence is an exact sentence of the article.
 */
export const DEMO_PASSWORD = "quizwire-demo";
export const DEMO_ACCOUNTS = [
  { email: "teacher@quizwire.test", name: "Dana Teacher", role: "TEACHER" as const },
  { email: "student@quizwire.test", name: "Sam Student", role: "STUDENT" as const },
];
/** The sample article's default set title (defaultSetTitleOf gives it; the seed test checks they agree). */
export const DEMO_QUIZ_TITLE = "China and the Ukraine conflict — Hindustan Times (AFP), 1 Apr 2025";
const DEMO_END_QUIZ_TITLE = "China and the Ukraine conflict: results at the end";
const DEMO_HEADLINE = "China ready to play 'constructive role' in ending Ukraine conflict, says top diplomat Wang Yi";
const DEMO_SOURCE = "Hindustan Times (AFP)";

const ARTICLE_FILE = path.join(process.cwd(), "tests", "fixtures", "articles", "seed-2025-04-01-wang-yi-ukraine.txt");

interface DemoQuestion {
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN";
  prompt: string;
  choices?: { text: string; correct?: boolean }[];
  accepted?: string[];
  evidence: string;
  explanation: string;
  difficulty: number;
}

const QUESTIONS: DemoQuestion[] = [
  {
    type: "MULTIPLE_CHOICE",
    prompt: "Who is described as China's top diplomat in the interview with Russian state media?",
    choices: [{ text: "Wang Yi", correct: true }, { text: "Qin Gang" }, { text: "Li Qiang" }, { text: "Han Zheng" }],
    evidence: `China is ready to play a "constructive role" in ending the conflict in Ukraine but will back Russia to defend its "interests", top diplomat Wang Yi told Russian state media in an interview published on Tuesday.`,
    explanation: "The article's first sentence names Wang Yi as China's top diplomat.",
    difficulty: 0.2,
  },
  {
    type: "MULTIPLE_CHOICE",
    prompt: "Which news agency did Wang Yi tell that China is ready to play a constructive role in the settlement?",
    choices: [{ text: "TASS" }, { text: "RIA Novosti", correct: true }, { text: "Interfax" }, { text: "Xinhua" }],
    evidence: `"China is ready, taking into account the aspirations of the parties involved, to play a constructive role in the settlement (of the conflict)," Wang told the RIA Novosti news agency.`,
    explanation: "Wang gave the quote to the RIA Novosti news agency.",
    difficulty: 0.45,
  },
  {
    type: "MULTIPLE_CHOICE",
    prompt: "In which month is Xi Jinping due to visit Moscow, according to Putin?",
    choices: [{ text: "April" }, { text: "June" }, { text: "May", correct: true }, { text: "September" }],
    evidence: `Putin said Russia was preparing a "good, full programme" for Xi's visit to Moscow in May -- which will include events to mark the 80th anniversary of the end of World War II.`,
    explanation:
      "Putin said Russia was preparing a programme for Xi's visit to Moscow in May (2025, as the article was published on 1 April 2025).",
    difficulty: 0.35,
  },
  {
    type: "TRUE_FALSE",
    prompt: "True or false: Putin accepted a joint US-Ukrainian plan for a 30-day ceasefire.",
    choices: [{ text: "True" }, { text: "False", correct: true }],
    evidence:
      "Putin has rejected a joint US-Ukrainian plan for a 30-day ceasefire, and last month suggested Ukrainian President Volodymyr Zelensky be removed from office as part of the peace process.",
    explanation:
      "False: the statement changed one fact. The article says Putin rejected the plan, not that he accepted it.",
    difficulty: 0.3,
  },
  {
    type: "MULTIPLE_CHOICE",
    prompt: "When did Russia order its full-scale military offensive in Ukraine?",
    choices: [
      { text: "March 2014" },
      { text: "February 2022", correct: true },
      { text: "February 2023" },
      { text: "September 2022" },
    ],
    evidence:
      "Moscow and Beijing have deepened political, military and economic cooperation since Russia ordered its full-scale military offensive in Ukraine in February 2022.",
    explanation: "The article dates the full-scale offensive to February 2022.",
    difficulty: 0.4,
  },
  {
    type: "FILL_IN",
    prompt: 'NATO members have branded Beijing a "decisive ______" of Moscow\'s offensive.',
    accepted: ["enabler"],
    evidence: `But it is a close political and economic ally of Russia and NATO members have branded Beijing a "decisive enabler" of Moscow's offensive -- which it has never condemned.`,
    explanation: 'NATO members called Beijing a "decisive enabler" of Moscow\'s offensive.',
    difficulty: 0.6,
  },
];

/** Seeds only an empty database (no users); returns whether it did anything. */
export async function seedDemoData(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [teacher] = await Promise.all(
    DEMO_ACCOUNTS.map((account) => prisma.user.create({ data: { ...account, passwordHash } })),
  );
  // The same cleaning a pasted article gets: the date marker, caption and "Also read" lines come out.
  const ingested = ingestArticle({ kind: "text", text: await readFile(ARTICLE_FILE, "utf8") });
  const text = ingested.text;
  const article = await prisma.article.create({
    data: {
      title: DEMO_HEADLINE,
      source: DEMO_SOURCE,
      publishedAt: new Date(`${ingested.publishedAt}T00:00:00Z`),
      originalText: ingested.originalText,
      text,
      removed: ingested.removed.map((removal) => ({ ...removal, restored: false })),
      wordCount: ingested.words,
      contentHash: createHash("sha256").update(text).digest("hex"),
      addedById: teacher!.id,
    },
  });
  const facts = extractFacts(text, ingested.publishedAt);
  const demoQuestions = QUESTIONS.map((question, position) => {
    const start = text.indexOf(question.evidence);
    if (start < 0) throw new Error(`Seed evidence not found in the article: ${question.evidence.slice(0, 60)}…`);
    const answer = question.choices?.find((choice) => choice.correct)?.text ?? question.accepted?.[0];
    return {
      position,
      type: question.type,
      prompt: question.prompt,
      explanation: question.explanation,
      acceptedAnswers: question.accepted ?? [],
      articleId: article.id,
      evidenceStart: start,
      evidenceEnd: start + question.evidence.length,
      evidenceText: question.evidence,
      topics: topicsForEvidence(
        facts,
        { start, end: start + question.evidence.length, text: question.evidence },
        answer,
      ),
      difficulty: question.difficulty,
      generator: "manual",
      choices: {
        create: (question.choices ?? []).map((choice, index) => ({
          position: index,
          text: choice.text,
          isCorrect: Boolean(choice.correct),
        })),
      },
    };
  });
  // The same questions twice: one quiz shows each answer at once, the other only at the end.
  // A new set's default title: the topic, source and date, not the headline's answers.
  const defaultTitle = defaultSetTitle(
    { headline: DEMO_HEADLINE, source: DEMO_SOURCE, publishedAt: ingested.publishedAt },
    facts,
  );
  for (const [title, feedbackMode, description] of [
    [
      defaultTitle,
      "IMMEDIATE",
      "Six questions on China, Russia and the war in Ukraine. See the answer and why after each one.",
    ],
    [DEMO_END_QUIZ_TITLE, "END", "The same six questions, with every answer revealed only when you finish."],
  ] as const) {
    await prisma.questionSet.create({
      data: {
        title,
        description,
        feedbackMode,
        status: "PUBLISHED",
        publishedAt: new Date(),
        ownerId: teacher!.id,
        articleId: article.id,
        questions: { create: demoQuestions },
      },
    });
  }
  return true;
}
