import { getAssignmentResults } from "@/lib/dal/assignments";
import { resultsFileName, resultsXlsx } from "@/lib/formats/results";
import { downloadRefusal } from "@/lib/dal/download-errors";

/** The assignment's results as an Excel workbook: students, and each question's statistics. */
export async function GET(request: Request, { params }: RouteContext<"/teacher/assignments/[id]/results.xlsx">) {
  const { id } = await params;
  try {
    const results = await getAssignmentResults(id);
    return new Response(new Blob([(await resultsXlsx(results)) as Uint8Array<ArrayBuffer>]), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${resultsFileName(results, "xlsx")}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return downloadRefusal(error, "Those results", request);
  }
}
