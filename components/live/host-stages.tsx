"use client";

import type { HostView, RoundKey, Standing } from "@/lib/live/views";
import type { DistributionBar } from "@/lib/live/standings";
import { ChoiceShape, choiceStyle } from "./choice-style";
import { formatPin, formatPoints as points, ordinal } from "./format";

/** The parts of the projector screen, one per stage of the game. Sized to be read from the back of a room. */

export function Lobby({
  view,
  joinAddress,
  qrSvg,
  onRemove,
}: {
  view: HostView;
  joinAddress: string;
  qrSvg: string;
  onRemove: (player: { id: string; name: string }) => void;
}) {
  return (
    <div className="grid gap-8 lg:grid-cols-[auto_1fr]">
      <section aria-labelledby="join-heading" className="space-y-4 rounded-2xl bg-white p-8 shadow-sm">
        <h2 id="join-heading" className="text-2xl font-semibold text-slate-700">
          Join at <span className="font-bold text-slate-950">{joinAddress}</span>
        </h2>
        <p className="text-xl text-slate-700">with the game PIN</p>
        <p
          className="font-mono text-7xl font-bold tracking-widest text-slate-950 lg:text-8xl"
          data-testid="game-pin"
          aria-label={`Game PIN ${view.pin?.split("").join(" ")}`}
        >
          {view.pin ? formatPin(view.pin) : "—"}
        </p>
        <div
          role="img"
          aria-label="QR code of the join link"
          className="size-56 [&>svg]:size-full"
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <p className="text-lg text-slate-700">
          {view.allowGuests ? "Guests may join with a nickname." : "Players sign in to join."}
        </p>
      </section>
      <section aria-labelledby="players-heading" className="space-y-4">
        <h2 id="players-heading" className="text-4xl font-bold" data-testid="player-count">
          {view.playerCount} {view.playerCount === 1 ? "player" : "players"}
        </h2>
        {view.players.length === 0 ? (
          <p className="text-2xl text-slate-700">Waiting for players to join…</p>
        ) : (
          <PlayerChips players={view.players} onRemove={onRemove} />
        )}
      </section>
    </div>
  );
}

