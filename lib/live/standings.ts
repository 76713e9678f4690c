/** Scores, ranks and the answer distribution of a live game, from plain rows (pure). */

export interface RankedPlayer {
  playerId: string;
  name: string;
  guest: boolean;
  score: number;
  correct: number;
  /** Competition ranking: equal scores share a rank, the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/** Points and right answers of one player: one answer, or a sum of several. */
export interface ScoreRow {
  playerId: string;
  points: number;
  correct: number;
}

/** Every player's total over the rows given, best first; ties share a rank and are listed by name. */
export function rankPlayers(
  players: readonly { id: string; name: string; guest: boolean }[],
  rows: readonly ScoreRow[],
): RankedPlayer[] {
  const totals = new Map<string, { score: number; correct: number }>();
  for (const row of rows) {
    const total = totals.get(row.playerId) ?? { score: 0, correct: 0 };
    total.score += row.points;
    total.correct += row.correct;
    totals.set(row.playerId, total);
  }
  const ranked = players.map((player) => {
    const total = totals.get(player.id) ?? { score: 0, correct: 0 };
    // Sums of two-decimal points drift in binary floating point; round so equal scores tie.
    return { playerId: player.id, name: player.name, guest: player.guest, ...total, score: round2(total.score) };
  });
  ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "en"));
  let rank = 0;
  return ranked.map((row, index) => {
    if (index === 0 || row.score !== ranked[index - 1]!.score) rank = index + 1;
    return { ...row, rank };
  });
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export interface DistributionBar {
  /** The choice, or null for the right/wrong bars of a typed question. */
  choiceId: string | null;
  label: string;
  count: number;
  correct: boolean;
}

/**
 * How the room answered: one bar per choice in the order the room saw them; a typed question gets a
 * "right" and a "wrong" bar.
 */
export function answerDistribution(
  choices: readonly { id: string; text: string }[],
  correctChoiceIds: readonly string[],
  answers: readonly { choiceId: string | null; isCorrect: boolean }[],
): DistributionBar[] {
  if (choices.length === 0) {
    const right = answers.filter((answer) => answer.isCorrect).length;
    return [
      { choiceId: null, label: "Right", count: right, correct: true },
      { choiceId: null, label: "Wrong", count: answers.length - right, correct: false },
    ];
  }
  return choices.map((choice) => ({
    choiceId: choice.id,
    label: choice.text,
    count: answers.filter((answer) => answer.choiceId === choice.id).length,
    correct: correctChoiceIds.includes(choice.id),
  }));
}
