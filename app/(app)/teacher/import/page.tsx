import type { Metadata } from "next";
import Link from "next/link";
import { teacherOrForbidden } from "@/lib/dal/page-guards";
import { ImportSetForm } from "@/components/teacher/import-set-form";

export const metadata: Metadata = { title: "Import questions" };

export default async function ImportPage() {
  await teacherOrForbidden("/teacher/import");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header>
        <p className="text-sm font-medium text-brand-700">
          <Link href="/teacher" className="underline">
            Teach
          </Link>{" "}
          / Import
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Import questions</h1>
        <p className="mt-1 text-slate-700">
          Bring in questions from Moodle, another quiz tool or a spreadsheet. They become a new draft set you can review
          and edit.
        </p>
      </header>
      <ImportSetForm />
    </div>
  );
}
