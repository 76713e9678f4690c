import type { FormatId } from "./types";

/**
 * The formats by name, apart from their parsers: the import form shows this list in the browser, and
 * importing the parsers there would ship papaparse, the XML parser, fflate and zod with it.
 */
export const FORMATS: { id: FormatId; label: string; extensions: string[] }[] = [
  { id: "json", label: "Quizwire JSON (everything, lossless)", extensions: [".quizwire.json", ".json"] },
  { id: "csv", label: "CSV (spreadsheet)", extensions: [".csv"] },
  { id: "gift", label: "GIFT (Moodle)", extensions: [".gift", ".gift.txt"] },
  { id: "aiken", label: "Aiken (Moodle, multiple choice only)", extensions: [".aiken.txt", ".aiken"] },
  { id: "moodle-xml", label: "Moodle XML", extensions: [".xml"] },
  { id: "qti", label: "QTI 3.0 package (.zip)", extensions: [".zip"] },
];

export function isFormatId(value: string): value is FormatId {
  return FORMATS.some((format) => format.id === value);
}
