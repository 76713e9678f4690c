import Link from "next/link";
import type { ImportOutcome } from "@/lib/dal/set-transfer";

type Issue = { message: string };

function IssueList({ issues, testId }: { issues: Issue[]; testId: string }) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-900" data-testid={testId}>
      {issues.map((issue, index) => (
        <li key={index}>{issue.message}</li>
      ))}
    </ul>
  );
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What an import did, question by question: refused ones with their reason, imported ones with what they lost. */
export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const notes =
    outcome.notes.length > 0 ? (
      <div className="space-y-1">
        <h3 className="text-sm font-semibold text-slate-900">
          {outcome.status === "imported" ? "Imported with changes" : "Would be imported with changes"} (
          {plural(outcome.notes.length, "question", "questions")})
        </h3>
        <IssueList issues={outcome.notes} testId="import-notes" />
      </div>
    ) : null;
  if (outcome.status === "refused")
    return (
      <section
        role="alert"
        aria-labelledby="import-problems"
        className="space-y-3 rounded-xl border border-rose-300 bg-rose-50 p-5"
        data-testid="import-problems"
      >
        <h2 id="import-problems" className="font-semibold text-rose-950">
          Nothing was imported: {plural(outcome.issues.length, "problem", "problems")} (
          {plural(outcome.validCount, "valid question", "valid questions")})
        </h2>
        <IssueList issues={outcome.issues} testId="import-refusals" />
        {notes}
        <p className="text-sm text-slate-800">
          Fix the file and import it again{outcome.validCount > 0 ? ", or tick “import the valid ones anyway”" : ""}.
        </p>
      </section>
    );
  return (
    <section
      role="status"
      className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-5"
      data-testid="import-skipped"
    >
      <h2 className="font-semibold text-amber-950">
        Imported {plural(outcome.imported, "question", "questions")}
        {outcome.skipped.length > 0 ? `; skipped ${outcome.skipped.length}` : ""}
      </h2>
      {outcome.skipped.length > 0 && <IssueList issues={outcome.skipped} testId="import-refusals" />}
      {notes}
      <Link href={`/teacher/sets/${outcome.setId}`} className="font-medium text-brand-700 underline">
        Open the imported set
      </Link>
    </section>
  );
}
