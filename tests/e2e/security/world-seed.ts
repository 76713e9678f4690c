/**
 * Run in a child process (`node --import tsx`) with PGLITE_DIR set: migrates a fresh embedded database,
 * adds the demo data, then a second teacher and learner and one of everything each role may or may
 * not see (a draft set, an article, attempts, a class with an assignment, a live game, review cards).
 * Writes the ids as JSON to the file given as the only argument. Rows are written with Prisma directly,
 * as prisma/seed.ts does; what the tests check is how the running app guards them.
 */
import { writeFile } from "node:fs/promises";
import { closeDatabase, db } from "../../../lib/db";
import { hashPassword } from "../../../lib/auth/password";
import { cleanText } from "../../../lib/articles/clean";
import { cardStateToJson } from "../../../lib/review/scheduler";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_QUIZ_TITLE, seedDemoData } from "../../../prisma/seed";
import { migrateConfiguredDatabase, openConfiguredDatabase } from "../../../scripts/lib/database";
import { fingerprintTables } from "./fingerprint";
import { SECRET, type World } from "./world";

const [outFile] = process.argv.slice(2);

async function main(): Promise<void> {
  if (!outFile) throw new Error("Usage: node --import tsx tests/e2e/security/world-seed.ts <world.json>");
  const connection = await openConfiguredDatabase();
  await migrateConfiguredDatabase(connection);
  await connection.close();
  const prisma = db();
  await seedDemoData(prisma);
  const byEmail = (email: string) => prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const teacherA = await byEmail(DEMO_ACCOUNTS[0]!.email);
  const learnerA = await byEmail(DEMO_ACCOUNTS[1]!.email);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const teacherB = await prisma.user.create({
    data: {
      id: "sec-teacher-b",
      email: "teacher-b@quizwire.test",
      name: "Other Teacher",
      passwordHash,
      role: "TEACHER",
    },
  });
  const learnerB = await prisma.user.create({
    data: { id: "sec-learner-b", email: "learner-b@quizwire.test", name: "Other Learner", passwordHash },
  });
  // Plays the demo quiz in the answer-key test, so that test leaves the matrix's people as they were seeded.
  const player = await prisma.user.create({
    data: { id: "sec-player", email: "player@quizwire.test", name: "Key Checker", passwordHash },
  });
  const demoSet = await prisma.questionSet.findFirstOrThrow({
    where: { title: DEMO_QUIZ_TITLE },
    select: {
      id: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          prompt: true,
          explanation: true,
          acceptedAnswers: true,
          choices: { select: { id: true, isCorrect: true, text: true } },
        },
      },
    },
  });
  const firstQuestion = demoSet.questions[0]!;

  // Each article has one passage cleaning took out (an advertisement line), so restoring it can be tried.
  const article = (id: string, ownerId: string, marker: string) => {
    const original =
      `${marker} body. The council voted on Tuesday to close the old library.` +
      "\n\nAdvertisement\n\nIt opened in 1901.";
    const cleaned = cleanText(original);
    return prisma.article.create({
      data: {
        id,
        title: `${marker} headline`,
        originalText: original,
        text: cleaned.text,
        removed: cleaned.removed.map((removal) => ({ ...removal, restored: false })),
        wordCount: 16,
        contentHash: id,
        addedById: ownerId,
      },
      select: { removed: true },
    });
  };
  const articleA = await article("sec-article-a", teacherA.id, SECRET.articleA);
  await article("sec-article-b", teacherB.id, SECRET.articleB);
  await article("sec-article-learner", learnerA.id, SECRET.articleLearner);

  const set = (id: string, ownerId: string, marker: string, status: "DRAFT" | "PUBLISHED") =>
    prisma.questionSet.create({
      data: {
        id,
        ownerId,
        status,
        title: `${marker} set`,
        publishedAt: status === "PUBLISHED" ? new Date() : null,
        questions: {
          create: {
            id: `${id}-q1`,
            position: 0,
            type: "MULTIPLE_CHOICE",
            prompt: `${marker} question: which one?`,
            explanation: `${marker} explanation`,
            choices: {
              create: [
                { id: `${id}-c1`, position: 0, text: `${marker} right answer`, isCorrect: true },
                { id: `${id}-c2`, position: 1, text: "Another answer" },
              ],
            },
          },
        },
      },
    });
  await set("sec-draft-a", teacherA.id, SECRET.draftA, "DRAFT");
  await set("sec-set-b", teacherB.id, SECRET.setB, "PUBLISHED");
  await set("sec-draft-b", teacherB.id, SECRET.draftB, "DRAFT");

  // Learner A: one attempt in progress, one finished (all wrong, so every question became a review card).
  await prisma.attempt.create({ data: { id: "sec-attempt-a", userId: learnerA.id, setId: demoSet.id } });
  await prisma.attempt.create({
    data: {
      id: "sec-attempt-a-done",
      userId: learnerA.id,
      setId: demoSet.id,
      finishedAt: new Date(),
      score: 0,
      maxScore: demoSet.questions.length,
      answers: {
        create: demoSet.questions.map((question) => ({
          questionId: question.id,
          choiceId: question.choices.find((choice) => !choice.isCorrect)?.id ?? null,
          textAnswer: question.choices.length ? null : SECRET.answerA,
          isCorrect: false,
        })),
      },
    },
  });
  await prisma.attempt.create({ data: { id: "sec-attempt-b", userId: learnerB.id, setId: "sec-set-b" } });
  const card = (id: string, userId: string, questionId: string) =>
    prisma.reviewCard.create({
      data: {
        id,
        userId,
        questionId,
        due: new Date(Date.now() - 60_000),
        stability: 0,
        difficulty: 0,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 0,
        lapses: 0,
        state: 0,
      },
    });
  await card("sec-card-a", learnerA.id, firstQuestion.id);
  await card("sec-card-b", learnerB.id, "sec-set-b-q1");
  // A second card of learner A's, reviewed once just now: its review (the log) may still be re-rated.
  const due = new Date(Date.now() - 60_000);
  const before = { due, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0 };
  await card("sec-card-a2", learnerA.id, demoSet.questions[1]!.id);
  await prisma.reviewCard.update({
    where: { id: "sec-card-a2" },
    data: { reps: 1, due: new Date(Date.now() + 86_400_000) },
  });
  await prisma.reviewLog.create({
    data: {
      id: "sec-log-a",
      cardId: "sec-card-a2",
      userId: learnerA.id,
      rating: 1,
      isCorrect: false,
      cardBefore: cardStateToJson({ ...before, reps: 0, lapses: 0, state: 0, lastReview: null }),
      due: new Date(Date.now() + 86_400_000),
    },
  });

  await prisma.classroom.create({
    data: {
      id: "sec-class-a",
      name: `${SECRET.classA} class`,
      ownerId: teacherA.id,
      joinCode: SECRET.joinCodeA,
      members: { create: { userId: learnerA.id } },
      assignments: {
        create: {
          id: "sec-assignment-a",
          setId: demoSet.id,
          opensAt: new Date(Date.now() - 86_400_000),
          dueAt: new Date(Date.now() + 7 * 86_400_000),
        },
      },
    },
  });
  await prisma.classroom.create({
    data: {
      id: "sec-class-b",
      name: `${SECRET.classB} class`,
      ownerId: teacherB.id,
      joinCode: SECRET.joinCodeB,
      members: { create: { userId: learnerB.id } },
    },
  });
  await prisma.liveGame.create({
    data: {
      id: "sec-live-a",
      pin: "913579",
      hostId: teacherA.id,
      setId: demoSet.id,
      secondsPerQuestion: 20,
      questionIds: demoSet.questions.map((question) => question.id),
      players: { create: { id: "sec-live-player-a", userId: learnerA.id, name: "Sam Student" } },
    },
  });

  const world: World = {
    users: {
      teacherA: teacherA.id,
      learnerA: learnerA.id,
      teacherB: teacherB.id,
      learnerB: learnerB.id,
      player: player.id,
    },
    demoSetId: demoSet.id,
    demoQuestionId: firstQuestion.id,
    demoChoiceId: firstQuestion.choices[0]!.id,
    articleARemoval: (articleA.removed as unknown as { start: number }[])[0]!.start,
    demoKeys: demoSet.questions.map((question) => ({
      prompt: question.prompt,
      explanation: question.explanation,
      acceptedAnswers: question.acceptedAnswers,
      correct: question.choices.find((choice) => choice.isCorrect)?.text ?? null,
    })),
    fingerprint: await fingerprintTables((sql) => prisma.$queryRawUnsafe(sql)),
  };
  await writeFile(outFile, JSON.stringify(world, null, 2));
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
