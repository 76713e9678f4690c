"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ScorePointData {
  label: string;
  percent: number;
  title: string;
}

/** Scores over time. The same numbers are listed in the table beside it for screen readers. */
export function ScoreHistoryChart({ points }: { points: ScorePointData[] }) {
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#475569" }} />
          <YAxis
            domain={[0, 100]}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fontSize: 12, fill: "#475569" }}
            width={44}
          />
          <Tooltip
            formatter={(value) => [`${value}%`, "Score"]}
            labelFormatter={(_, payload) => payload?.[0]?.payload?.title ?? ""}
          />
          <Line
            type="monotone"
            dataKey="percent"
            stroke="#2151d1"
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
