"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { hostLiveCommandAction, removeLivePlayerAction } from "@/lib/actions/live";
import { LATE_GRACE_MS, type HostCommand } from "@/lib/live/rules";
import type { HostView } from "@/lib/live/views";
import { Countdown } from "./countdown";
import { formatPin } from "./format";
import { FinalStage, Lobby, PlayerChips, QuestionStage, RevealStage } from "./host-stages";
import { useLiveStream, useRemaining } from "./use-live-stream";

interface Control {
  command: HostCommand;
  label: string;
  key: string;
  primary?: boolean;
  confirm?: string;
}

/** The buttons a stage offers, each with its keyboard shortcut. */
function controlsFor(view: HostView): Control[] {
  const last = (view.round?.number ?? 0) >= view.questionCount;
  const end: Control = { command: "end", label: "End game", key: "E", confirm: "End the game now for everyone?" };
  switch (view.status) {
    case "LOBBY":
      return [{ command: "start", label: "Start", key: "Enter", primary: true }, end];
    case "QUESTION":
      return [
        view.paused
          ? { command: "resume", label: "Resume", key: "P", primary: true }
          : { command: "pause", label: "Pause", key: "P" },
        { command: "skip", label: "Skip: show answers now", key: "S" },
        end,
      ];
    case "REVEAL":
      return [{ command: "next", label: last ? "Final results" : "Next question", key: "N", primary: true }, end];
    case "FINISHED":
      return [
        {
          command: "close",
          label: "Close game",
          key: "C",
          primary: true,
          confirm: "Close the game? Guests and their answers are erased.",
        },
      ];
    case "CLOSED":
      return [];
  }
}

/**
 * The projector screen: lobby with PIN and QR code, then each question with its countdown, the answers
 * with the explanation and the top five, and the podium. Keyboard: Enter/N start and go on, S skip,
 * P pause and resume, E end, C close, F full screen.
 */
