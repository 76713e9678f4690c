"use client";

import { useRef, useState, useTransition } from "react";
import { answerQuestion, finishQuiz } from "@/lib/actions/quiz";
import type { PlayerQuestion, PlayerView } from "@/lib/dal/attempts";
import { AnswerFeedback } from "./answer-feedback";
import { ChoiceList, TypedAnswer } from "./question-fields";
import { QuizTimer } from "./quiz-timer";

/** Every question on one page, each answered on its own (Tab between them, arrows within a group). */
export function AllOnOnePage({ view }: { view: PlayerView }) {
  const [questions, setQuestions] = useState(view.questions);
  const [timeUp, setTimeUp] = useState(view.expired);
  const answered = questions.filter((question) => question.answer).length;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          {answered} of {questions.length} answered
        </p>
        {view.deadline && <QuizTimer deadline={view.deadline} onExpire={() => setTimeUp(true)} />}
      </div>
      <ol className="space-y-4">
        {questions.map((question, index) => (
          <li key={question.id}>
            <QuestionCard
              number={index + 1}
              question={question}
              attemptId={view.attemptId}
              locked={timeUp}
              onAnswered={(updated) =>
                setQuestions((current) =>
                  current.map((candidate) => (candidate.id === updated.id ? updated : candidate)),
                )
              }
            />
          </li>
        ))}
      </ol>
      <form action={async () => void (await finishQuiz(undefined, { attemptId: view.attemptId }))}>
        <button
          type="submit"
          className="rounded-md bg-emerald-700 px-4 py-2 font-medium text-white hover:bg-emerald-800"
        >
          Finish quiz{answered === questions.length ? "" : ` (${questions.length - answered} unanswered)`}
        </button>
      </form>
    </div>
  );
}

function QuestionCard({
  number,
  question,
  attemptId,
  locked,
  onAnswered,
}: {
  number: number;
  question: PlayerQuestion;
  attemptId: string;
  locked: boolean;
  onAnswered: (question: PlayerQuestion) => void;
}) {
  const [selected, setSelected] = useState<string | null>(question.answer?.choiceId ?? null);
  const [typed, setTyped] = useState(question.answer?.text ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const shownAt = useRef<number | null>(null);
  const disabled = Boolean(question.answer) || locked;

  const submit = () => {
    if (question.type === "FILL_IN" ? !typed.trim() : !selected) {
      setError(question.type === "FILL_IN" ? "Type an answer first." : "Choose an answer first.");
      return;
    }
    startTransition(async () => {
      const elapsedMs = shownAt.current === null ? undefined : Math.round(performance.now() - shownAt.current);
      const result = await answerQuestion(undefined, {
        attemptId,
        questionId: question.id,
        elapsedMs,
        ...(question.type === "FILL_IN" ? { text: typed } : { choiceId: selected! }),
      });
      if (result.ok) onAnswered(result.data);
      else setError(result.error);
    });
  };

  return (
    <section
      aria-labelledby={`q-${question.id}`}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      onFocus={() => (shownAt.current ??= performance.now())}
    >
      <h2 id={`q-${question.id}`} className="font-semibold">
        {number}. {question.prompt}
      </h2>
      {question.type === "FILL_IN" ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <TypedAnswer id={`typed-${question.id}`} value={typed} disabled={disabled} onChange={setTyped} />
        </form>
      ) : (
        <ChoiceList question={question} selected={selected} disabled={disabled} onSelect={setSelected} />
      )}
      {error && (
        <p role="alert" className="text-sm text-rose-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {question.feedback && <AnswerFeedback feedback={question.feedback} />}
      {question.answer && !question.feedback && (
        <p className="text-sm text-slate-700">Answer saved. You will see how you did when you finish.</p>
      )}
      {!question.answer && (
        <button
          type="button"
          onClick={submit}
          disabled={pending || locked}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Checking…" : `Submit answer ${number}`}
        </button>
      )}
    </section>
  );
}
