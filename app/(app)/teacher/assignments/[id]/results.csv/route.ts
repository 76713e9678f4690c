import { getAssignmentResults } from "@/lib/dal/assignments";
import { resultsCsv, resultsFileName } from "@/lib/formats/results";
import { downloadRefusal } from "@/lib/dal/download-errors";

/** The assignment's per-student results as CSV, for the teacher who owns the class. */
export async function GET(request: Request, { params }: RouteContext<"/teacher/assignments/[id]/results.csv">) {
  const { id } = await params;
  try {
    const results = await getAssignmentResults(id);
    return new Response(resultsCsv(results), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${resultsFileName(results, "csv")}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return downloadRefusal(error, "Those results", request);
  }
}
