import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  detectFormat,
  exportSet,
  FORMATS,
  importSet,
  type FormatId,
  type PortableQuestion,
  type PortableSet,
} from "@/lib/formats";

const sample: PortableSet = {
  title: "Wang Yi in Moscow",
  description: "Six questions from the article.",
  source: {
    title: "China ready to play 'constructive role'",
    url: "https://example.com/news/wang-yi?x=1&y=2",
    publishedAt: "2025-04-01",
    source: "Hindustan Times (AFP)",
  },
  questions: [
    {
      type: "MULTIPLE_CHOICE",
      prompt: "Which news agency did Wang Yi speak to?",
      choices: [
        { text: "TASS", isCorrect: false },
        { text: "RIA Novosti", isCorrect: true },
        { text: "Interfax", isCorrect: false },
        { text: "Xinhua", isCorrect: false },
      ],
      acceptedAnswers: [],
      explanation: "Wang told the RIA Novosti news agency.",
      evidence: '"China is ready…," Wang told the RIA Novosti news agency.',
    },
    {
      type: "TRUE_FALSE",
      prompt: "True or false: Putin accepted a 30-day ceasefire.",
      choices: [
        { text: "True", isCorrect: false },
        { text: "False", isCorrect: true },
      ],
      acceptedAnswers: [],
      explanation: "False: he rejected it.",
      evidence: "Putin has rejected a joint US-Ukrainian plan for a 30-day ceasefire.",
    },
    {
      type: "FILL_IN",
      prompt: 'NATO members have branded Beijing a "decisive ______" of the offensive.',
      choices: [],
      acceptedAnswers: ["enabler", "an enabler"],
      explanation: "NATO called Beijing a decisive enabler.",
      evidence: 'NATO members have branded Beijing a "decisive enabler" of Moscow\'s offensive.',
    },
    {
      type: "WHO_SAID",
      prompt: "Who said: “We don't need {braces} = ~tilde #hash: & <tags>, à la carte”?",
      choices: [
        { text: "Wang Yi", isCorrect: true },
        { text: "Sergei Lavrov", isCorrect: false },
        { text: "Vladimir Putin", isCorrect: false },
      ],
      acceptedAnswers: [],
      explanation: "Wang said it; the quote uses special characters: { } = ~ # : & < >.",
      evidence: "Wang said so.",
    },
  ],
};

/** What each format can carry of a question. */
function carried(question: PortableQuestion, format: FormatId) {
  const keepsWhoSaid = format === "json" || format === "csv" || format === "gift" || format === "qti";
  const keepsEvidence = format === "json" || format === "csv" || format === "gift";
  return {
    type: question.type === "WHO_SAID" && !keepsWhoSaid ? "MULTIPLE_CHOICE" : question.type,
    prompt: question.prompt,
    choices: question.choices,
    acceptedAnswers: question.acceptedAnswers,
    explanation: format === "aiken" ? "" : question.explanation,
    evidence: keepsEvidence ? question.evidence : null,
  };
}

const toBytes = (body: string | Uint8Array) => (typeof body === "string" ? new TextEncoder().encode(body) : body);

describe("export → import gives the same questions", () => {
  it.each(FORMATS.map((format) => format.id))("%s", (format) => {
    const file = exportSet(sample, format);
    const bytes = toBytes(file.body);
    expect(detectFormat(file.filename, bytes)).toBe(format);
    const result = importSet(bytes, format);
    expect(result.issues).toEqual([]);
    const expected = sample.questions
      .filter((question) => format !== "aiken" || question.type !== "FILL_IN")
      .map((question) => carried(question, format));
    expect(result.set.questions.map((question) => carried(question, format))).toEqual(expected);
    if (format !== "aiken") {
      expect(result.set.title).toBe(sample.title);
      expect(result.set.source).toEqual(sample.source);
    }
  });

  it("says what Aiken leaves out", () => {
    expect(exportSet(sample, "aiken").notes).toEqual([
      "Aiken keeps no explanations, evidence or article source.",
      "1 fill-in question was left out: Aiken holds only multiple-choice questions.",
    ]);
  });

  it("keeps everything in Quizwire JSON, including difficulty, kind and topics", () => {
    const rich: PortableSet = {
      ...sample,
      questions: sample.questions.map((question) => ({
        ...question,
        kind: "who",
        difficulty: 0.4,
        topics: ["person:Wang Yi"],
      })),
    };
    expect(importSet(toBytes(exportSet(rich, "json").body), "json").set).toEqual(rich);
  });
});

