import { isFormatId } from "@/lib/formats";
import { exportOwnSet } from "@/lib/dal/set-transfer";
import { downloadRefusal } from "@/lib/dal/download-errors";

/** Downloads the teacher's own set in one of the exchange formats. */
export async function GET(request: Request, { params }: RouteContext<"/teacher/sets/[id]/export/[format]">) {
  const { id, format } = await params;
  if (!isFormatId(format))
    return new Response("Unknown format. Use json, csv, gift, aiken, moodle-xml or qti.", { status: 404 });
  try {
    const file = await exportOwnSet(id, format);
    const body = typeof file.body === "string" ? file.body : new Blob([file.body as Uint8Array<ArrayBuffer>]);
    return new Response(body, {
      headers: {
        "content-type": file.contentType,
        // An ASCII name for old clients, the exact one (accents and all) for the rest.
        "content-disposition": `attachment; filename="${file.filename.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return downloadRefusal(error, "That question set's questions", request);
  }
}
