import type { Sentence } from "../parse";
import type { Gender, Mention } from "./types";

const FEMALE_WORDS = /\b(?:she|her|hers|herself)\b/gi;
const MALE_WORDS = /\b(?:he|his|him|himself)\b/gi;

/**
 * Whom the article writes about as "she" and whom as "he", read only where the reference is clear:
 * pronouns after the name in a sentence that names nobody else ("Kramer says his team …"), an opening
 * phrase before the subject ("In her primary race, Angle said …"), a next sentence that opens with
 * "She"/"He" after a sentence whose subject is the person, and "Mr."/"Ms." before the name. A clear
 * majority counts; distractors and true/false swaps use it so "In her primary race, ___" is never
 * offered a man.
 */
export function gendersOf(text: string, sentences: Sentence[], mentions: Mention[]): Map<string, Gender> {
  const votes = new Map<string, { female: number; male: number }>();
  const vote = (person: string, passage: string) => {
    const tally = votes.get(person) ?? { female: 0, male: 0 };
    tally.female += passage.match(FEMALE_WORDS)?.length ?? 0;
    tally.male += passage.match(MALE_WORDS)?.length ?? 0;
    votes.set(person, tally);
  };
  const peopleIn = sentences.map(() => [] as Mention[]);
  for (const mention of mentions) if (mention.type === "person") peopleIn[mention.sentence]?.push(mention);
  for (const sentence of sentences) {
    const people = peopleIn[sentence.index]!;
    if (people.length === 0 || people.some((mention) => mention.entity !== people[0]!.entity)) continue;
    const first = people[0]!;
    const before = text.slice(sentence.start, first.start);
    // '"What Hilary Mantel has produced is …," he said': a name inside a quotation is not whom the speech tag's
    // pronoun means.
    if (insideQuotation(before)) continue;
    vote(first.entity, text.slice(first.end, sentence.end));
    if (/^(?:In|At|During|After|Before|On|For|With|As|When|While)\b[^,]{0,60},\s*$/.test(before))
      vote(first.entity, before);
    const next = sentences[sentence.index + 1];
    // The person opens the sentence ("Jensen Huang said …", "Chief executive Jensen Huang said …").
    const subject = /^(?:["“]?\s*)?(?:[\w.'’-]+\s+){0,3}$/.test(before);
    // The next sentence, naming nobody, goes on about the subject: "She added …", '"…," he said.'
    if (subject && next && peopleIn[next.index]!.length === 0) {
      vote(
        first.entity,
        /^(?:She|He)\b/.exec(next.text)?.[0] ??
          /["”],?\s+(she|he)\s+(?:said|says|added|told|noted|explained|wrote)\b/.exec(next.text)?.[1] ??
          "",
      );
    }
  }
  for (const mention of mentions) {
    if (mention.type !== "person") continue;
    const before = text.slice(Math.max(0, mention.start - 6), mention.start);
    if (/\b(?:Mrs|Ms|Miss)\.?\s$/.test(before)) vote(mention.entity, "she she");
    else if (/\bMr\.?\s$/.test(before)) vote(mention.entity, "he he");
  }
  const genders = new Map<string, Gender>();
  for (const [person, { female, male }] of votes) {
    if (female >= 1 && female >= 2 * male) genders.set(person, "female");
    else if (male >= 1 && male >= 2 * female) genders.set(person, "male");
  }
  return genders;
}

/** Whether text that runs up to a name leaves a quotation open (the name is quoted words). */
function insideQuotation(before: string): boolean {
  const straight = before.match(/"/g)?.length ?? 0;
  const opened = before.match(/“/g)?.length ?? 0;
  const closed = before.match(/”/g)?.length ?? 0;
  return straight % 2 === 1 || opened > closed;
}
