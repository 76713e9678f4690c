import { XMLBuilder } from "fast-xml-parser";
import { SOURCE_NAME } from "./moodle-xml-import";
import { fileNameFor, type ExportedFile, type PortableQuestion, type PortableSet } from "./types";

export { importMoodleXml } from "./moodle-xml-import";

/**
 * Moodle XML. Multiple choice (single answer), true/false and short answer (our fill-in), with the
 * explanation as general feedback. The set's name is the category; the article source travels as a
 * "description" item, which Moodle shows as text and we read back.
 */

const text = (value: string) => ({ text: value });
const plain = (value: string) => ({ "@_format": "plain_text", text: value });

function questionXml(question: PortableQuestion, index: number) {
  const common = {
    name: text(`Q${index + 1}`),
    questiontext: plain(question.prompt),
    generalfeedback: plain(question.explanation),
    defaultgrade: 1,
    penalty: 0,
    hidden: 0,
  };
  if (question.type === "FILL_IN") {
    return {
      "@_type": "shortanswer",
      ...common,
      usecase: 0,
      answer: question.acceptedAnswers.map((answer) => ({ "@_fraction": 100, "@_format": "plain_text", text: answer })),
    };
  }
  if (question.type === "TRUE_FALSE") {
    const isTrue = question.choices.find((choice) => choice.isCorrect)?.text.toLowerCase() === "true";
    return {
      "@_type": "truefalse",
      ...common,
      answer: [
        { "@_fraction": isTrue ? 100 : 0, text: "true" },
        { "@_fraction": isTrue ? 0 : 100, text: "false" },
      ],
    };
  }
  return {
    "@_type": "multichoice",
    ...common,
    single: "true",
    shuffleanswers: "true",
    answernumbering: "abc",
    answer: question.choices.map((choice) => ({
      "@_fraction": choice.isCorrect ? 100 : 0,
      "@_format": "plain_text",
      text: choice.text,
    })),
  };
}

export function exportMoodleXml(set: PortableSet): ExportedFile {
  const items: object[] = [
    { "@_type": "category", category: text(`$course$/top/${set.title}`), info: plain(set.description) },
  ];
  if (set.source) {
    const lines = [set.source.title, set.source.url ?? "", set.source.publishedAt ?? "", set.source.source ?? ""];
    items.push({
      "@_type": "description",
      name: text(SOURCE_NAME),
      questiontext: plain(lines.join("\n")),
      generalfeedback: plain(""),
      defaultgrade: 0,
      penalty: 0,
      hidden: 0,
    });
  }
  items.push(...set.questions.map(questionXml));
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: true,
    suppressEmptyNode: false,
    suppressBooleanAttributes: false,
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ quiz: { question: items } })}`;
  return {
    filename: fileNameFor(set.title, "moodle.xml"),
    contentType: "application/xml; charset=utf-8",
    body,
    notes: ["Moodle XML keeps explanations and the article source, not the evidence sentence."],
  };
}
