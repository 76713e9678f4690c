import { PEOPLE_OR_PARTS_OF as PEOPLE_OR_PARTS_OF_LIST } from "../data/name-words.data";
import { ORGANIZATION_HEADS, ORGANIZATION_NAME_PREFIXES } from "../gazetteer";
import type { Sentence, Token } from "../parse";
import { CONNECTORS, HYPHEN_WORDS, isCapitalized, NOT_NAMES } from "./name-words";

// Where names are: maximal runs of capitalised words in a sentence, read across the small words that
// join a name ("Luis de la Fuente", "Bank of England", "Food and Drug Administration").

// Plural nouns that open a sentence as "… of <name>" without being part of the name.
const PEOPLE_OR_PARTS_OF = new Set(PEOPLE_OR_PARTS_OF_LIST);
const UNION_TAIL = /^ (?:[A-Z][a-z]+ ){0,2}(?:Workers|Employees|Engineers|Technicians|Prevention|Development)\b/;

const COLLECTIVE_POSSESSIVE = /^(?:People|Women|Children|Workers)$/;

export interface Run {
  first: number;
  last: number;
  text: string;
}

/** Maximal runs of capitalised tokens (allowing "of", "de"… inside) within a sentence. */
export function capitalizedRuns(tokens: Token[], sentence: Sentence, text: string): Run[] {
  const runs: Run[] = [];
  let i = sentence.firstToken;
  while (i <= sentence.lastToken) {
    const token = tokens[i]!;
    if (!isCapitalized(token) || NOT_NAMES.has(token.text) || token.pos === "PUNCT") {
      i++;
      continue;
    }
    // "Shares of Alaska Air Group rose": a sentence's first word, capitalised only for being first.
    if (token.start === sentence.start && PEOPLE_OR_PARTS_OF.has(token.text) && tokens[i + 1]?.text === "of") {
      i += 2;
      continue;
    }
    let last = i;
    while (last + 1 <= sentence.lastToken) {
      const next = tokens[last + 1]!;
      const afterNext = tokens[last + 2];
      const adjacent = next.start === tokens[last]!.end || text.slice(tokens[last]!.end, next.start) === " ";
      if (!adjacent) break;
      if (isCapitalized(next) && !NOT_NAMES.has(next.text)) last++;
      else if (CONNECTORS.has(next.text) && afterNext && isCapitalized(afterNext) && last + 2 <= sentence.lastToken)
        last += 2;
      // "Luis de la Fuente", "Ursula von der Leyen": two small words inside a name.
      else if (
        CONNECTORS.has(next.text) &&
        afterNext &&
        CONNECTORS.has(afterNext.text) &&
        tokens[last + 3] &&
        isCapitalized(tokens[last + 3]!) &&
        last + 3 <= sentence.lastToken
      )
        last += 3;
      // "People's Liberation Army", "Women's Tennis Association": a collective possessive inside a name.
      else if (
        /^['’]s$/.test(next.text) &&
        COLLECTIVE_POSSESSIVE.test(tokens[last]!.text) &&
        next.start === tokens[last]!.end &&
        afterNext &&
        isCapitalized(afterNext) &&
        !NOT_NAMES.has(afterNext.text) &&
        text.slice(next.end, afterNext.start) === " " &&
        last + 2 <= sentence.lastToken
      )
        last += 2;
      // "Rolls-Royce", not "SEATTLE - Alaska Air Group" (a dateline's dash).
      else if (
        next.text === "-" &&
        afterNext &&
        isCapitalized(afterNext) &&
        next.start === tokens[last]!.end &&
        afterNext.start === next.end
      )
        last += 2;
      // "Choi Sang-mok", "Kim Jong-un": a given name of two syllables, the second in lower case, after a
      // family name ("Smith-led" has no family name before it).
      else if (
        next.text === "-" &&
        afterNext &&
        /^[a-z]{2,5}$/.test(afterNext.text) &&
        !HYPHEN_WORDS.test(afterNext.text) &&
        last > i &&
        next.start === tokens[last]!.end &&
        afterNext.start === next.end
      )
        last += 2;
      // "Centers for Disease Control and Prevention", "Food and Drug Administration", "Intergovernmental Panel on
      // Climate Change": known names with a small word inside.
      else if (
        (next.text === "and" || next.text === "for" || next.text === "on") &&
        afterNext &&
        isCapitalized(afterNext) &&
        ORGANIZATION_NAME_PREFIXES.has(
          text
            .slice(tokens[i]!.start, tokens[last]!.end)
            .toLowerCase()
            .replace(/^(?:the |u\.s\. |us )/, ""),
        )
      )
        last += 2;
      // "Kiel Institute for the World Economy", "Center for Strategic and International Studies": a body "for"
      // something.
      else if (
        next.text === "for" &&
        afterNext &&
        ORGANIZATION_HEADS.has(tokens[last]!.text.toLowerCase()) &&
        (isCapitalized(afterNext) ||
          (afterNext.text === "the" && tokens[last + 3] && isCapitalized(tokens[last + 3]!))) &&
        last + (afterNext.text === "the" ? 3 : 2) <= sentence.lastToken
      )
        last += afterNext.text === "the" ? 3 : 2;
      // "California Department of Forestry and Fire Protection": a department "of" two things.
      else if (
        next.text === "and" &&
        afterNext &&
        isCapitalized(afterNext) &&
        /\b(?:Department|Ministry|Bureau|Institute|Commission|Agency|Council|Office) of [A-Z]/.test(
          text.slice(tokens[i]!.start, tokens[last]!.end),
        )
      )
        last += 2;
      // "International Association of Machinists and Aerospace Workers": a union or an agency named
      // "… of X and Y Workers"; "Bank of England and Barclays" stays two names.
      else if (
        next.text === "and" &&
        / of [A-Z]/.test(text.slice(tokens[i]!.start, tokens[last]!.end)) &&
        UNION_TAIL.test(text.slice(next.end, next.end + 40))
      )
        last += 2;
      else break;
    }
    runs.push({ first: i, last, text: text.slice(tokens[i]!.start, tokens[last]!.end) });
    i = last + 1;
  }
  return runs;
}
