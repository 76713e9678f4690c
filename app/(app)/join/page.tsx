import type { Metadata } from "next";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { JoinClassForm } from "@/components/learner/join-class-form";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({ searchParams }: PageProps<"/join">) {
  const { code } = await searchParams;
  const given = typeof code === "string" ? code.slice(0, 40) : undefined;
  await viewerOrSignIn(given ? `/join?code=${encodeURIComponent(given)}` : "/join");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Join a class</h1>
        <p className="mt-1 text-slate-700">
          Enter the code your teacher shared. Their assignments then appear on your home page.
        </p>
      </header>
      <JoinClassForm code={given} />
    </div>
  );
}