export function HostScreen({ initial, joinAddress, qrSvg }: { initial: HostView; joinAddress: string; qrSvg: string }) {
  const { view, deadline, answered, connection } = useLiveStream(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const screen = useRef<HTMLDivElement>(null);
  const round = view.round;
  const running = view.status === "QUESTION" && !view.paused && Boolean(round) && !round?.closed;
  const ticking = useRemaining(deadline, running);
  const remaining = view.paused ? (round?.remainingMs ?? 0) : ticking;
  const answeredCount = round ? Math.max(round.answered, answered?.roundId === round.id ? answered.count : 0) : 0;
  const controls = controlsFor(view);

  const send = useCallback(
    (control: Control) => {
      if (control.confirm && !window.confirm(control.confirm)) return;
      startTransition(async () => {
        const result = await hostLiveCommandAction(undefined, { gameId: view.gameId, command: control.command });
        setError(result.ok ? null : result.error);
      });
    },
    [view.gameId],
  );

  const remove = useCallback(
    (player: { id: string; name: string }) => {
      if (!window.confirm(`Remove ${player.name} from the game? They cannot rejoin.`)) return;
      startTransition(async () => {
        const result = await removeLivePlayerAction(undefined, { gameId: view.gameId, playerId: player.id });
        setError(result.ok ? null : result.error);
      });
    },
    [view.gameId],
  );

  // When the clock runs out, this screen tells the server (which checks the time itself) to show the answers.
  useEffect(() => {
    if (!running || !round) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout>;
    const fire = async () => {
      const result = await hostLiveCommandAction(undefined, { gameId: view.gameId, command: "timeUp" });
      if (!result.ok && /still open/.test(result.error) && ++tries < 10) timer = setTimeout(fire, 500);
    };
    timer = setTimeout(fire, Math.max(0, deadline - Date.now() + LATE_GRACE_MS));
    return () => clearTimeout(timer);
  }, [running, round, deadline, view.gameId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
      if (key === "F") {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void screen.current?.requestFullscreen?.().catch(() => undefined);
        return;
      }
      // Enter starts and goes on, like N; a focused button keeps its own Enter.
      if (key === "Enter" && event.target instanceof HTMLButtonElement) return;
      const wanted =
        key === "Enter" ? controls.find((control) => control.primary && control.command !== "close") : null;
      const control = wanted ?? controls.find((candidate) => candidate.key === key);
      if (!control || pending) return;
      event.preventDefault();
      send(control);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [controls, pending, send]);

  return (
    <div ref={screen} className="fixed inset-0 z-40 flex flex-col overflow-y-auto bg-slate-100 text-slate-950">
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-white px-6 py-3">
        <h1 className="min-w-0 flex-1 truncate text-xl font-bold">{view.title}</h1>
        {(view.status === "QUESTION" || view.status === "REVEAL") && view.pin && (
          <p className="text-lg text-slate-700">
            Join at {joinAddress} · PIN <strong className="font-mono text-slate-950">{formatPin(view.pin)}</strong>
          </p>
        )}
        {round && view.status !== "FINISHED" && view.status !== "CLOSED" && (
          <p className="text-lg font-semibold" data-testid="question-number">
            Question {round.number} of {view.questionCount}
          </p>
        )}
        <p role="status" className="text-sm text-slate-700">
          {connection === "live" ? "" : "Reconnecting…"}
        </p>
      </header>

      <div className="flex-1 px-6 py-8 lg:px-12">
        {view.status === "LOBBY" && <Lobby view={view} joinAddress={joinAddress} qrSvg={qrSvg} onRemove={remove} />}
        {view.status === "QUESTION" && round && (
          <div className="space-y-8">
            <div className="flex items-center justify-between gap-6">
              <p className="text-3xl font-semibold" data-testid="answered-count">
                {answeredCount} of {view.playerCount} answered
              </p>
              <Countdown remainingMs={remaining} durationMs={round.durationMs} paused={view.paused} />
            </div>
            {view.paused && (
              <p className="rounded-xl bg-amber-100 p-4 text-center text-3xl font-bold text-amber-950">
                <span aria-hidden="true">⏸ </span>Paused
              </p>
            )}
            <QuestionStage round={round} />
          </div>
        )}
        {view.status === "REVEAL" && view.reveal && <RevealStage view={view} />}
        {(view.status === "FINISHED" || view.status === "CLOSED") && <FinalStage view={view} />}
      </div>

      <footer className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white px-6 py-3">
        {controls.map((control) => (
          <button
            key={control.command}
            type="button"
            disabled={pending}
            onClick={() => send(control)}
            aria-keyshortcuts={control.key}
            className={`rounded-lg px-4 py-2 text-lg font-semibold disabled:opacity-60 ${
              control.primary
                ? "bg-brand-600 text-white hover:bg-brand-700"
                : "border border-slate-300 text-slate-900 hover:bg-slate-50"
            }`}
          >
            {control.label}{" "}
            <kbd className="ml-1 rounded border border-current/40 px-1.5 text-sm font-normal">{control.key}</kbd>
          </button>
        ))}
        {view.status !== "LOBBY" && view.players.length > 0 && view.status !== "CLOSED" && (
          <details className="relative">
            <summary className="cursor-pointer rounded-lg border border-slate-300 px-4 py-2 text-lg">
              Players ({view.playerCount})
            </summary>
            <div className="absolute bottom-14 left-0 max-h-96 w-[36rem] max-w-[90vw] overflow-y-auto rounded-xl border border-slate-200 bg-slate-50 p-4 shadow-lg">
              <PlayerChips players={view.players} onRemove={remove} />
            </div>
          </details>
        )}
        <span className="ml-auto text-sm text-slate-700">
          F full screen ·{" "}
          <Link href="/teacher" className="underline">
            Leave host screen
          </Link>
        </span>
        {error && (
          <p role="alert" className="w-full text-base text-rose-800" data-testid="host-error">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        )}
      </footer>
    </div>
  );
}
