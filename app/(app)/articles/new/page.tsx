import type { Metadata } from "next";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { NewArticleForms } from "@/components/articles/new-article-forms";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await viewerOrSignIn("/articles/new");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">New article</h1>
        <p className="mt-1 text-slate-700">
          Bring a news article in any way you have it. We clean out the clutter and show you exactly what we took out.
        </p>
      </header>
      <NewArticleForms />
    </div>
  );
}
