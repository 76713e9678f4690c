import Papa from "papaparse";
import { getAssignmentResults } from "@/lib/dal/assignments";
import { ForbiddenError, NotAuthorizedError, NotFoundError } from "@/lib/dal/errors";

/** The assignment's per-student results as CSV, for the teacher who owns the class. */
export async function GET(_request: Request, { params }: RouteContext<"/teacher/assignments/[id]/results.csv">) {
  const { id } = await params;
  try {
    const results = await getAssignmentResults(id);
    // escapeFormulae: a name like "=HYPERLINK(…)" stays text in a spreadsheet.
    const csv = Papa.unparse(
      {
      fields: ["Student", "Email", "Latest score (%)", "Correct", "Questions", "Best score (%)", "Attempts", "Finished at (UTC)", "Time taken (s)"],
      data: results.students.map((student) => [
        student.name,
        student.email,
        student.latestPercent ?? "",
        student.correct ?? "",
        results.questionCount,
        student.bestPercent ?? "",
        student.attempts,
        student.finishedAt?.toISOString() ?? "",
        student.durationSeconds ?? "",
      ]),
      },
      { escapeFormulae: true },
    );
    const name = `${results.title} - ${results.className}`.replace(/[^\w\- ]+/g, "").trim().slice(0, 80) || "results";
    // The BOM makes Excel read the file as UTF-8 (names with accents).
    return new Response(`\uFEFF${csv}\r\n`, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof NotAuthorizedError) return new Response("Please sign in to download results.", { status: 401 });
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return new Response("Those results were not found.", { status: 404 });
    throw error;
  }
}
