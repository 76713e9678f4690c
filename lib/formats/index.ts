import { exportAiken, importAiken } from "./aiken";
import { FORMATS } from "./catalog";
import { exportCsv, importCsv } from "./csv";
import { exportGift, importGift } from "./gift";
import { exportJson, importJson } from "./json";
import { exportMoodleXml, importMoodleXml } from "./moodle-xml";
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_QUESTIONS, tooManyQuestions } from "./limits";
import { exportQti, importQti } from "./qti";
import type { ExportedFile, FormatId, ImportResult, PortableSet } from "./types";

export type {
  ExportedFile,
  FormatId,
  ImportIssue,
  ImportResult,
  PortableQuestion,
  PortableSet,
  PortableSource,
} from "./types";

export { FORMATS, isFormatId } from "./catalog";

export function exportSet(set: PortableSet, format: FormatId): ExportedFile {
  switch (format) {
    case "json":
      return exportJson(set);
    case "csv":
      return exportCsv(set);
    case "gift":
      return exportGift(set);
    case "aiken":
      return exportAiken(set);
    case "moodle-xml":
      return exportMoodleXml(set);
    case "qti":
      return exportQti(set);
  }
}

/** The format a file is in, from its name, then its first bytes. */
export function detectFormat(fileName: string, bytes: Uint8Array): FormatId | null {
  const name = fileName.toLowerCase();
  for (const format of [...FORMATS].sort(
    (a, b) => Math.max(...b.extensions.map((e) => e.length)) - Math.max(...a.extensions.map((e) => e.length)),
  )) {
    if (format.extensions.some((extension) => name.endsWith(extension))) return format.id;
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "qti";
  const head = new TextDecoder()
    .decode(bytes.slice(0, 2000))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{")) return "json";
  if (head.startsWith("<")) return "moodle-xml";
  if (/^ANSWER:\s*[A-J]\s*$/im.test(head)) return "aiken";
  if (/\{[^}]*[=~]/.test(head) || /^::/m.test(head)) return "gift";
  if (/^[^\n]*,/.test(head)) return "csv";
  return null;
}

function importByFormat(bytes: Uint8Array, format: FormatId): ImportResult {
  if (format === "qti") return importQti(bytes);
  const text = new TextDecoder("utf-8").decode(bytes);
  switch (format) {
    case "json":
      return importJson(text);
    case "csv":
      return importCsv(text);
    case "gift":
      return importGift(text);
    case "aiken":
      return importAiken(text);
    case "moodle-xml":
      return importMoodleXml(text);
  }
}

/** Every import goes through here: the size caps hold for every format, and nothing is partly kept past them. */
export function importSet(bytes: Uint8Array, format: FormatId): ImportResult {
  const empty = { title: "", description: "", source: null, questions: [] };
  if (bytes.length > MAX_IMPORT_FILE_BYTES)
    return { set: empty, issues: [{ message: "That file is over 2 MB; question files are usually far smaller." }] };
  const result = importByFormat(bytes, format);
  const count = result.set.questions.length + result.issues.filter((issue) => issue.question).length;
  if (count > MAX_IMPORT_QUESTIONS) return { set: { ...empty }, issues: [{ message: tooManyQuestions(count) }] };
  return { ...result, notes: result.notes ?? [] };
}
