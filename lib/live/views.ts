/**
 * What the host's screen and each player's phone are sent, built from one snapshot of the game (pure).
 * The snapshot carries a round's key only once the round is closed, and these views pass it on only
 * then, so nothing sent while a question is open can tell a player the answer.
 */
import { displayPoints, remainingMs, type LiveStatus } from "./rules";
import { answerDistribution, rankPlayers, type DistributionBar, type RankedPlayer, type ScoreRow } from "./standings";

export type LiveQuestionType = "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID";

export interface RoundKey {
  correctChoiceIds: string[];
  correctAnswers: string[];
  explanation: string;
  /** The sentence the answer rests on; parts that would answer questions still to come are hidden. */
  evidence: string | null;
  withheld: boolean;
}

export interface SnapshotPlayer {
  id: string;
  name: string;
  guest: boolean;
  userId: string | null;
  removed: boolean;
}

export interface SnapshotRound {
  id: string;
  position: number;
  type: LiveQuestionType;
  prompt: string;
  /** In the order the room sees them. */
  choices: { id: string; text: string }[];
  openedAt: Date;
  durationMs: number;
  pausedMs: number;
  closedAt: Date | null;
  skipped: boolean;
  /** Who has answered and what they gave; correctness is in `reveal`, once the round is closed. */
  answers: { playerId: string; choiceId: string | null; text: string | null }[];
  reveal: {
    key: RoundKey;
    results: { playerId: string; isCorrect: boolean; points: number; matchedAnswer: string | null }[];
  } | null;
}

export interface LiveSnapshot {
  gameId: string;
  pin: string | null;
  title: string;
  status: LiveStatus;
  pausedAt: Date | null;
  version: number;
  secondsPerQuestion: number;
  speedBonus: boolean;
  allowGuests: boolean;
  questionCount: number;
  /** The database's clock when the snapshot was read. */
  now: Date;
  players: SnapshotPlayer[];
  round: SnapshotRound | null;
  /** Totals over closed rounds only: the open round's points would tell who is right before it closes. */
  scored: ScoreRow[];
  /** Signed-in players' finished attempts (user id → attempt id), once the game has ended. */
  attempts: Record<string, string>;
}

export interface RoundView {
  id: string;
  number: number;
  type: LiveQuestionType;
  prompt: string;
  choices: { id: string; text: string }[];
  durationMs: number;
  remainingMs: number;
  closed: boolean;
}

export interface Standing extends Omit<RankedPlayer, "score"> {
  /** Display points (see displayPoints). */
  score: number;
}

interface CommonView {
  gameId: string;
  version: number;
  status: LiveStatus;
  paused: boolean;
  title: string;
  questionCount: number;
  playerCount: number;
}

export interface HostView extends CommonView {
  audience: "host";
  pin: string | null;
  secondsPerQuestion: number;
  speedBonus: boolean;
  allowGuests: boolean;
  players: { id: string; name: string; guest: boolean }[];
  round: (RoundView & { answered: number }) | null;
  reveal: { key: RoundKey; distribution: DistributionBar[]; unanswered: number } | null;
  /** The top five after a question; everyone once the game has ended. */
  standings: Standing[];
}

export interface PlayerView extends CommonView {
  audience: "player";
  you: { id: string; name: string; guest: boolean; removed: boolean; score: number; rank: number | null };
  round: (RoundView & { yourAnswer: { choiceId: string | null; text: string | null } | null }) | null;
  result: { answered: boolean; isCorrect: boolean; points: number; matchedAnswer: string | null; key: RoundKey } | null;
  /** The top three once the game has ended. */
  podium: Standing[];
  /** The player's own results page, for signed-in players once the game has ended. */
  attemptId: string | null;
}

export type LiveView = HostView | PlayerView;

const TOP_AFTER_QUESTION = 5;

function activePlayers(snapshot: LiveSnapshot): SnapshotPlayer[] {
  return snapshot.players.filter((player) => !player.removed);
}

function standingsOf(snapshot: LiveSnapshot): RankedPlayer[] {
  const active = activePlayers(snapshot);
  const ids = new Set(active.map((player) => player.id));
  return rankPlayers(
    active,
    snapshot.scored.filter((answer) => ids.has(answer.playerId)),
  );
}

