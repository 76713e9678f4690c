import { parseTopic } from "@/lib/generation/topics";

/**
 * Learning progress from answers and reviews: streaks, reviews per day, retention and topic
 * mastery. Days are calendar days in the learner's time zone, so a review at 23:30 counts for
 * that evening, not for the next UTC day.
 */
export function dayKey(date: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

function previousDay(key: string): string {
  const date = new Date(`${key}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Consecutive days with any activity, ending today (or yesterday: a streak is not lost until today is over). */
export function currentStreak(activeDays: Iterable<string>, today: string): number {
  const days = new Set(activeDays);
  let day = days.has(today) ? today : previousDay(today);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = previousDay(day);
  }
  return streak;
}

export interface ReviewEvent {
  reviewedAt: Date;
  isCorrect: boolean;
}

export interface DayStats {
  day: string;
  reviews: number;
  recalled: number;
  /** Share of reviews answered correctly that day, 0–100; null on a day without reviews. */
  retention: number | null;
}

/** The last `days` days (oldest first), with reviews and how many were recalled on each. */
export function reviewsPerDay(events: ReviewEvent[], now: Date, timeZone: string, days = 30): DayStats[] {
  const keys: string[] = [];
  let key = dayKey(now, timeZone);
  for (let i = 0; i < days; i++) {
    keys.unshift(key);
    key = previousDay(key);
  }
  const byDay = new Map(keys.map((day) => [day, { day, reviews: 0, recalled: 0, retention: null as number | null }]));
  for (const event of events) {
    const stats = byDay.get(dayKey(event.reviewedAt, timeZone));
    if (!stats) continue;
    stats.reviews++;
    if (event.isCorrect) stats.recalled++;
  }
  for (const stats of byDay.values())
    stats.retention = stats.reviews ? Math.round((stats.recalled / stats.reviews) * 100) : null;
  return [...byDay.values()];
}

export interface TopicEvidence {
  topics: string[];
  isCorrect: boolean;
}

export type MasteryStatus = "mastered" | "learning" | "weak";

export interface TopicMastery {
  topic: string;
  kind: string;
  name: string;
  answered: number;
  correct: number;
  accuracy: number;
  status: MasteryStatus;
}

/** Mastered: at least three answers and 80% right. Weak: under 60% right. Learning: the rest. */
export function masteryStatus(answered: number, correct: number): MasteryStatus {
  const accuracy = answered ? correct / answered : 0;
  if (answered >= 3 && accuracy >= 0.8) return "mastered";
  if (accuracy < 0.6) return "weak";
  return "learning";
}

/** Per topic, how often the learner got questions about it right, weakest first. */
export function topicMastery(evidence: TopicEvidence[]): TopicMastery[] {
  const byTopic = new Map<string, { answered: number; correct: number }>();
  for (const item of evidence) {
    for (const topic of item.topics) {
      const counts = byTopic.get(topic) ?? { answered: 0, correct: 0 };
      counts.answered++;
      if (item.isCorrect) counts.correct++;
      byTopic.set(topic, counts);
    }
  }
  return [...byTopic.entries()]
    .map(([topic, { answered, correct }]) => ({
      topic,
      ...parseTopic(topic),
      answered,
      correct,
      accuracy: Math.round((correct / answered) * 100),
      status: masteryStatus(answered, correct),
    }))
    .sort((a, b) => a.accuracy - b.accuracy || b.answered - a.answered || a.topic.localeCompare(b.topic));
}
