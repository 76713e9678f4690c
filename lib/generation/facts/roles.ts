import escapeStringRegexp from "escape-string-regexp";
import { JOB_HEADS } from "../data/language-words.data";
import type { Mention, Role } from "./types";

// The head of a job title after a name: "Ian Lyngen, senior Treasury strategist at CRT Capital".
const JOB_HEAD = [...JOB_HEADS.map(escapeStringRegexp), "head of [a-z]+"].join("|");
const TRAILING_ROLE = new RegExp(
  String.raw`^,\s+(?:a\s+|the\s+)?(?:[a-z]+['’]s\s+)?((?:[\w&.'’-]+\s+){0,4}?(?:${JOB_HEAD}))` +
    String.raw`(?=\s+(?:at|of|for|with|and)\b|\s*[,.;])`,
);
// "…, who is director": a clause about the person, not a title.
const NOT_IN_TITLE = /\b(?:who|which|that|is|was|has|had|said|says|told|the|a|an|his|her|their)\b/;

/**
 * Job titles written after the name: "Ian Lyngen, senior Treasury strategist at CRT Capital",
 * "Adam Kramer, Facebook data scientist and co-author of the study". A leading organisation name
 * is the employer, not the job ("Facebook data scientist" → "data scientist").
 */
export function trailingRoles(text: string, mentions: Mention[], known: Role[]): Role[] {
  const roles: Role[] = [];
  for (const mention of mentions) {
    if (mention.type !== "person" || !mention.text.includes(" ")) continue;
    const match = TRAILING_ROLE.exec(text.slice(mention.end, mention.end + 90));
    if (!match) continue;
    let role = match[1]!.trim();
    if (NOT_IN_TITLE.test(role)) continue;
    // "Facebook data scientist", "Nvidia's chief financial officer": the employer is not part of the job.
    const employer = /^([A-Z][\w&.-]*?)(?:['’]s)?\s+(?=[a-z])/.exec(role);
    if (employer && mentions.some((other) => other.type === "organization" && other.text === employer[1]))
      role = role.slice(employer[0].length);
    // "Blake Corder, the president of the Home Builders Association", "Kent Walker, Google's president of
    // global affairs": a bare "president" needs its "of …".
    if (!role.includes(" ")) {
      const complement =
        /^\s+((?:of|at)\s+(?:the\s+)?[\w&'’. -]{2,50}?)(?=\s*[,.;]|\s+(?:said|says|noted|told|who)\b)/.exec(
          text.slice(mention.end + match[0].length, mention.end + match[0].length + 70),
        );
      // "Gina DiBraccio, a NASA scientist": with its employer named, a bare job says enough.
      if (!complement && !employer) continue;
      // "professor of law at Cornell Law School in New York" is a "professor of law": the rest is where.
      if (complement) role = `${role} ${complement[1]!.trim().replace(/^(of\s+.*?)\s+(?:at|in)\s+.*$/, "$1")}`;
    }
    if (
      known.some((existing) => existing.person === mention.entity && existing.role.toLowerCase() === role.toLowerCase())
    )
      continue;
    roles.push({
      person: mention.entity,
      role,
      sentence: mention.sentence,
      start: mention.start,
      end: mention.end + match[0].length,
    });
  }
  return roles;
}
