import type { EntityType, Facts } from "./facts";
import type { Evidence } from "./types";

/** The entity kinds learners filter and track mastery by; countries, cities and regions are all places. */
const TOPIC_KIND: Partial<Record<EntityType, string>> = {
  person: "person",
  organization: "organization",
  country: "place",
  city: "place",
  region: "place",
};

const MAX_TOPICS = 4;

/**
 * What a question is about, as "person:Wang Yi", "place:Russia": the question's own entity first,
 * then the people, organisations and places named in its evidence sentence.
 */
export function topicsOf(facts: Facts, evidence: Evidence, primaryEntity: string): string[] {
  const topics: string[] = [];
  const primary = facts.entities.get(primaryEntity);
  const primaryKind = primary && TOPIC_KIND[primary.type];
  if (primaryKind) topics.push(`${primaryKind}:${primary.name}`);
  for (const mention of facts.mentions) {
    if (mention.start < evidence.start || mention.end > evidence.end) continue;
    const kind = TOPIC_KIND[mention.type];
    if (kind) topics.push(`${kind}:${mention.entity}`);
  }
  return [...new Set(topics)].slice(0, MAX_TOPICS);
}

/** "person:Wang Yi" → { kind: "person", name: "Wang Yi" }. */
export function parseTopic(topic: string): { kind: string; name: string } {
  const colon = topic.indexOf(":");
  return colon < 0 ? { kind: "topic", name: topic } : { kind: topic.slice(0, colon), name: topic.slice(colon + 1) };
}

/**
 * Topics for a question written outside the generator (by hand, imported): the entities the
 * article's facts find in its evidence, with the one matching the answer first.
 */
export function topicsForEvidence(facts: Facts, evidence: Evidence, answer: string | undefined): string[] {
  const primary = answer
    ? [...facts.entities.keys()].find((name) => name.toLowerCase() === answer.toLowerCase())
    : undefined;
  return topicsOf(facts, evidence, primary ?? "");
}
