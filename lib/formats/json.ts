import { z } from "zod";
import { fileNameFor, questionProblems, type ExportedFile, type ImportResult, type PortableSet } from "./types";

/** Quizwire's own lossless format: everything a set holds, as JSON. */
const FORMAT = "quizwire-set";
const VERSION = 1;

const questionSchema = z.object({
  type: z.enum(["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_IN", "WHO_SAID"]),
  prompt: z.string(),
  choices: z.array(z.object({ text: z.string(), isCorrect: z.boolean() })).default([]),
  acceptedAnswers: z.array(z.string()).default([]),
  explanation: z.string().default(""),
  evidence: z.string().nullable().default(null),
  kind: z.string().nullable().optional(),
  difficulty: z.number().min(0).max(1).optional(),
  topics: z.array(z.string()).optional(),
});

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  set: z.object({
    title: z.string().min(1),
    description: z.string().default(""),
    source: z
      .object({
        title: z.string(),
        url: z.string().nullable(),
        publishedAt: z.string().nullable(),
        source: z.string().nullable(),
      })
      .nullable()
      .default(null),
    questions: z.array(z.unknown()),
  }),
});

export function exportJson(set: PortableSet): ExportedFile {
  return {
    filename: fileNameFor(set.title, "quizwire.json"),
    contentType: "application/json",
    body: `${JSON.stringify({ format: FORMAT, version: VERSION, set }, null, 2)}\n`,
    notes: [],
  };
}

function lineOf(text: string, position: number): number {
  return text.slice(0, position).split("\n").length;
}

export function importJson(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec(String(error))?.[1]);
    return {
      set: { title: "", description: "", source: null, questions: [] },
      issues: [
        { line: Number.isFinite(position) ? lineOf(text, position) : undefined, message: "This is not valid JSON." },
      ],
    };
  }
  const file = fileSchema.safeParse(raw);
  if (!file.success) {
    return {
      set: { title: "", description: "", source: null, questions: [] },
      issues: [
        {
          message:
            `This JSON is not a Quizwire question set (expected "format": "${FORMAT}", "version": ${VERSION}, ` +
            "and a set with a title).",
        },
      ],
    };
  }
  const set: PortableSet = { ...file.data.set, questions: [] };
  const issues: ImportResult["issues"] = [];
  file.data.set.questions.forEach((item, index) => {
    const parsed = questionSchema.safeParse(item);
    if (!parsed.success) {
      issues.push({
        question: index + 1,
        message: `Question ${index + 1}: ${parsed.error.issues
          .map((issue) => `${issue.path.join(".") || "question"} ${issue.message.toLowerCase()}`)
          .join("; ")}.`,
      });
      return;
    }
    const problems = questionProblems(parsed.data);
    if (problems.length)
      issues.push({ question: index + 1, message: `Question ${index + 1}: ${problems.join("; ")}.` });
    else set.questions.push(parsed.data);
  });
  return { set, issues };
}
