/**
 * Stage 2 — facts. What the article says, each fact tied to the exact span of text it comes from.
 * In: the parse (tokens, sentences, the tagger's dates and numbers) and the published date.
 * Out: Facts — mentions of people, organisations, places, events, dates, quantities and terms, each
 * resolved to one entity ("Wang" and "he" → Wang Yi); entities with their kind; roles from titles
 * ("Foreign Minister Sergei Lavrov", "Ian Lyngen, senior Treasury strategist"); quotations with their
 * speaker; the short names the article uses; whom it calls "she" or "he".
 *
 * One file per kind of fact: names.ts finds capitalised runs and named-mentions.ts types them (with
 * classify.ts, people.ts, titles.ts, organizations.ts and places.ts); roles.ts reads titles after a
 * name; dates.ts and quantities.ts read the tagger's entities; terms.ts finds product and coined names;
 * quotations.ts, coreference.ts and genders.ts read who said what and who is meant.
 */
import { parseText, type ParsedText, type ResolvedDate } from "../parse";
import { shortNamesOf, resolveSurnames } from "./coreference";
import { dateMention, isDate, quarterMentions } from "./dates";
import { entitiesOf } from "./entities";
import { gendersOf } from "./genders";
import { namedMentions } from "./named-mentions";
import { resolveOrganizationNames } from "./organizations";
import { quantityMention } from "./quantities";
import { extractQuotes } from "./quotations";
import { trailingRoles } from "./roles";
import { keyWords } from "./key-words";
import { keyTerms } from "./terms";
import { settleTypes } from "./type-discipline";
import type { Facts } from "./types";

export type { Entity, EntityType, Facts, Gender, Mention, Quote, Role } from "./types";
export { isPlace } from "./types";
export { DATELINE, datelineLength, datelinePlacesOf } from "./places";
export { looksLikePersonName } from "./people";
export { resolvePronoun } from "./coreference";
export { shortFormsOf } from "./organizations";
export { isKeyWord } from "./key-words";

/** The facts of an article's text; `publishedAt` (YYYY-MM-DD) pins relative dates. */
export function extractFacts(text: string, publishedAt?: string | null): Facts {
  return factsOf(parseText(text), publishedAt);
}

export function factsOf(parsed: ParsedText, publishedAt?: string | null): Facts {
  const { text, sentences } = parsed;
  const { mentions, roles } = namedMentions(parsed);
  // Dates and quantities from the tagger, with relative dates resolved against the published date.
  const dates = new Map<string, ResolvedDate>();
  for (const numeric of parsed.numeric) {
    const mention = isDate(numeric, parsed.tokens)
      ? dateMention(numeric, text, publishedAt, dates)
      : quantityMention(numeric, text);
    if (mention) mentions.push(mention);
  }
  mentions.push(...quarterMentions(text, sentences));
  resolveOrganizationNames(mentions);
  resolveSurnames(mentions, roles);
  roles.push(...trailingRoles(text, mentions, roles));
  // One type per entity, from everything the article says of it (decision 016).
  const settled = settleTypes(text, mentions, roles);
  mentions.push(...keyTerms(text, sentences, mentions));
  mentions.push(...keyWords(parsed, mentions));
  const quotes = extractQuotes(text, sentences, mentions);
  mentions.sort((a, b) => a.start - b.start);
  const entities = entitiesOf(mentions, dates);
  for (const [name, { kind }] of settled) if (kind && entities.has(name)) entities.get(name)!.kind = kind;
  return {
    parsed,
    sentences,
    mentions,
    entities,
    publishedAt: publishedAt ?? null,
    roles,
    quotes,
    shortNames: shortNamesOf(mentions),
    genders: gendersOf(text, sentences, mentions),
  };
}
