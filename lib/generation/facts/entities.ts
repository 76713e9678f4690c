import type { ResolvedDate } from "../parse";
import { organizationProfile } from "./organizations";
import type { Entity, Mention } from "./types";

/** One entity per name the mentions resolve to, with how often it is named and where first. */
export function entitiesOf(mentions: Mention[], dates: Map<string, ResolvedDate>): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  for (const mention of mentions) {
    const existing = entities.get(mention.entity);
    if (existing) existing.mentions++;
    else {
      const organization = mention.type === "organization" ? organizationProfile(mention.entity) : undefined;
      entities.set(mention.entity, {
        name: mention.entity,
        type: mention.type,
        mentions: 1,
        firstSentence: mention.sentence,
        kind: organization?.kind,
        sector: organization?.sector,
        date: mention.type === "date" ? dates.get(mention.entity) : undefined,
      });
    }
  }
  return entities;
}