describe("files written by other tools", () => {
  it("reads Moodle's GIFT examples, reporting what it cannot import with line numbers", () => {
    const result = importSet(readFileSync("tests/fixtures/formats/moodle-docs-examples.gift"), "gift");
    expect(result.set.questions.map((question) => [question.type, question.prompt])).toEqual([
      ["TRUE_FALSE", "1+1=2"],
      ["MULTIPLE_CHOICE", "What's between orange and green in the spectrum?"],
      ["FILL_IN", "Two plus _____ equals four."],
      ["MULTIPLE_CHOICE", "What is the capital of France?"],
    ]);
    expect(result.set.questions[1]!.choices).toEqual([
      { text: "yellow", isCorrect: true },
      { text: "red", isCorrect: false },
      { text: "blue", isCorrect: false },
    ]);
    expect(result.set.questions[2]!.acceptedAnswers).toEqual(["two", "2"]);
    expect(result.set.questions[3]!.explanation).toBe("Paris has been the capital since 987: see any atlas.");
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "Question 4 “Q4” (line 13): matching questions are not supported.",
      "Question 5 “Q5” (line 16): numerical questions are not supported.",
      "Question 7 “Q8” (line 29): essay questions are not supported: they have no answer Quizwire can mark.",
    ]);
  });

  it("reads Moodle's XML examples: HTML text, CDATA, general feedback; skips essays with a reason", () => {
    const result = importSet(readFileSync("tests/fixtures/formats/moodle-docs-examples.xml"), "moodle-xml");
    expect(result.set.title).toBe("Defaut for Test");
    expect(result.set.questions).toEqual([
      {
        type: "MULTIPLE_CHOICE",
        prompt: "What is the answer to this question?",
        choices: [
          { text: "The correct answer", isCorrect: true },
          { text: "A distractor & another", isCorrect: false },
          { text: "Another distractor", isCorrect: false },
        ],
        acceptedAnswers: [],
        explanation: "Because the book says so.",
        evidence: null,
      },
      {
        type: "TRUE_FALSE",
        prompt: "The sky is green.",
        choices: [
          { text: "True", isCorrect: false },
          { text: "False", isCorrect: true },
        ],
        acceptedAnswers: [],
        explanation: "",
        evidence: null,
      },
      {
        type: "FILL_IN",
        prompt: "Name the author of Hamlet.",
        choices: [],
        acceptedAnswers: ["Shakespeare", "William Shakespeare"],
        explanation: "",
        evidence: null,
      },
    ]);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "Question 4 “Essay” (line 53): essay questions are not supported: they have no answer Quizwire can mark.",
    ]);
  });
});

describe("broken files", () => {
  const text = (value: string) => new TextEncoder().encode(value);

  it("GIFT: a missing closing brace is reported at the question's line", () => {
    const result = importSet(text("::Q1:: Fine? {=yes ~no}\n\n::Q2:: Broken? {=yes ~no\n\n"), "gift");
    expect(result.set.questions).toHaveLength(1);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "Question 2 “Q2” (line 3): its answers are missing the closing }.",
    ]);
  });

  it("Aiken: an answer that is not a choice, and a question without ANSWER", () => {
    const result = importSet(text("Q one?\nA. x\nB. y\nANSWER: C\n\nQ two?\nA. x\nB. y\n"), "aiken");
    expect(result.set.questions).toEqual([]);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "Line 4: the question “Q one?” was not imported: the answer “C” is not one of its choices.",
      "Line 6: the question “Q two?” was not imported: the file ends before its ANSWER line (question not completed).",
    ]);
  });

  it("CSV: unknown type and an answer that matches no choice, with line numbers", () => {
    const csv =
      "Type,Question,Choice A,Choice B,Answer,Explanation\nmultiple choice,Good one?,Yes,No,A,Because\nessay,Tell me,,,x,\nmultiple choice,Bad answer?,Yes,No,Z,\n";
    const result = importSet(text(csv), "csv");
    expect(result.set.questions.map((question) => question.prompt)).toEqual(["Good one?"]);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'Line 3: unknown type "essay" (use multiple choice, true/false, fill in or who said).',
      'Line 4: no choice is marked right; the answer "Z" is neither a choice letter nor one of the choices.',
    ]);
  });

  it("Moodle XML: not well-formed, with the line", () => {
    const result = importSet(
      text('<?xml version="1.0"?>\n<quiz>\n<question type="multichoice">\n</quiz>\n'),
      "moodle-xml",
    );
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.message).toMatch(/^Line \d+: this is not well-formed XML/);
  });

  it("JSON: not JSON, and not ours", () => {
    expect(importSet(text('{"format": "quizwire-set",\n "version": 1,\n oops}'), "json").issues[0]!.message).toBe(
      "This is not valid JSON.",
    );
    expect(importSet(text('{"questions": []}'), "json").issues[0]!.message).toMatch(/not a Quizwire question set/);
  });

  it("QTI: not a zip, and a manifest pointing at a missing item", async () => {
    expect(importSet(text("hello"), "qti").issues[0]!.message).toMatch(/not a zip file/);
    const { zipSync, strToU8, unzipSync } = await import("fflate");
    const files = unzipSync(exportSet(sample, "qti").body as Uint8Array);
    delete files["items/Q2.xml"];
    const result = importSet(zipSync(files), "qti");
    expect(result.set.questions).toHaveLength(3);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "Question 2: the manifest lists items/Q2.xml, which is not in the package.",
    ]);
    expect(strToU8("x")).toBeInstanceOf(Uint8Array);
  });
});
