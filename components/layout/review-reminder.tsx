"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

export const REMINDER_DISMISSED_COOKIE = "review-reminder-dismissed";

/** The in-app daily reminder: shown while reviews are due, hidden for the rest of the day on "Not today". */
export function ReviewReminder({ due, today }: { due: number; today: string }) {
  const pathname = usePathname();
  const [hidden, setHidden] = useState(false);
  if (hidden || pathname.startsWith("/review")) return null;
  const dismiss = () => {
    document.cookie = `${REMINDER_DISMISSED_COOKIE}=${today}; path=/; max-age=${2 * 86_400}; samesite=lax`;
    setHidden(true);
  };
  return (
    <div role="region" aria-label="Review reminder" className="border-b border-amber-200 bg-amber-50 print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-3 py-2 text-sm sm:px-6">
        <p className="text-amber-950" data-testid="review-reminder">
          <span aria-hidden="true">⏰ </span>
          You have {due} {due === 1 ? "review" : "reviews"} due today.
        </p>
        <Link
          href="/review/session"
          className="rounded-md bg-amber-700 px-3 py-1 font-medium text-white hover:bg-amber-800"
        >
          Review now
        </Link>
        <button
          type="button"
          onClick={dismiss}
          className="ml-auto rounded px-2 py-1 text-amber-950 underline hover:bg-amber-100"
        >
          Not today
        </button>
      </div>
    </div>
  );
}
