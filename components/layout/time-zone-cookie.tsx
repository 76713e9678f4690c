"use client";

import { useEffect } from "react";

/** Tells the server the browser's time zone, so streaks and "today" follow the learner's calendar. */
export function TimeZoneCookie() {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && !document.cookie.split("; ").includes(`tz=${encodeURIComponent(zone)}`)) {
      document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=${365 * 86_400}; samesite=lax`;
    }
  }, []);
  return null;
}
