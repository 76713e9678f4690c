import { anotherCountrysBody } from "../distractors";
import { shortFormsOf, type Entity, type Facts, type Mention } from "../facts";
import { aliasesOf, CITY_NAMES, ORGANIZATION_BY_NAME, ORGANIZATION_HEADS, regionScale } from "../gazetteer";
import { MAKER_OR_MODEL, MAKERS_PRODUCT } from "./aside-checks";
import { makeCandidate, type Candidate } from "./candidate";
import type { Blank } from "./blanks";

const TYPED_NAME = {
  person: "name",
  organization: "organisation",
  country: "place",
  city: "place",
  region: "place",
} as const;

/**
 * "Type the missing name: …": the blanked sentence again, answered by typing, for a person, an
 * organisation, a country, a city or a region (every form the article and the gazetteer give is accepted).
 */
export function fillInCandidate(facts: Facts, blank: Blank): Candidate | undefined {
  const { mention, entity, sentence, candidate } = blank;
  if (
    mention.type !== "person" &&
    mention.type !== "organization" &&
    mention.type !== "country" &&
    mention.type !== "city" &&
    mention.type !== "region"
  )
    return undefined;
  // "the World Cup semi-final": a competition the gazetteer lists among bodies is typed as what it is.
  const typed = entity.kind === "competition" ? "competition" : TYPED_NAME[mention.type];
  return makeCandidate(facts, "fill-in", {
    prompt: `Type the missing ${typed}: “${candidate.stem}”`,
    stem: candidate.stem,
    answer: mention.entity,
    // India's Congress party is not typed back as "U.S. Congress".
    accepted: [
      ...new Set([
        mention.entity,
        mention.text,
        ...(anotherCountrysBody(facts, entity, sentence.text) ? [] : aliasesOf(mention.entity)),
        ...(mention.type === "organization" ? shortFormsOf(mention.entity, facts) : []),
      ]),
    ],
    distractors: { options: [], fromArticle: 0 },
    evidence: candidate.evidence,
    sentence: mention.sentence,
    context: candidate.context,
    entity: mention.entity,
    explanation: candidate.explanation,
    // (The lead's names are the story's: "Nippon Steel completed its acquisition of _____" is asked.)
    problems: [
      ...candidate.problems,
      ...(mention.sentence > 1 && obscure(facts, mention, entity) && !aCompany(facts.parsed.text, mention.end)
        ? [OBSCURE_TO_TYPE]
        : []),
      // "lifting off on a _____ rocket": the maker or the model ("Falcon 9") fits; typed, only one is accepted.
      ...(mention.type === "organization" && MAKERS_PRODUCT.test(facts.parsed.text.slice(mention.end, mention.end + 16))
        ? [MAKER_OR_MODEL]
        : []),
    ],
  });
}

const OBSCURE_TO_TYPE = "not worth asking: an obscure name to type";

/**
 * "deputy commander to _____, the Taliban special force" (Sara Keta), "north of _____" (Port Douglas): a body or town
 * named once that no gazetteer knows is spelling practice, not the story (judged rounds 15 and 16, both judges); so
 * is one of a sentence's minor people.
 */
function obscure(facts: Facts, { type, sentence }: Mention, entity: Entity): boolean {
  if (entity.mentions > 1) return false;
  // "Even though _____ and Muhammad Ridwan both scored …", "The dead militants included _____, alias Nasrat, … as well
  // as … Ahmadullah Taluqani": one of a sentence's minor people (each named once, with no role) is spelling practice
  // (judged round 23, both judges, twice). One named once alone ("Elton John's farewell tour") is the sentence's point.
  if (type === "person")
    return (
      minor(facts, entity.name) &&
      facts.mentions.some(
        (other) =>
          other.sentence === sentence &&
          other.type === "person" &&
          other.entity !== entity.name &&
          minor(facts, other.entity),
      )
    );
  // (A body whose name says what it is, "Monetary Policy Committee", is a name a reader keeps.)
  if (type === "organization")
    return (
      !ORGANIZATION_BY_NAME.has(entity.name.toLowerCase()) &&
      !ORGANIZATION_HEADS.has(entity.name.split(" ").at(-1)!.toLowerCase())
    );
  return (
    (type === "city" && !CITY_NAMES.has(entity.name.toLowerCase())) ||
    (type === "region" && regionScale(entity.name) === "other")
  );
}

/** "Cambridge Analytica, a data mining firm": a company the sentence introduces is news of its own. */
const aCompany = (text: string, end: number) =>
  /^,\s+an?\s+[^,.;]{0,40}\b(?:firm|company|maker|startup|group|retailer|bank|carrier|airline|provider)\b/.test(
    text.slice(end, end + 60),
  );

/** A person the article names once and gives no role. */
const minor = (facts: Facts, name: string) =>
  facts.entities.get(name)?.mentions === 1 && !facts.roles.some((role) => role.person === name);
