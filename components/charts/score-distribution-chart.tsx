"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** How many students scored in each band of ten points. The page lists the same numbers in the table. */
export function ScoreDistributionChart({ bands }: { bands: { band: string; students: number }[] }) {
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bands} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="band" tick={{ fontSize: 11, fill: "#475569" }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} width={32} />
          <Tooltip formatter={(value) => [value, "Students"]} />
          <Bar dataKey="students" name="Students" fill="#2151d1" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
