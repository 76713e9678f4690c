import Link from "next/link";
import { getViewer } from "@/lib/dal/viewer";
import { cookies } from "next/headers";
import { getDueReminder } from "@/lib/dal/reviews";
import { viewerTimeZone } from "@/lib/dal/time-zone";
import { dayKey } from "@/lib/review/progress";
import { UserMenu } from "./user-menu";
import { REMINDER_DISMISSED_COOKIE, ReviewReminder } from "./review-reminder";

/** The daily reminder, unless the learner turned reminders off or said "Not today". */
async function reminderFor(): Promise<{ due: number; today: string } | null> {
  const today = dayKey(new Date(), await viewerTimeZone());
  if ((await cookies()).get(REMINDER_DISMISSED_COOKIE)?.value === today) return null;
  const reminder = await getDueReminder();
  return reminder && { due: reminder.due, today };
}

export async function SiteHeader() {
  const viewer = await getViewer();
  const reminder = viewer ? await reminderFor() : null;
  return (
    <>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex h-14 max-w-5xl items-center justify-between gap-2 px-3 sm:gap-4 sm:px-6">
          <Link
            href={viewer ? "/home" : "/"}
            className="flex items-center gap-2 text-lg font-bold tracking-tight text-brand-700"
          >
            <span
              aria-hidden="true"
              className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white"
            >
              Q
            </span>
            <span className={viewer ? "sr-only sm:not-sr-only" : undefined}>Quizwire</span>
          </Link>
          <nav aria-label="Main" className="flex items-center gap-1 text-sm">
            {viewer ? (
              <>
                <Link href="/home" className="rounded px-2 py-2 text-slate-700 hover:bg-slate-100 sm:px-3">
                  Home
                </Link>
                <Link href="/review" className="rounded px-2 py-2 text-slate-700 hover:bg-slate-100 sm:px-3">
                  Review
                  {reminder && (
                    <span className="ml-1 rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-950">
                      {reminder.due}
                      <span className="sr-only"> due</span>
                    </span>
                  )}
                </Link>
                <Link
                  href="/progress"
                  className="hidden rounded px-2 py-2 text-slate-700 hover:bg-slate-100 sm:inline-block sm:px-3"
                >
                  Progress
                </Link>
                <Link href="/articles" className="rounded px-2 py-2 text-slate-700 hover:bg-slate-100 sm:px-3">
                  Articles
                </Link>
                {viewer.role !== "STUDENT" && (
                  <Link href="/teacher" className="rounded px-2 py-2 text-slate-700 hover:bg-slate-100 sm:px-3">
                    Teach
                  </Link>
                )}
                <UserMenu
                  name={viewer.name}
                  email={viewer.email}
                  role={viewer.role}
                  leaderboardOptIn={viewer.leaderboardOptIn}
                />
              </>
            ) : (
              <>
                <Link href="/sign-in" className="rounded px-2 py-2 text-slate-700 hover:bg-slate-100 sm:px-3">
                  Sign in
                </Link>
                <Link
                  href="/sign-up"
                  className="rounded-md bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700"
                >
                  Sign up
                </Link>
              </>
            )}
          </nav>
        </div>
      </header>
      {reminder && <ReviewReminder due={reminder.due} today={reminder.today} />}
    </>
  );
}
