import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
      <h1 className="text-2xl font-bold">This page is for teachers</h1>
      <p className="mt-2 text-slate-700">
        Your account is a learner account, so it cannot open teacher tools. If you teach, ask for a teacher account or
        sign up as a teacher.
      </p>
      <Link
        href="/home"
        className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        Back to your home
      </Link>
    </section>
  );
}
