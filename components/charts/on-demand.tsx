"use client";

import dynamic from "next/dynamic";

/**
 * The charts, loaded only when a page shows one: recharts is most of a page's JavaScript otherwise.
 * Every chart is decorative (aria-hidden, its numbers are in a table beside it), so nothing is lost
 * while it loads; the placeholder keeps its height so the page does not jump.
 */
const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <div className={`${height} w-full`} aria-hidden="true" />;
  };

export const ScoreHistoryChart = dynamic(
  () => import("./score-history-chart").then((chart) => chart.ScoreHistoryChart),
  { ssr: false, loading: placeholder("h-56") },
);

export const ReviewActivityChart = dynamic(
  () => import("./review-activity-chart").then((chart) => chart.ReviewActivityChart),
  { ssr: false, loading: placeholder("h-64") },
);

export const ScoreDistributionChart = dynamic(
  () => import("./score-distribution-chart").then((chart) => chart.ScoreDistributionChart),
  { ssr: false, loading: placeholder("h-56") },
);
