import Link from "next/link";
import { getViewer } from "@/lib/dal/viewer";

const steps = [
  {
    title: "Bring an article",
    body: "Paste text, upload a file or give a link. Share buttons, captions and “Also read” lines are cleaned away — and shown, so you can put back anything we got wrong.",
  },
  {
    title: "Get a fair quiz",
    body: "Who, what, where, when, how many and who said it, with plausible wrong answers. Every question quotes the exact sentence it rests on.",
  },
  {
    title: "Learn, not just score",
    body: "Explanations after each answer, your mistakes collected for review, and missed facts brought back before you forget them.",
  },
];

export default async function LandingPage() {
  const viewer = await getViewer();
  return (
    <div className="space-y-14 py-6">
      <section className="max-w-3xl space-y-5">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Current-affairs quizzes</p>
        <h1 className="text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
          Today&apos;s news, turned into a quiz you can trust — in seconds.
        </h1>
        <p className="text-lg text-slate-700">
          Quizwire reads a news article, picks out its facts and writes questions grounded in the source. Teachers
          review and assign them; learners see why every answer is right.
        </p>
        <div className="flex flex-wrap gap-3">
          {viewer ? (
            <Link href="/home" className="rounded-md bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700">
              Go to your home
            </Link>
          ) : (
            <>
              <Link
                href="/sign-up"
                className="rounded-md bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700"
              >
                Create a free account
              </Link>
              <Link
                href="/sign-in"
                className="rounded-md border border-slate-300 bg-white px-5 py-3 font-medium text-slate-800 hover:bg-slate-100"
              >
                Sign in
              </Link>
            </>
          )}
          <Link
            href="/live"
            className="rounded-md border border-slate-300 bg-white px-5 py-3 font-medium text-slate-800 hover:bg-slate-100"
          >
            Join a live game
          </Link>
        </div>
      </section>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="mb-4 text-xl font-semibold">
          How it works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <span
                aria-hidden="true"
                className="mb-3 grid size-8 place-items-center rounded-full bg-brand-100 font-semibold text-brand-800"
              >
                {index + 1}
              </span>
              <h3 className="mb-1 font-semibold">{step.title}</h3>
              <p className="text-sm text-slate-700">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
