import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importSetFromFile } from "@/lib/dal/set-transfer";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";

/**
 * Moodle's own files through the data-access layer, as the import page sends them. (The server action adds
 * only revalidatePath, which needs a real request, so these call the DAL function it wraps.)
 */
type User = Awaited<ReturnType<typeof makeUser>>;
let teacher: User;

beforeAll(async () => {
  teacher = await makeUser("TEACHER");
});

const setCount = () => db().questionSet.count({ where: { ownerId: teacher.id } });
const importFile = (path: string, onlyValid: boolean) =>
  importSetFromFile({
    fileName: path.split("/").at(-1)!,
    bytes: new Uint8Array(readFileSync(`tests/fixtures/moodle/${path}`)),
    format: "auto",
    onlyValid,
  });

describe("importing Moodle's GIFT test file", () => {
  it("refuses the whole file at first, listing the 4 refusals and the 3 notes", async () => {
    signInAs(teacher);
    const before = await setCount();
    const outcome = await importFile("gift/questions.gift.txt", false);
    expect(outcome.status).toBe("refused");
    if (outcome.status !== "refused") return;
    expect(outcome.validCount).toBe(5);
    expect(outcome.issues.map((issue) => issue.message)).toEqual([
      "Question 1 “Q8” (line 2): essay questions are not supported: they have no answer Quizwire can mark.",
      "Question 2 “Moodle activities” (line 5): matching questions are not supported.",
      "Question 4 “colours” (line 22): multiple-response questions are not supported " +
        "(a Quizwire question has exactly one right answer).",
      "Question 5 “Q5” (line 31): numerical questions are not supported.",
    ]);
    expect(outcome.notes).toHaveLength(3);
    expect(await setCount()).toBe(before);
  });

  it("imports the 5 valid questions when asked, stored without markers, feedback or partial-credit answers", async () => {
    signInAs(teacher);
    const outcome = await importFile("gift/questions.gift.txt", true);
    expect(outcome).toMatchObject({ status: "imported", imported: 5 });
    if (outcome.status !== "imported") return;
    expect(outcome.skipped).toHaveLength(4);
    expect(outcome.notes.map((note) => note.question)).toEqual([3, 6, 7]);
    const questions = await db().question.findMany({
      where: { setId: outcome.setId, set: { ownerId: teacher.id } },
      orderBy: { position: "asc" },
      select: {
        type: true,
        prompt: true,
        explanation: true,
        acceptedAnswers: true,
        choices: { orderBy: { position: "asc" }, select: { text: true, isCorrect: true } },
      },
    });
    expect(questions.map((question) => [question.type, question.prompt])).toEqual([
      ["MULTIPLE_CHOICE", "What's between orange and green in the spectrum?"],
      ["FILL_IN", "Which is the best animal?"],
      ["TRUE_FALSE", "42 is the Absolute Answer to everything."],
      ["TRUE_FALSE", "TSL is blablabla."],
      ["TRUE_FALSE", "TSL is blablabla."],
    ]);
    expect(questions[0]!.choices).toEqual([
      { text: "yellow", isCorrect: true },
      { text: "red", isCorrect: false },
      { text: "blue", isCorrect: false },
    ]);
    expect(questions[1]!.acceptedAnswers).toEqual(["Frog"]);
    expect(questions[2]!.explanation).toBe("This is, of course, a Hitchiker's Guide to the Galaxy reference.");
    const set = await db().questionSet.findFirst({ where: { id: outcome.setId, ownerId: teacher.id } });
    expect(set).toMatchObject({ title: "questions", status: "DRAFT" });
  });
});

describe("importing Moodle's Aiken and XML test files", () => {
  it("imports both Aiken questions at once (nothing to refuse)", async () => {
    signInAs(teacher);
    expect(await importFile("aiken/questions.aiken.txt", false)).toMatchObject({
      status: "imported",
      imported: 2,
      skipped: [],
      notes: [],
    });
  });

  it("aiken_errors.txt: 2 imported, the 4 problems at Moodle's lines", async () => {
    signInAs(teacher);
    const outcome = await importFile("aiken/aiken_errors.txt", true);
    expect(outcome).toMatchObject({ status: "imported", imported: 2 });
    if (outcome.status === "imported") expect(outcome.skipped.map((issue) => issue.line)).toEqual([3, 5, 7, 18]);
  });

  it("a file of only refused questions imports nothing and says why", async () => {
    signInAs(teacher);
    const before = await setCount();
    const outcome = await importFile("xml/broken_cloze_questions.xml", true);
    expect(outcome).toMatchObject({ status: "refused", validCount: 0 });
    if (outcome.status === "refused") expect(outcome.issues).toHaveLength(5);
    expect(await setCount()).toBe(before);
  });
});

describe("hostile files through the import", () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it("refuses XML with entities in words, creating nothing", async () => {
    signInAs(teacher);
    const before = await setCount();
    const xml =
      '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
      '<quiz><question type="truefalse"><name><text>&x;</text></name></question></quiz>';
    const outcome = await importSetFromFile({
      fileName: "evil.xml",
      bytes: encode(xml),
      format: "auto",
      onlyValid: true,
    });
    expect(outcome).toMatchObject({ status: "refused", validCount: 0 });
    if (outcome.status === "refused") expect(outcome.issues[0]!.message).toMatch(/declares a DOCTYPE or entities/);
    expect(await setCount()).toBe(before);
  });

  it("refuses a CSV of 100,000 rows in words, creating nothing", async () => {
    signInAs(teacher);
    const before = await setCount();
    const csv = `Question,Answer\n${"Is it?,yes\n".repeat(100_000)}`;
    const outcome = await importSetFromFile({
      fileName: "big.csv",
      bytes: encode(csv),
      format: "auto",
      onlyValid: true,
    });
    expect(outcome).toMatchObject({ status: "refused", validCount: 0 });
    if (outcome.status === "refused") expect(outcome.issues[0]!.message).toMatch(/^This CSV file has 100000 rows/);
    expect(await setCount()).toBe(before);
  });
});
