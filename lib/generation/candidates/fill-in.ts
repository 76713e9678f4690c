import { anotherCountrysBody } from "../distractors";
import { shortFormsOf, type Facts } from "../facts";
import { aliasesOf } from "../gazetteer";
import { makeCandidate, type Candidate } from "./candidate";
import type { Blank } from "./blanks";

const TYPED_NAME = { person: "name", organization: "organisation", country: "place", city: "place" } as const;

/**
 * "Type the missing name: …": the blanked sentence again, answered by typing, for a person, an
 * organisation, a country or a city (every form the article and the gazetteer give is accepted).
 */
export function fillInCandidate(facts: Facts, blank: Blank): Candidate | undefined {
  const { mention, entity, sentence, candidate } = blank;
  if (
    mention.type !== "person" &&
    mention.type !== "organization" &&
    mention.type !== "country" &&
    mention.type !== "city"
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
    problems: [...candidate.problems],
  });
}
