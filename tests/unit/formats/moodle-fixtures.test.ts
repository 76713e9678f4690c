import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectFormat, importSet } from "@/lib/formats";

/** Moodle's own test files (tests/fixtures/moodle, sources in its README), read as a teacher would see them. */
const fixture = (path: string) => {
  const file = `tests/fixtures/moodle/${path}`;
  const bytes = readFileSync(file);
  return importSet(bytes, detectFormat(file, bytes)!);
};
const messages = (issues: { message: string }[] | undefined) => (issues ?? []).map((issue) => issue.message);
const tf = (right: "True" | "False") => [
  { text: "True", isCorrect: right === "True" },
  { text: "False", isCorrect: right === "False" },
];

describe("Moodle's GIFT test file (questions.gift.txt)", () => {
  const result = fixture("gift/questions.gift.txt");

  it("imports 5 of its 9 questions, with clean stems, choices and keys", () => {
    expect(result.set.questions).toEqual([
      {
        type: "MULTIPLE_CHOICE",
        prompt: "What's between orange and green in the spectrum?",
        // No "[plain]" marker, no "# right; good!" feedback in the choices.
        choices: [
          { text: "yellow", isCorrect: true },
          { text: "red", isCorrect: false },
          { text: "blue", isCorrect: false },
        ],
        acceptedAnswers: [],
        explanation: "",
        evidence: null,
      },
      {
        type: "FILL_IN",
        prompt: "Which is the best animal?",
        choices: [],
        // Only the 100% answer: not the 50% "Cat", not the 0% wildcard "*".
        acceptedAnswers: ["Frog"],
        explanation: "",
        evidence: null,
      },
      {
        type: "TRUE_FALSE",
        // No "_____" and no stray `";` from after the closing brace.
        prompt: "42 is the Absolute Answer to everything.",
        choices: tf("False"),
        acceptedAnswers: [],
        explanation: "This is, of course, a Hitchiker's Guide to the Galaxy reference.",
        evidence: null,
      },
      {
        type: "TRUE_FALSE",
        prompt: "TSL is blablabla.",
        choices: tf("True"),
        acceptedAnswers: [],
        explanation: "",
        evidence: null,
      },
      {
        type: "TRUE_FALSE",
        prompt: "TSL is blablabla.",
        choices: tf("True"),
        acceptedAnswers: [],
        explanation: "",
        evidence: null,
      },
    ]);
  });

  it("refuses 4 in plain words, naming each question and its line", () => {
    expect(messages(result.issues)).toEqual([
      "Question 1 “Q8” (line 2): essay questions are not supported: they have no answer Quizwire can mark.",
      "Question 2 “Moodle activities” (line 5): matching questions are not supported.",
      "Question 4 “colours” (line 22): multiple-response questions are not supported " +
        "(a Quizwire question has exactly one right answer).",
      "Question 5 “Q5” (line 31): numerical questions are not supported.",
    ]);
  });

  it("notes what 3 imported questions lost: answer feedback, partial credit, stray punctuation", () => {
    const feedback = "the feedback on each answer was left out (Quizwire keeps one explanation per question)";
    expect(messages(result.notes)).toEqual([
      `Question 3 “Q2” (line 14): ${feedback}.`,
      "Question 6 “Shortanswer” (line 34): “Cat” (50%) earned partial credit in Moodle; Quizwire has no " +
        `partial credit, so it counts as wrong; ${feedback}.`,
      `Question 7 “Q1” (line 41): the stray “";” after its answers was left out; ${feedback}.`,
    ]);
  });
});

