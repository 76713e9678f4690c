import Link from "next/link";
import { listOpenLiveGames } from "@/lib/dal/live-games";
import { formatPin } from "./format";
import { RunLiveForm } from "./run-live-form";

const STATUS: Record<string, string> = {
  LOBBY: "in the lobby",
  QUESTION: "playing",
  REVEAL: "playing",
  FINISHED: "on its final results",
};

/** On a set's page: run it live (published sets), and the games of it still open. */
export async function RunLivePanel({ setId, published }: { setId: string; published: boolean }) {
  const games = published ? await listOpenLiveGames(setId) : [];
  return (
    <section
      id="run-live"
      aria-labelledby="run-live-heading"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5"
    >
      <h2 id="run-live-heading" className="text-lg font-semibold">
        Run live in class
      </h2>
      {published ? (
        <>
          <p className="text-sm text-slate-700">
            Show the questions on a projector; everyone answers on their phone at the same time, and the room sees the
            answers, the explanation with its source sentence, and the leaders after each question.
          </p>
          {games.length > 0 && (
            <ul className="space-y-1 text-sm" aria-label="Live games of this set">
              {games.map((game) => (
                <li key={game.id}>
                  PIN <span className="font-mono font-semibold">{formatPin(game.pin)}</span>, {STATUS[game.status]},{" "}
                  {game.players} {game.players === 1 ? "player" : "players"} ·{" "}
                  <Link href={`/teacher/live/${game.id}`} className="font-medium text-brand-700 underline">
                    Open the host screen
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <RunLiveForm setId={setId} />
        </>
      ) : (
        <p className="text-sm text-slate-700">Publish the set (with at least one question) to run it live.</p>
      )}
    </section>
  );
}
