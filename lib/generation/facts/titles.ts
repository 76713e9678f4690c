import escapeStringRegexp from "escape-string-regexp";
import { LOWER_CASE_TITLES } from "../data/language-words.data";
import { TITLES } from "../data/titles.data";
import type { Sentence, Token } from "../parse";
import { classify } from "./classify";
import { looksLikePersonName } from "./people";

/** Titles written with a name: "Foreign Minister Sergei Lavrov", "top diplomat Wang Yi". */
export const TITLE_WORDS = new Set(TITLES.flatMap((title) => title.split(" ")).map((word) => word.toLowerCase()));
const sortedTitles = [...TITLES].sort((a, b) => b.length - a.length);
// "US President Donald Trump": an optional qualifier, the longest title that fits, then the name.
// "Spanish Egyptologist Jose Manuel Galan": a field of study named after a place is written capitalised.
const TITLE_ALTERNATIVES = sortedTitles.map((title) => title.replace(/[.]/g, "\\.")).join("|");
// "Former Education Secretary Justine Greening", "Acting Police Chief …": a word of time before the title too.
const TITLE_PREFIX = new RegExp(
  String.raw`^((?:(?:Former|Acting|Interim|Outgoing)\s+)?(?:[A-Z][\w.-]*\s+)?` +
    `(?:${TITLE_ALTERNATIVES}|[A-Z][a-z]+ologist))\\s+`,
);

// An office "of" or "for" a department, then a two-word name.
const OFFICE_OF_DEPARTMENT = new RegExp(
  String.raw`^((?:(?:Senior|Deputy|Executive|Associate|Assistant)\s+)?` +
    String.raw`(?:Director|Head|Manager|Chief|Vice President|President|Editor|Chair|Chairman|Secretary)\s+` +
    String.raw`(?:of|for)\s+(?:[A-Z][\w&-]*\s+(?:and\s+)?){1,4})([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)$`,
);

// A lower-case title just before a name, with up to two capitalised words or "top", "chief"… before it:
// "top diplomat Wang Yi", "Russian foreign minister Sergei Lavrov", "data scientist Adam Kramer".
const LOWER_CASE_TITLE = new RegExp(
  String.raw`(?<![\w-])((?:(?:[A-Z][a-z]+\s+){0,2}|(?:top|chief|senior|former|deputy)\s+)?(?:co-)?(?:` +
    String.raw`(?:prime|foreign|finance|defen[cs]e|interior|health|trade) minister|` +
    String.raw`(?:[A-Z][a-z]+\s+)?` +
    String.raw`(?!(?:the|a|an|his|her|its|their|our|former|senior|deputy|top|chief)\s)[a-z]+ minister|` +
    String.raw`[a-z]+ologist|` +
    `${LOWER_CASE_TITLES.map(escapeStringRegexp).join("|")}))\\s+$`,
);

// The word each LOWER_CASE_TITLE alternative ends with ("officer" of "chief financial officer"; every entry
// ends in a lower-case letter), so the pattern runs only after such a word: most names follow "said".
const LOWER_CASE_TITLE_ENDS = new Set(["minister", ...LOWER_CASE_TITLES.map((title) => /[a-z]+$/.exec(title)![0])]);

/** A cheap first test for LOWER_CASE_TITLE: `before` ends in spaces after a title's last word (or "…ologist"). */
function mayEndWithLowerCaseTitle(before: string): boolean {
  // trimEnd strips exactly what \s matches, and the pattern needs at least one such character at the end.
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  let start = trimmed.length;
  while (start > 0 && trimmed.charCodeAt(start - 1) >= 97 && trimmed.charCodeAt(start - 1) <= 122) start--;
  const word = trimmed.slice(start);
  return LOWER_CASE_TITLE_ENDS.has(word) || word.endsWith("ologist");
}

const BODY_WORD_COUNTS = [3, 2] as const;

/**
 * How many words of a run open it as a known body of three or two words followed by a title ("European
 * Commission President …"), or 0. A module-level loop, not `find` with a closure: this runs for every run.
 */
function bodyWordsOf(runWords: string[]): number {
  for (const count of BODY_WORD_COUNTS)
    // TITLE_PREFIX needs a word after the title: a run of `count` words or fewer cannot have one.
    if (
      count < runWords.length &&
      classify(runWords.slice(0, count).join(" "))?.type === "organization" &&
      TITLE_PREFIX.test(runWords.slice(count - 1).join(" "))
    )
      return count;
  return 0;
}

/** A capitalised run read for a title: the role, and the name without it from token `first` on. */
export interface TitledRun {
  role: string | undefined;
  first: number;
  name: string;
}

/**
 * A title inside the run ("US President Donald Trump", "Foreign Minister Sergei Lavrov", "Director of
 * Product Management Joe Ambeault") or in lower case just before it ("top diplomat Wang Yi"). Undefined
 * when the run is all title.
 */
export function readTitle(
  text: string,
  tokens: Token[],
  sentence: Sentence,
  run: { first: number; last: number; name: string },
): TitledRun | undefined {
  let { first, name } = run;
  const { last } = run;
  let role: string | undefined;
  // "European Commission President Ursula von der Leyen": a known body of two or three words before the
  // title; not where the run was cut from a longer name ("Democratic" before "National Committee Chairman").
  const cutFromName =
    first > sentence.firstToken &&
    /^[A-Z]/.test(tokens[first - 1]!.text) &&
    text.slice(tokens[first - 1]!.end, tokens[first]!.start) === " ";
  const runWords = name.split(/\s+/);
  const bodyWords = cutFromName ? 0 : bodyWordsOf(runWords);
  const body = runWords.slice(0, bodyWords).join(" ");
  const afterBody = runWords.slice(bodyWords).join(" ");
  const titled = TITLE_PREFIX.exec(afterBody);
  if (titled) {
    const rest = afterBody.slice(titled[0].length);
    if (looksLikePersonName(rest)) {
      // "charged former President Jair Bolsonaro": he was President; the article's President is someone else.
      const former =
        !body && /\bformer\s+$/.test(text.slice(Math.max(0, tokens[first]!.start - 8), tokens[first]!.start));
      role = body ? `${body} ${titled[1]}` : former ? `former ${titled[1]}` : titled[1];
      first += bodyWords + titled[0].trim().split(/\s+/).length;
      if (first > last) return undefined;
      name = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/['’]s$/, "");
    }
  }
  // "Director of Product Management Joe Ambeault": an office "of" a department, then the name.
  if (!role) {
    const office = OFFICE_OF_DEPARTMENT.exec(name);
    if (office && looksLikePersonName(office[2]!)) {
      role = office[1]!.trim();
      const nameWords = office[2]!.split(/\s+/).length;
      first = last - nameWords + 1;
      name = office[2]!;
    }
  }
  // A lower-case title just before: "top diplomat Wang Yi", "data scientist Adam Kramer".
  if (!role) {
    const before = text.slice(Math.max(sentence.start, tokens[first]!.start - 40), tokens[first]!.start);
    const lowerTitle = mayEndWithLowerCaseTitle(before) ? LOWER_CASE_TITLE.exec(before) : null;
    // "played the small role of reporter Chess Roberts": a part in a film, not the person's job.
    const playedPart =
      lowerTitle &&
      /\b(?:role of|roles? as|play(?:s|ed|ing)?|portray(?:s|ed|ing)?|character)\s+$/i.test(
        before.slice(0, lowerTitle.index),
      );
    if (lowerTitle && !playedPart) role = lowerTitle[1];
  }
  return { role, first, name };
}
