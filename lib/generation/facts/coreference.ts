import type { Sentence } from "../parse";
import { shortName } from "../shared/names";
import type { Mention, Quote, Role } from "./types";

// Who a later mention means: a surname, a pronoun, a name the article shortens.

/** The people named so far, in reading order: a later "Roosevelt" is the Roosevelt named most recently. */
export class PeopleNamedSoFar {
  private readonly people: { name: string; first: string; last: string }[] = [];

  add(name: string, words: string[]): void {
    this.people.push({ name, first: words[0]!, last: words.at(-1)! });
  }

  /** The full name of the person most recently named whose name, surname or first name is `name`. */
  find(name: string): string | undefined {
    for (let index = this.people.length - 1; index >= 0; index--) {
      const person = this.people[index]!;
      if (person.name === name || person.last === name || person.first === name) return person.name;
    }
    return undefined;
  }
}

/**
 * "Former Brazilian president Bolsonaro charged …" above "… former President Jair Bolsonaro": a surname
 * named before the full name is still that person, when only one person has it. A surname two people share
 * ("Assange" beside Julian and Stella Assange) is marked `shared`.
 */
export function resolveSurnames(mentions: Mention[], roles: Role[]): void {
  const fullNames = [
    ...new Set(
      mentions
        .filter((mention) => mention.type === "person" && mention.entity.includes(" "))
        .map((mention) => mention.entity),
    ),
  ];
  const bySurname = new Map<string, string[]>();
  for (const name of fullNames)
    bySurname.set(name.split(" ").at(-1)!, [...(bySurname.get(name.split(" ").at(-1)!) ?? []), name]);
  const fullNameOf = (name: string) =>
    !name.includes(" ") && bySurname.get(name)?.length === 1 ? bySurname.get(name)![0]! : name;
  for (const mention of mentions) {
    if (mention.type !== "person") continue;
    mention.entity = fullNameOf(mention.entity);
    if (!mention.text.includes(" ") && (bySurname.get(mention.text.replace(/['’]s$/, ""))?.length ?? 0) > 1)
      mention.shared = true;
  }
  for (const role of roles) role.person = fullNameOf(role.person);
}

/** The one-word form the article itself uses for each person ("Wang" for Wang Yi, "Lindner"). */
export function shortNamesOf(mentions: Mention[]): Map<string, string> {
  const shortNames = new Map<string, string>();
  for (const mention of mentions) {
    // The surname ("Lindner"), or a family name written first ("Wang"); not a first name ("Christian" in
    // "the Christian Democrats" is no short form of Christian Lindner).
    const words = mention.entity.split(" ");
    const shortForm = mention.text.replace(/['’]s$/, "");
    if (
      mention.type === "person" &&
      !mention.text.includes(" ") &&
      mention.text !== mention.entity &&
      (shortForm === words.at(-1) ||
        (shortForm === words[0] && words.length === 2 && shortName(mention.entity) === words[0]))
    ) {
      shortNames.set(mention.entity, mention.text);
    }
  }
  return shortNames;
}

/**
 * "he" in a sentence is, in news prose, the subject of the story so far: the speaker of a quote in
 * the previous sentence, else the first person named in the previous sentence. People named in
 * the same sentence ("talks with Lavrov, he added") are not the referent.
 */
export function resolvePronoun(
  sentence: number,
  quotes: Quote[],
  mentions: Mention[],
  sentences?: Sentence[],
): string | undefined {
  const previousQuote = [...quotes].reverse().find((quote) => quote.sentence === sentence - 1);
  if (previousQuote) return previousQuote.speaker;
  const inSentence = new Set(
    mentions
      .filter((mention) => mention.sentence === sentence && mention.type === "person")
      .map((mention) => mention.entity),
  );
  for (let back = sentence - 1; back >= Math.max(0, sentence - 3); back--) {
    const first = mentions.find(
      (mention) => mention.sentence === back && mention.type === "person" && !inSentence.has(mention.entity),
    );
    // Shown to a learner ("[Ding Liren] breaks the record …"), the referent must be the sentence's subject:
    // "The 18-year-old won … after Ding made a mistake" is about someone else.
    if (first && sentences && first.start - sentences[back]!.start > 40) return undefined;
    if (first) return first.entity;
  }
  return undefined;
}