const forDisplay = (ranked: RankedPlayer): Standing => ({ ...ranked, score: displayPoints(ranked.score) });

/** `now` is the database's clock at the time of sending (the snapshot's clock plus time since). */
function roundView(snapshot: LiveSnapshot, now: Date): RoundView | null {
  const round = snapshot.round;
  if (!round || snapshot.status === "LOBBY") return null;
  const closed = round.closedAt !== null;
  return {
    id: round.id,
    number: round.position + 1,
    type: round.type,
    prompt: round.prompt,
    choices: round.choices,
    durationMs: round.durationMs,
    remainingMs: closed ? 0 : remainingMs(round, snapshot.pausedAt, now),
    closed,
  };
}

function common(snapshot: LiveSnapshot): CommonView {
  return {
    gameId: snapshot.gameId,
    version: snapshot.version,
    status: snapshot.status,
    paused: snapshot.pausedAt !== null,
    title: snapshot.title,
    questionCount: snapshot.questionCount,
    playerCount: activePlayers(snapshot).length,
  };
}

export function hostView(snapshot: LiveSnapshot, now: Date = snapshot.now): HostView {
  const active = activePlayers(snapshot);
  const activeIds = new Set(active.map((player) => player.id));
  const round = roundView(snapshot, now);
  const reveal = snapshot.round?.reveal;
  const ended = snapshot.status === "FINISHED" || snapshot.status === "CLOSED";
  const ranked = standingsOf(snapshot).map(forDisplay);
  const roundAnswers = (snapshot.round?.answers ?? []).filter((answer) => activeIds.has(answer.playerId));
  return {
    audience: "host",
    ...common(snapshot),
    pin: snapshot.pin,
    secondsPerQuestion: snapshot.secondsPerQuestion,
    speedBonus: snapshot.speedBonus,
    allowGuests: snapshot.allowGuests,
    players: active.map(({ id, name, guest }) => ({ id, name, guest })),
    round: round && { ...round, answered: roundAnswers.length },
    reveal:
      reveal && round?.closed && !ended
        ? {
            key: reveal.key,
            distribution: answerDistribution(
              snapshot.round!.choices,
              reveal.key.correctChoiceIds,
              reveal.results
                .filter((result) => activeIds.has(result.playerId))
                .map((result) => ({
                  choiceId: roundAnswers.find((answer) => answer.playerId === result.playerId)?.choiceId ?? null,
                  isCorrect: result.isCorrect,
                })),
            ),
            unanswered: active.length - roundAnswers.length,
          }
        : null,
    standings: ended ? ranked : snapshot.status === "REVEAL" ? ranked.slice(0, TOP_AFTER_QUESTION) : [],
  };
}

/** The view of one player; null when the player is not in the snapshot (a guest after the game closed). */
export function playerView(snapshot: LiveSnapshot, playerId: string, now: Date = snapshot.now): PlayerView | null {
  const player = snapshot.players.find((candidate) => candidate.id === playerId);
  if (!player) return null;
  const ranked = standingsOf(snapshot);
  const mine = ranked.find((row) => row.playerId === playerId);
  const round = roundView(snapshot, now);
  const given = snapshot.round?.answers.find((answer) => answer.playerId === playerId) ?? null;
  const reveal = snapshot.round?.reveal;
  const outcome = reveal?.results.find((result) => result.playerId === playerId);
  const ended = snapshot.status === "FINISHED" || snapshot.status === "CLOSED";
  return {
    audience: "player",
    ...common(snapshot),
    you: {
      id: player.id,
      name: player.name,
      guest: player.guest,
      removed: player.removed,
      score: displayPoints(mine?.score ?? 0),
      rank: mine?.rank ?? null,
    },
    round: round && { ...round, yourAnswer: given && { choiceId: given.choiceId, text: given.text } },
    result:
      reveal && round?.closed && !ended
        ? {
            answered: given !== null,
            isCorrect: outcome?.isCorrect ?? false,
            points: displayPoints(outcome?.points ?? 0),
            matchedAnswer: outcome?.matchedAnswer ?? null,
            key: reveal.key,
          }
        : null,
    podium: ended ? ranked.filter((row) => row.rank <= 3).map(forDisplay) : [],
    attemptId: player.userId ? (snapshot.attempts[player.userId] ?? null) : null,
  };
}