describe("GIFT details Moodle's tests check", () => {
  const gift = (text: string) => importSet(new TextEncoder().encode(text), "gift");

  it("handles Moodle's escapes \\: \\= \\~ \\# \\{ \\} and \\n", () => {
    const result = gift("::Esc\\:aped:: 1 \\= 1 \\~ \\# \\{ok\\}\\nnext line? {=yes\\=sure ~no\\~way}");
    expect(result.issues).toEqual([]);
    expect(result.set.questions[0]!.prompt).toBe("1 = 1 ~ # {ok}\nnext line?");
    expect(result.set.questions[0]!.choices.map((choice) => choice.text)).toEqual(["yes=sure", "no~way"]);
  });

  it("reads [html] text as a learner sees it, entities decoded", () => {
    const result = gift("[html]<p>Fish &amp; chips &lt;3 &eacute;t&eacute;</p> {=Yes ~[html]<b>No</b>}");
    expect(result.set.questions[0]!.prompt).toBe("Fish & chips <3 été");
    expect(result.set.questions[0]!.choices.map((choice) => choice.text)).toEqual(["Yes", "No"]);
  });

  it("keeps the missing-word blank where words follow the answers", () => {
    const result = gift("Grant is {~buried =entombed ~living} in Grant's tomb.");
    expect(result.set.questions[0]!.prompt).toBe("Grant is _____ in Grant's tomb.");
  });

  it("refuses a multiple response with one 100% answer the way Moodle reads it (no = sign)", () => {
    const result = gift("::colours:: Which? {~%100%yellow # right ~%-50%red ~%-50%blue}");
    expect(messages(result.issues)[0]).toMatch(/multiple-response questions are not supported/);
  });

  it("leaves out a 100% wildcard answer with a note, and refuses when nothing markable is left", () => {
    const kept = gift("Name one? {=Frog =*}");
    expect(kept.set.questions[0]!.acceptedAnswers).toEqual(["Frog"]);
    expect(messages(kept.notes)[0]).toMatch(/“\*” used Moodle's \* wildcard/);
    const refused = gift("Name one? {=%50%Frog =*}");
    expect(messages(refused.issues)[0]).toMatch(/it has no answer worth 100% that Quizwire can mark/);
  });
});

describe("Moodle's Aiken test files", () => {
  it("questions.aiken.txt: both questions, HTML-looking text kept as text", () => {
    const result = fixture("aiken/questions.aiken.txt");
    expect(result.issues).toEqual([]);
    expect(result.set.questions.map((question) => [question.prompt, question.choices])).toEqual([
      [
        "The Moodle project was started by:",
        [
          { text: "Petr Skoda", isCorrect: false },
          { text: "Martin Dougiamas", isCorrect: true },
          { text: "Eloy Lafuente", isCorrect: false },
          { text: "Tim Hunt", isCorrect: false },
        ],
      ],
      ['Moodle\'s abilities include handling user input that includes <html class="cool"> & images:', tf("True")],
    ]);
  });

  it("aiken_errors.txt: the 2 good questions, and the 4 problems at the lines Moodle reports", () => {
    const result = fixture("aiken/aiken_errors.txt");
    expect(result.set.questions.map((question) => [question.prompt, question.choices])).toEqual([
      [
        "A good question",
        [
          { text: "Correct", isCorrect: true },
          { text: "Incorrect", isCorrect: false },
        ],
      ],
      [
        "A second good question",
        [
          { text: "Incorrect (No space)", isCorrect: false },
          { text: "Correct (No space)", isCorrect: true },
        ],
      ],
    ]);
    // Moodle: "at least 2 answers on line 3", "not started on line 5" and "7", "not completed … on line 18".
    expect(messages(result.issues)).toEqual([
      "Line 3: the question “A question with too few answers” was not imported: " +
        "a question must have at least 2 choices.",
      "Line 5: this choice comes before any question (question not started).",
      "Line 7: this ANSWER line comes before any question (question not started).",
      "Line 18: the question “A question started but not finished” was not imported: " +
        "it had no ANSWER line before the next question started here (question not completed).",
    ]);
  });
});

describe("Moodle's XML test files", () => {
  const figures = (path: string) => {
    const result = fixture(`xml/${path}`);
    return [result.set.questions.length, result.issues.length, result.notes?.length ?? 0];
  };

  it("imports 10 of the 20 questions in 9 files and refuses the other 10 (cloze, essay, multiple response)", () => {
    expect({
      "multichoice.xml": figures("multichoice.xml"),
      "multianswer.xml": figures("multianswer.xml"),
      "sample_questions_with_old_image_tag.xml": figures("sample_questions_with_old_image_tag.xml"),
      "broken_cloze_questions.xml": figures("broken_cloze_questions.xml"),
      "error_invalid_grades.xml": figures("error_invalid_grades.xml"),
      "html_chars_in_idnumbers.xml": figures("html_chars_in_idnumbers.xml"),
      "nested_categories_with_questions.xml": figures("nested_categories_with_questions.xml"),
      "categories_reverse_order.xml": figures("categories_reverse_order.xml"),
      "old_format_file.xml": figures("old_format_file.xml"),
    }).toEqual({
      // [imported, refused, imported with a note]
      "multichoice.xml": [1, 0, 1],
      "multianswer.xml": [0, 1, 0],
      "sample_questions_with_old_image_tag.xml": [1, 1, 1],
      "broken_cloze_questions.xml": [0, 5, 0],
      "error_invalid_grades.xml": [0, 1, 0],
      "html_chars_in_idnumbers.xml": [1, 0, 0],
      "nested_categories_with_questions.xml": [4, 1, 0],
      "categories_reverse_order.xml": [1, 1, 0],
      "old_format_file.xml": [2, 0, 0],
    });
  });

  it("multichoice.xml: the HTML question and choices as a learner reads them, pictures noted", () => {
    const result = fixture("xml/multichoice.xml");
    expect(result.set.questions[0]).toMatchObject({
      type: "MULTIPLE_CHOICE",
      prompt: "Listen to this greeting:\nWhat language is being spoken?",
      choices: [
        { text: "English", isCorrect: false },
        { text: "French", isCorrect: true },
        { text: "German", isCorrect: false },
        { text: "Danish", isCorrect: false },
      ],
    });
    expect(messages(result.notes)).toEqual([
      "Question 1 “Greeting” (line 12): the feedback on each answer was left out (Quizwire keeps one explanation " +
        "per question); its 5 pictures or sound files were left out (Quizwire keeps text only).",
    ]);
  });

  it('decodes HTML entities: &quot;image&quot; reads as "image"', () => {
    const result = fixture("xml/sample_questions_with_old_image_tag.xml");
    expect(result.set.questions[0]).toMatchObject({
      prompt: 'This is a multichoice question with an image in the old "image" field that was used in Moodle 1.9',
      choices: [
        { text: "wrong answer", isCorrect: false },
        { text: "another wrong answer", isCorrect: false },
        { text: "right answer", isCorrect: true },
      ],
    });
  });

  it("refuses in words, naming each question", () => {
    expect(messages(fixture("xml/error_invalid_grades.xml").issues)).toEqual([
      "Question 1 “Question with invalid grades : x > 1 & x < 2” (line 4): multiple-response questions are not " +
        "supported (a Quizwire question has exactly one right answer).",
    ]);
    expect(messages(fixture("xml/broken_cloze_questions.xml").issues)[0]).toBe(
      "Question 1 “Multianswer question without subquestions” (line 4): " +
        "cloze (embedded answers) questions are not supported.",
    );
    expect(messages(fixture("xml/nested_categories_with_questions.xml").issues)).toEqual([
      "Question 2 “Kappa Essay Question” (line 55): essay questions are not supported: " +
        "they have no answer Quizwire can mark.",
    ]);
  });

  it("a short answer accepts only its 100% answers", () => {
    const result = fixture("xml/categories_reverse_order.xml");
    expect(result.set.questions).toEqual([
      {
        type: "FILL_IN",
        prompt: "Testing Sigma Question",
        choices: [],
        acceptedAnswers: ["yes"],
        explanation: "",
        evidence: null,
      },
    ]);
  });

  it("true/false keys and stems from HTML", () => {
    const result = fixture("xml/nested_categories_with_questions.xml");
    expect(result.set.questions.map((question) => [question.prompt, question.choices])).toEqual([
      ["Testing Iota Question", tf("True")],
      ["Testing Kappa Question", tf("True")],
      ["Testing Lambda Question", tf("True")],
      ["Testing Mu Question", tf("True")],
    ]);
  });
});