export function PlayerChips({
  players,
  onRemove,
}: {
  players: HostView["players"];
  onRemove: (player: { id: string; name: string }) => void;
}) {
  return (
    <ul className="flex flex-wrap gap-3" aria-label="Players">
      {players.map((player) => (
        <li
          key={player.id}
          className="flex items-center gap-2 rounded-full bg-white py-2 pl-5 pr-2 text-2xl font-semibold shadow-sm"
        >
          {player.name}
          {player.guest && <span className="text-base font-normal text-slate-600">(guest)</span>}
          <button
            type="button"
            onClick={() => onRemove(player)}
            className="grid size-9 place-items-center rounded-full text-xl text-slate-600 hover:bg-slate-100 hover:text-rose-800"
            aria-label={`Remove ${player.name}`}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

export function QuestionStage({ round }: { round: NonNullable<HostView["round"]> }) {
  return (
    <div className="space-y-8">
      <h2 className="text-4xl font-bold leading-tight text-slate-950 lg:text-5xl" data-testid="live-question">
        {round.prompt}
      </h2>
      {round.choices.length > 0 ? (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Choices">
          {round.choices.map((choice, position) => (
            <li
              key={choice.id}
              className={`flex min-h-28 items-center gap-5 rounded-2xl px-6 py-5 text-3xl font-semibold shadow-sm lg:text-4xl ${choiceStyle(position).tile}`}
            >
              <ChoiceShape position={position} className="size-12" />
              <span className="sr-only">{choiceStyle(position).name}: </span>
              {choice.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-2xl bg-white p-8 text-3xl text-slate-800 shadow-sm">
          <span aria-hidden="true">⌨ </span>Type your answer on your phone.
        </p>
      )}
    </div>
  );
}

function Bars({ bars }: { bars: DistributionBar[] }) {
  const most = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <ol className="flex h-60 items-end gap-4" aria-label="How the room answered" data-testid="distribution">
      {bars.map((bar, position) => {
        const typed = bar.choiceId === null;
        const tile = typed
          ? bar.correct
            ? "bg-emerald-700 text-white"
            : "bg-rose-700 text-white"
          : choiceStyle(position).tile;
        return (
          <li key={`${bar.label}-${position}`} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end">
            <span className="sr-only">
              {bar.label}: {bar.count} {bar.count === 1 ? "answer" : "answers"}
              {bar.correct ? " (the right answer)" : ""}
            </span>
            <span aria-hidden="true" className="text-4xl font-bold tabular-nums">
              {bar.count}
            </span>
            <div
              aria-hidden="true"
              className={`mt-1 w-full rounded-t-xl ${tile} ${bar.correct ? "" : "opacity-60"}`}
              style={{ height: `${Math.max(3, (bar.count / most) * 80)}%` }}
            />
            <div
              aria-hidden="true"
              className={`flex w-full items-center justify-center gap-2 rounded-b-xl px-2 py-2 text-xl font-semibold ${tile}`}
            >
              {typed ? bar.correct ? "✓" : "✗" : <ChoiceShape position={position} className="size-6" />}
              <span className="truncate">{bar.label}</span>
              {bar.correct && !typed && <span>✓</span>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

export function Explanation({ keyed, large = true }: { keyed: RoundKey; large?: boolean }) {
  return (
    <div className={`space-y-3 ${large ? "text-2xl" : "text-base"}`} data-testid="live-explanation">
      <p className="text-slate-900">{keyed.explanation}</p>
      {keyed.evidence && (
        <figure>
          <blockquote className="border-l-8 border-amber-400 bg-amber-50 py-3 pl-5 pr-3 font-serif text-slate-900">
            “{keyed.evidence}”
          </blockquote>
          <figcaption className={`mt-1 text-slate-700 ${large ? "text-lg" : "text-sm"}`}>
            From the article{keyed.withheld ? "; parts that answer questions still to come are hidden for now" : ""}
          </figcaption>
        </figure>
      )}
    </div>
  );
}

export function RevealStage({ view }: { view: HostView }) {
  const round = view.round!;
  const reveal = view.reveal!;
  return (
    <div className="space-y-6">
      <h2 className="text-3xl font-bold text-slate-950">{round.prompt}</h2>
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-4">
          <Bars bars={reveal.distribution} />
          <p className="text-3xl font-bold text-emerald-900" data-testid="right-answer">
            <span aria-hidden="true">✓ </span>Right answer: {reveal.key.correctAnswers.join(" / ")}
          </p>
          {reveal.unanswered > 0 && (
            <p className="text-xl text-slate-700">
              {reveal.unanswered} {reveal.unanswered === 1 ? "player" : "players"} did not answer.
            </p>
          )}
        </div>
        <section aria-labelledby="top-heading" className="space-y-3">
          <h3 id="top-heading" className="text-3xl font-bold">
            Top {Math.min(5, view.standings.length)}
          </h3>
          <StandingsList standings={view.standings} large />
        </section>
      </div>
      <Explanation keyed={reveal.key} />
    </div>
  );
}

function StandingsList({ standings, large = false }: { standings: Standing[]; large?: boolean }) {
  return (
    <ol className="space-y-2" data-testid="standings">
      {standings.map((row) => (
        <li
          key={row.playerId}
          className={`flex items-center gap-4 rounded-xl bg-white px-5 py-3 shadow-sm ${large ? "text-2xl" : "text-lg"}`}
        >
          <span className="w-14 font-bold text-slate-600">{ordinal(row.rank)}</span>
          <span className="min-w-0 flex-1 truncate font-semibold">{row.name}</span>
          <span className="font-bold tabular-nums">{points(row.score)}</span>
        </li>
      ))}
    </ol>
  );
}

const PODIUM_ORDER = [2, 1, 3];
const PODIUM_HEIGHT: Record<number, string> = { 1: "h-56", 2: "h-40", 3: "h-28" };

export function FinalStage({ view }: { view: HostView }) {
  const top = view.standings.filter((row) => row.rank <= 3);
  return (
    <div className="space-y-10">
      <h2 className="text-center text-5xl font-bold">Final results</h2>
      <ol className="flex items-end justify-center gap-4" aria-label="Podium" data-testid="podium">
        {PODIUM_ORDER.flatMap((rank) => top.filter((row) => row.rank === rank)).map((row) => (
          <li key={row.playerId} className="flex w-56 flex-col items-center gap-2">
            <span className="max-w-full break-words text-center text-3xl font-bold">{row.name}</span>
            <span className="text-2xl tabular-nums text-slate-800">{points(row.score)} points</span>
            <div
              className={`grid w-full place-items-center rounded-t-2xl text-5xl font-black text-white ${PODIUM_HEIGHT[row.rank]} ${row.rank === 1 ? "bg-amber-700" : row.rank === 2 ? "bg-slate-600" : "bg-orange-800"}`}
            >
              {ordinal(row.rank)}
            </div>
          </li>
        ))}
      </ol>
      <table className="mx-auto w-full max-w-4xl text-left text-xl" data-testid="final-table">
        <caption className="sr-only">Everyone&apos;s final score</caption>
        <thead className="text-base text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2">
              Place
            </th>
            <th scope="col" className="px-4 py-2">
              Player
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              Right answers
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {view.standings.map((row) => (
            <tr key={row.playerId} className="border-t border-slate-200 bg-white">
              <td className="px-4 py-2 font-bold">{ordinal(row.rank)}</td>
              <td className="px-4 py-2">
                {row.name}
                {row.guest && <span className="text-base text-slate-600"> (guest)</span>}
              </td>
              <td className="px-4 py-2 text-right tabular-nums">{row.correct}</td>
              <td className="px-4 py-2 text-right tabular-nums">{points(row.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.status === "CLOSED" && (
        <p className="text-center text-lg text-slate-700">
          The game is closed. Guests and their answers have been erased; signed-in players find it in their history.
        </p>
      )}
    </div>
  );
}
