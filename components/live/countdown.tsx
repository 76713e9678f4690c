"use client";

/** Seconds left as a number in a ring that empties; "Paused" in words when the host has paused. */
export function Countdown({
  remainingMs,
  durationMs,
  paused,
  size = "large",
}: {
  remainingMs: number;
  durationMs: number;
  paused: boolean;
  size?: "large" | "small";
}) {
  const seconds = Math.ceil(remainingMs / 1000);
  const fraction = durationMs > 0 ? Math.min(1, remainingMs / durationMs) : 0;
  const circumference = 2 * Math.PI * 45;
  const urgent = !paused && seconds <= 5;
  return (
    <div
      role="timer"
      aria-label={paused ? `Paused with ${seconds} seconds left` : `${seconds} seconds left`}
      className={`relative grid shrink-0 place-items-center ${size === "large" ? "size-32 text-5xl" : "size-16 text-2xl"}`}
      data-testid="countdown"
    >
      <svg viewBox="0 0 100 100" aria-hidden="true" className="absolute inset-0 -rotate-90">
        <circle cx="50" cy="50" r="45" className="fill-white stroke-slate-200" strokeWidth="8" />
        <circle
          cx="50"
          cy="50"
          r="45"
          fill="none"
          strokeWidth="8"
          strokeLinecap="round"
          className={urgent ? "stroke-rose-700" : "stroke-brand-600"}
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - fraction)}
        />
      </svg>
      <span className={`relative font-bold tabular-nums ${urgent ? "text-rose-800" : "text-slate-900"}`}>
        {paused ? <span className={size === "large" ? "text-xl" : "text-xs"}>Paused</span> : seconds}
      </span>
    </div>
  );
}
