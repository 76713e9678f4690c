/**
 * "… once the NMC is in place": an acronym the article spells out elsewhere ("National Medical Commission Act") but
 * the stem does not leaves a reader without the article guessing (judged round 16: both judges, "NMC" and "MCI").
 * Shown as the article spells it: "once the [National Medical Commission] is in place".
 */
import escapeStringRegexp from "escape-string-regexp";
import { ORGANIZATION_BY_NAME } from "../gazetteer";
import type { Candidate } from "./candidate";
import { showStem } from "./stems";

const ACRONYM = /\b[A-Z]{3,6}\b/g;
// Small words a name's initials skip ("Medical Council of India": MCI).
const SKIPPED = new Set(["of", "the", "and", "for", "on", "in"]);

/** Spells out, in each stem, the acronyms the article spells out and the gazetteer does not know. */
export function explainAcronyms(candidates: Candidate[], text: string): void {
  const spelled = new Map<string, string | undefined>();
  const spellingOf = (acronym: string) => {
    if (!spelled.has(acronym)) spelled.set(acronym, spellingIn(text, acronym));
    return spelled.get(acronym);
  };
  for (const candidate of candidates) {
    // (A sentence shown with a blank, or as a statement: not a role asked by its name, "DNC Chairman".)
    if (candidate.type !== "true-false" && !candidate.stem.includes("_____")) continue;
    let stem = candidate.stem;
    for (const acronym of new Set(candidate.stem.match(ACRONYM) ?? [])) {
      const spelling = spellingOf(acronym);
      if (!spelling || stem.includes(spelling)) continue;
      stem = stem.replace(new RegExp(String.raw`\b${acronym}\b`, "g"), `[${spelling}]`);
    }
    showStem(candidate, stem);
  }
}

/** The capitalised words of `text` whose initials spell `acronym` ("Scottish Qualifications Authority"), if any. */
function spellingIn(text: string, acronym: string): string | undefined {
  if (ORGANIZATION_BY_NAME.has(acronym.toLowerCase())) return undefined;
  const start = new RegExp(String.raw`\b${escapeStringRegexp(acronym[0]!)}[a-z]+`, "g");
  for (const match of text.matchAll(start)) {
    // (Each word without the punctuation after it: "Authority," ends a name.)
    const words = text
      .slice(match.index)
      .split(/\s+/, acronym.length * 2 + 2)
      .map((word) => word.replace(/[^\p{L}]+$/u, ""));
    let letter = 0;
    let taken = 0;
    for (const word of words) {
      if (letter === acronym.length) break;
      if (SKIPPED.has(word) && letter > 0) {
        taken++;
        continue;
      }
      if (word[0] !== acronym[letter] || !/^[A-Z][a-z]+$/.test(word)) break;
      letter++;
      taken++;
    }
    if (letter === acronym.length) return words.slice(0, taken).join(" ");
  }
  return undefined;
}
