"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ReviewDayData {
  label: string;
  reviews: number;
  retention: number | null;
}

/** Reviews per day (bars) and the share recalled (line). The page lists the same numbers in a table. */
export function ReviewActivityChart({ days }: { days: ReviewDayData[] }) {
  return (
    <div className="h-64 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={days} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis yAxisId="reviews" allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} width={32} />
          <YAxis
            yAxisId="retention"
            orientation="right"
            domain={[0, 100]}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fontSize: 12, fill: "#475569" }}
            width={44}
          />
          <Tooltip formatter={(value, name) => (name === "Recalled" ? [`${value}%`, name] : [value, name])} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar
            yAxisId="reviews"
            dataKey="reviews"
            name="Reviews"
            fill="#2151d1"
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
          <Line
            yAxisId="retention"
            dataKey="retention"
            name="Recalled"
            stroke="#b45309"
            strokeWidth={2}
            strokeDasharray="5 3"
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
