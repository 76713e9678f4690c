import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getViewer } from "@/lib/dal/viewer";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl } = await searchParams;
  const returnTo = typeof callbackUrl === "string" ? callbackUrl : undefined;
  if (await getViewer()) redirect(returnTo?.startsWith("/") ? returnTo : "/home");
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mb-6 text-slate-600">Welcome back. Your quizzes and reviews are waiting.</p>
      <SignInForm callbackUrl={returnTo} />
    </section>
  );
}
