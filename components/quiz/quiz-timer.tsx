"use client";

import { useEffect, useState } from "react";

/** A visible countdown; the server enforces the same deadline, this only shows it. */
export function QuizTimer({ deadline, onExpire }: { deadline: Date; onExpire: () => void }) {
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => Math.max(0, end - Date.now()));
  useEffect(() => {
    const tick = setInterval(() => {
      const remaining = Math.max(0, end - Date.now());
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(tick);
        onExpire();
      }
    }, 500);
    return () => clearInterval(tick);
  }, [end, onExpire]);
  const seconds = Math.ceil(left / 1000);
  const label = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <p
      className={`rounded-md px-3 py-1 font-mono text-sm ${seconds <= 30 ? "bg-rose-100 text-rose-900" : "bg-slate-100 text-slate-800"}`}
      aria-live={seconds <= 30 ? "polite" : "off"}
    >
      <span className="sr-only">Time left: </span>
      {label}
    </p>
  );
}
