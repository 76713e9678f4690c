import { parseTopic } from "@/lib/generation/topics";

const KIND_LABEL: Record<string, string> = { person: "Person", organization: "Organisation", place: "Place" };

/** "person:Wang Yi" as "Wang Yi" with its kind in words (not colour alone). */
export function topicText(topic: string): string {
  const { kind, name } = parseTopic(topic);
  return `${name} (${(KIND_LABEL[kind] ?? kind).toLowerCase()})`;
}

export function TopicChip({ topic }: { topic: string }) {
  const { kind, name } = parseTopic(topic);
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 px-2 py-0.5 text-xs text-slate-800">
      <span className="text-slate-600">{KIND_LABEL[kind] ?? kind}:</span> {name}
    </span>
  );
}
