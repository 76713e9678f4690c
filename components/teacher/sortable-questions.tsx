"use client";

import { useState, useTransition, type ReactNode } from "react";
import { reorderQuestionsAction } from "@/lib/actions/question-editing";

/**
 * Drag a question card onto another to move it there. The ↑/↓ buttons on each card do the same
 * from the keyboard. The new order shows at once and is saved; if saving fails it goes back.
 */
export function SortableQuestions({ setId, items }: { setId: string; items: { id: string; content: ReactNode }[] }) {
  const [order, setOrder] = useState(items.map((item) => item.id));
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const byId = new Map(items.map((item) => [item.id, item.content]));

  const drop = (targetId: string) => {
    if (!dragged || dragged === targetId) return;
    const previous = order;
    const next = previous.filter((id) => id !== dragged);
    next.splice(next.indexOf(targetId) + (previous.indexOf(dragged) < previous.indexOf(targetId) ? 1 : 0), 0, dragged);
    setOrder(next);
    startTransition(async () => {
      const result = await reorderQuestionsAction(undefined, { setId, order: next });
      if (result.ok) setMessage(`Moved to position ${next.indexOf(dragged) + 1}.`);
      else {
        setOrder(previous);
        setMessage(result.error);
      }
    });
  };

  return (
    <>
      <p role="status" className="sr-only">
        {message}
      </p>
      <ol className="space-y-4">
        {order.map((id) => (
          <li
            key={id}
            draggable
            onDragStart={(event) => {
              setDragged(id);
              event.dataTransfer.effectAllowed = "move";
            }}
            onDragOver={(event) => {
              event.preventDefault();
              setOver(id);
            }}
            onDragLeave={() => setOver((current) => (current === id ? null : current))}
            onDrop={(event) => {
              event.preventDefault();
              setOver(null);
              drop(id);
            }}
            onDragEnd={() => {
              setDragged(null);
              setOver(null);
            }}
            className={`space-y-3 rounded-xl border bg-white p-5 shadow-sm ${over === id && dragged !== id ? "border-brand-600 ring-2 ring-brand-600/30" : "border-slate-200"} ${dragged === id ? "opacity-60" : ""}`}
            data-testid="review-question"
          >
            {byId.get(id)}
          </li>
        ))}
      </ol>
    </>
  );
}
