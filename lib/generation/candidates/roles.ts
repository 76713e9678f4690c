import { OFFICE_HOLDERS } from "../data/people.data";
import { isPoliticalRole, personDistractors, roleDistractors } from "../distractors";
import type { Facts } from "../facts";
import type { ArticleInput } from "../types";
import { asOfLine, makeCandidateChoosingLater, sourceLine, type Candidate } from "./candidate";

/** "Who does the article describe as …?" and "What is …'s position?": one pair per role the article gives. */
export function roleCandidates(article: ArticleInput, facts: Facts): Candidate[] {
  const candidates: Candidate[] = [];
  const asOf = asOfLine(article);
  // "As of 1 April 2025, the article “…” …": a role is told with the date the article gave it.
  const theArticle = `${asOf || "The "}${asOf ? "the " : ""}article ${sourceLine(article, !asOf)}`;
  const sentenceOf = (index: number) => facts.sentences[index]!;
  const roleCounts = new Map<string, number>();
  for (const role of facts.roles)
    roleCounts.set(role.role.toLowerCase(), (roleCounts.get(role.role.toLowerCase()) ?? 0) + 1);
  for (const role of facts.roles) {
    // "Sen." or "Rep." alone says too little to ask about; so does a bare "leader" or "head".
    // A bare "director" or "executive" too: of what, the question cannot say ("mission director").
    if (
      /^[A-Z][a-z]{1,3}\.$/.test(role.role) ||
      /^(?:leader|head|chief|boss|member|official|director|executive|manager)$/i.test(role.role)
    )
      continue;
    // "Who does the article describe as "CEO"?": many are, in the world; the company makes it one person.
    const bareCompanyTitle = /^(?:CEO|chief executive|chairman|chairwoman|founder|co-founder)$/i.test(role.role);
    const sentence = sentenceOf(role.sentence);
    const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
    const seed = `role:${role.person}:${role.role}`;
    const ambiguous =
      (roleCounts.get(role.role.toLowerCase()) ?? 0) > 1 ||
      // A bare "President" when the article also has an "EDS President": more than one person fits.
      (!role.role.includes(" ") &&
        facts.roles.some(
          (other) => other.person !== role.person && other.role.toLowerCase().endsWith(role.role.toLowerCase()),
        ));
    // "Prime Minister" Hipkins: "former prime minister" Ardern is no wrong answer beside him.
    const asked = role.role.toLowerCase();
    const sameOffice = [
      ...facts.roles
        .filter(
          (other) =>
            other.person !== role.person &&
            (other.role.toLowerCase().includes(asked) || asked.includes(other.role.toLowerCase())),
        )
        .map((other) => other.person),
      // "Former President" Biden: Barack Obama is one too, in the world if not in the article.
      ...OFFICE_HOLDERS.filter(
        (holder) => holder.office.toLowerCase() === asked || holder.office.toLowerCase().endsWith(` ${asked}`),
      ).map((holder) => holder.name),
    ];
    const whoProblems = [
      ...(ambiguous ? ["more than one defensible answer (two people share the role)"] : []),
      ...(bareCompanyTitle ? ["more than one defensible answer (a title without its company)"] : []),
      // "Who does the article describe as 'Turkey's president'?": the stand-ins are the article's other people,
      // whose offices and countries the question rules out at a glance (judged round 6: 2 of 14 kept).
      ...(isPoliticalRole(facts, role.role) ? ["not worth asking: who holds an office the stand-ins cannot"] : []),
    ];
    const who = {
      prompt: `Who does the article describe as “${role.role}”?`,
      stem: `Who does the article describe as “${role.role}”?`,
      answer: role.person,
      evidence,
      sentence: role.sentence,
      entity: role.person,
      explanation: `Correct: ${role.person}. ${theArticle} calls ${role.person} “${role.role}”: “${sentence.text}”`,
      problems: whoProblems,
    };
    const position = {
      prompt: `What is ${role.person}'s position, according to the article?`,
      stem: `What is ${role.person}'s position, according to the article?`,
      answer: role.role,
      accepted: [role.role],
      evidence,
      sentence: role.sentence,
      entity: role.person,
      explanation: `Correct: ${role.role}. ${theArticle} names ${role.person} as “${role.role}”: “${sentence.text}”`,
    };
    // The stand-ins are chosen only for a question the gate reads them of (see makeCandidateChoosingLater).
    candidates.push(
      makeCandidateChoosingLater(facts, "who", who, () =>
        personDistractors(facts, role.person, sentence.text, seed, sameOffice),
      ),
      makeCandidateChoosingLater(facts, "role", position, () => roleDistractors(facts, role.person, role.role, seed)),
    );
  }
  return candidates;
}
