import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { resultsCsv, resultsFileName, resultsXlsx, type ResultsForExport } from "@/lib/formats/results";

const results: ResultsForExport = {
  title: "Wang Yi in Moscow",
  className: "Year 10",
  questionCount: 2,
  students: [
    {
      name: "Zoë Ünal",
      email: "zoe@example.test",
      latestPercent: 50,
      correct: 1,
      bestPercent: 100,
      attempts: 2,
      finishedAt: new Date("2026-11-20T10:00:00Z"),
      durationSeconds: 95,
    },
    {
      name: '=HYPERLINK("x")',
      email: "evil@example.test",
      latestPercent: null,
      correct: null,
      bestPercent: null,
      attempts: 0,
      finishedAt: null,
      durationSeconds: null,
    },
  ],
  items: [
    {
      questionId: "q1",
      prompt: "Where?",
      answered: 1,
      correct: 1,
      facility: 0.5,
      discrimination: null,
      choices: [
        { id: "a", text: "Moscow", isCorrect: true, picked: 1, share: 0.5, notWorking: false },
        { id: "b", text: "Minsk", isCorrect: false, picked: 0, share: 0, notWorking: true },
      ],
    },
  ],
};

describe("results downloads", () => {
  it("writes CSV with a BOM, accents intact and formulas neutralised", () => {
    const csv = resultsCsv(results);
    expect(csv.startsWith("\uFEFFStudent,Email,Latest score (%)")).toBe(true);
    expect(csv).toContain("Zoë Ünal,zoe@example.test,50,1,2,100,2,2026-11-20T10:00:00.000Z,95");
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(resultsFileName(results, "csv")).toBe("Wang Yi in Moscow - Year 10.csv");
  });

  it("writes an Excel workbook with a students sheet and a questions sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await resultsXlsx(results)).buffer as ArrayBuffer);
    const students = workbook.getWorksheet("Students")!;
    expect(students.getRow(2).values).toEqual([
      undefined,
      "Zoë Ünal",
      "zoe@example.test",
      50,
      1,
      2,
      100,
      2,
      "2026-11-20T10:00:00.000Z",
      95,
    ]);
    const questions = workbook.getWorksheet("Questions")!;
    expect(questions.rowCount).toBe(3);
    expect(questions.getRow(3).values).toEqual([undefined, 1, "Where?", 50, "", "Minsk", "", 0, 0, "yes"]);
  });
});
