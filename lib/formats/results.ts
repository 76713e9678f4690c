import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { ItemStats } from "@/lib/scoring/item-analysis";

/** An assignment's results as a spreadsheet: one row per student, and (in XLSX) one per question. */
export interface ResultsForExport {
  title: string;
  className: string;
  questionCount: number;
  students: {
    name: string;
    email: string;
    latestPercent: number | null;
    correct: number | null;
    bestPercent: number | null;
    attempts: number;
    finishedAt: Date | null;
    durationSeconds: number | null;
  }[];
  items: ItemStats[];
}

const STUDENT_HEADER = [
  "Student",
  "Email",
  "Latest score (%)",
  "Correct",
  "Questions",
  "Best score (%)",
  "Attempts",
  "Finished at (UTC)",
  "Time taken (s)",
];

function studentRows(results: ResultsForExport): (string | number)[][] {
  return results.students.map((student) => [
    student.name,
    student.email,
    student.latestPercent ?? "",
    student.correct ?? "",
    results.questionCount,
    student.bestPercent ?? "",
    student.attempts,
    student.finishedAt?.toISOString() ?? "",
    student.durationSeconds ?? "",
  ]);
}

export function resultsFileName(results: ResultsForExport, extension: string): string {
  return `${
    `${results.title} - ${results.className}`
      .replace(/[^\w\- ]+/g, "")
      .trim()
      .slice(0, 80) || "results"
  }.${extension}`;
}

/** CSV with a BOM so Excel reads it as UTF-8; formulas in names are neutralised. */
export function resultsCsv(results: ResultsForExport): string {
  return `\uFEFF${Papa.unparse({ fields: STUDENT_HEADER, data: studentRows(results) }, { escapeFormulae: true })}\r\n`;
}

export async function resultsXlsx(results: ResultsForExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Quizwire";
  const students = workbook.addWorksheet("Students");
  students.addRow(STUDENT_HEADER).font = { bold: true };
  for (const row of studentRows(results)) students.addRow(row);
  students.columns.forEach((column, index) => (column.width = index < 2 ? 28 : 16));
  const items = workbook.addWorksheet("Questions");
  items.addRow([
    "#",
    "Question",
    "Facility (%)",
    "Discrimination",
    "Choice",
    "Right answer",
    "Picked",
    "Share (%)",
    "Not working",
  ]).font = { bold: true };
  results.items.forEach((item, index) => {
    const facility = item.facility === null ? "" : Math.round(item.facility * 100);
    const discrimination = item.discrimination === null ? "" : Number(item.discrimination.toFixed(2));
    if (item.choices.length === 0) items.addRow([index + 1, item.prompt, facility, discrimination]);
    for (const choice of item.choices) {
      items.addRow([
        index + 1,
        item.prompt,
        facility,
        discrimination,
        choice.text,
        choice.isCorrect ? "yes" : "",
        choice.picked,
        Math.round(choice.share * 100),
        choice.notWorking ? "yes" : "",
      ]);
    }
  });
  items.getColumn(2).width = 60;
  items.getColumn(5).width = 28;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
