import Link from "next/link";
import { signOutAction } from "@/lib/actions/auth";
import { LeaderboardToggle } from "./leaderboard-toggle";

const roleLabel = { STUDENT: "Learner", TEACHER: "Teacher", ADMIN: "Admin" } as const;

/** A disclosure menu built on <details>: keyboard and screen-reader friendly without client JS. */
export function UserMenu({
  name,
  email,
  role,
  leaderboardOptIn,
}: {
  name: string;
  email: string;
  role: keyof typeof roleLabel;
  leaderboardOptIn: boolean;
}) {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <details className="relative sm:ml-2">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-full p-1 hover:bg-slate-100 sm:pr-3 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="grid size-8 place-items-center rounded-full bg-brand-100 text-xs font-semibold text-brand-800"
        >
          {initials}
        </span>
        <span className="sr-only">Account menu: </span>
        <span className="sr-only text-slate-700 sm:not-sr-only">{name}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
        <div className="px-3 py-2">
          <p className="font-medium text-slate-900">{name}</p>
          <p className="truncate text-sm text-slate-600">{email}</p>
          <p className="mt-1 inline-block rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
            {roleLabel[role]}
          </p>
        </div>
        <Link href="/progress" className="block rounded px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
          Your progress and review settings
        </Link>
        <LeaderboardToggle optedIn={leaderboardOptIn} />
        <form action={signOutAction}>
          <button
            type="submit"
            className="w-full rounded px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100"
          >
            Sign out
          </button>
        </form>
      </div>
    </details>
  );
}
