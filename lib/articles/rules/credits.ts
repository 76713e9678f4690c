/**
 * Photo credits and captions. A credit ("(AP Photo/Richard Drew)", "Matt Slocum / AP", "Picture:
 * Contributed") marks the line it ends as a caption; a caption without one is known by its shape (a
 * picture described in the present tense, a name and a role, a line shown twice).
 */
import { CAPTION_ROLES, CAPTION_VERBS, CREDIT_AGENCIES } from "./page-furniture.data";
import { anyPhrase } from "./phrases";

const AGENCIES = [
  "AFP",
  "Reuters",
  "AP",
  "AP Photo",
  "PTI",
  "ANI",
  "IANS",
  "Getty Images",
  "Getty",
  "Bloomberg",
  "EPA",
  "EPA-EFE",
  "Xinhua",
  "Shutterstock",
  "File",
  "File Photo",
  "Representational Image",
  "Representative Image",
  "HT Photo",
  "HT",
  "Twitter",
  "X",
  "Instagram",
  "Facebook",
  "Screengrab",
  "Screenshot",
  "Handout",
  "Pool",
  "Sputnik",
  "TASS",
  "Alamy",
  "iStock",
];
const AGENCY = AGENCIES.map((credit) => credit.replace(/ /g, "\\s+")).join("|");

/** What may stand inside a credit's brackets: an agency, "Name/Agency", "Photo: …". */
export const CREDIT = `(?:${[
  AGENCY,
  String.raw`[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*(?:/|via)\s*[A-Z][\w. -]{1,30}`,
  String.raw`(?:Photo|Image|Picture)(?:\s+credit)?\s*:\s*[^)]{1,40}`,
].join("|")})`;
export const CREDIT_PAREN = new RegExp(`\\(\\s*${CREDIT}\\s*\\)`, "i");

/**
 * A credit that only a photo has: "(Photo by …)", "(AP Photo/…)", "(Photographer: …)", "(Credit: …)",
 * "Picture: Contributed", "Image Credits: Twitter/@…", "© Reuters". A page may repeat the credit's
 * names after the bracket ("(Photo by Mark Wilson/Getty Images)Mark Wilson —Getty Images").
 */
export const PHOTO_CREDIT_AT_END = new RegExp(
  [
    String.raw`\(\s*(?:[A-Z]{2,5}\s+)?(?:photo(?:graph)?s?|image|picture|pic)\s*(?:by\b|credits?\b|:|/)` +
      String.raw`[^()]{0,80}\)(?:\s*\S+){0,6}`,
    String.raw`\(\s*(?:photographer|credits?|courtesy|source)\s*:[^()]{1,80}\)(?:\s*\S+){0,6}`,
    String.raw`(?:^|[.!?)]\s*|\s)(?:picture|photo(?:graph)?|image|pic)s?(?:\s+credits?)?\s*:\s*[^.!?:]{1,60}`,
    String.raw`(?:^|\s)©\s*[A-Z][^.!?]{0,50}\.?`,
  ]
    .map((pattern) => `(?:${pattern})`)
    .join("|") + String.raw`\s*$`,
  "i",
);

const AGENCY_ALONE = new RegExp(`^${anyPhrase(CREDIT_AGENCIES)}$`, "i");

/** "Reuters" or "AFP" alone: the agency's credit for the story (or a photo); it marks no caption. */
export function isAgencyAlone(line: string): boolean {
  return AGENCY_ALONE.test(line);
}

/** A line that is nothing but a credit: "Alex Brandon/AP", "(Credit: NASA/ Public Domain)", "Photo: Getty". */
export function isStandaloneCredit(line: string, words: number): boolean {
  return (
    words <= 8 &&
    (/^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*\/\s*[A-Z][\w.&' -]{1,40}$/.test(line) ||
      /^\(\s*(?:photo(?:graph)?|image|picture|credit|courtesy|source)s?\b[^()]*\)\.?$/i.test(line) ||
      /^(?:photo(?:graph)?|image|picture|pic)s?(?:\s+credits?)?\s*:\s*[A-Z][\w.&'/ -]{0,40}$/i.test(line) ||
      // "© Reuters." credits a photo; "© 2011 CNBC.com", with its year, is the page's footer.
      (words <= 3 && /^©\s*[^\d\s]\D*$/.test(line)) ||
      new RegExp(`^\\(?\\s*(?:photo|image|picture)\\s*(?:credit)?\\s*:?\\s*(?:${AGENCY})\\s*\\)?\\.?$`, "i").test(
        line,
      ) ||
      new RegExp(`^\\(\\s*(?:${AGENCY})\\s*\\)\\.?$`, "i").test(line))
  );
}

const MONTH_DAY_YEAR =
  /\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/;

/** One sentence (abbreviations such as "Aug." or "U.S." aside): captions rarely run to two. */
function sentenceCount(line: string): number {
  return line.split(/(?<=[a-z]{3}[.!?]["”’]?)\s+(?=[A-Z"“])/).length;
}

const endsSentence = (line: string) => /[.!?…]["”’')\]]*$/.test(line);

const PICTURE_DESCRIBED = new RegExp(
  String.raw`^\W*(?:t?his|the|a|an)?\s*(?:handout\s+|file\s+)?` +
    String.raw`(?:image|photo(?:graph)?|picture|screen\s*grab|video\s+grab|still)\b.{0,240}` +
    String.raw`\b(?:shows?|showing|taken|released)\b`,
  "i",
);
const PICTURED_ACTION = new RegExp(
  String.raw`\b${anyPhrase(CAPTION_VERBS)}\b|\((?:pictured|left|right|centre|center)\)`,
  "i",
);

/**
 * A caption with no credit that no headline looks like: "Mevlut Cavusoglu, Turkey's Foreign Minister" (a
 * name and a role), "his handout image … shows a bus …" (a picture described).
 */
export function isPlainCaption(line: string, words: number): boolean {
  if (words > 60 || /["“”]/.test(line) || /\b(?:said|says|told)\b/.test(line)) return false;
  return isNameAndRole(line, words) || PICTURE_DESCRIBED.test(line);
}

/**
 * A picture described in the present tense with no full stop: "Eye of the storm seen in infrared
 * images", "Prime Minister Singh joins other leaders for the opening session". A headline can read the
 * same way, so this is asked only of lines that are not the headline.
 */
export function isPresentTenseCaption(line: string, words: number): boolean {
  if (words > 45 || /["“”]/.test(line) || /\b(?:said|says|told)\b/.test(line)) return false;
  if (endsSentence(line) || sentenceCount(line) > 1) return false;
  return /\bseen\s+(?:in|at|on|during|from)\b/i.test(line) || PICTURED_ACTION.test(line);
}

// Words a clause does not end on: a paste cut mid-sentence often stops right after one.
const UNFINISHED_WORDS = [
  ...["the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "as"],
  ...["that", "which", "who", "his", "her", "its", "their", "is", "are", "was", "were", "has", "have", "had"],
  ...["will", "would"],
];
const UNFINISHED_END = new RegExp(String.raw`(?:\b(?:${UNFINISHED_WORDS.join("|")})|[,;:—–-])$`, "i");

/**
 * A present-tense caption that is a whole line by itself, a named rule for a paste's last line: a
 * picture described in one clause ("At Thimphu, Prime Minister Jane Doe joins other leaders for the
 * summit's opening session"), at least six words, ending on a finished phrase (not "the", "of" or a
 * comma). A bare name and role ("Jane Doe, Finance Minister") may be the start of a cut sentence, so it
 * is not one.
 */
export function isWholePresentTenseCaption(line: string, words: number): boolean {
  return (
    words >= 6 &&
    isPresentTenseCaption(line, words) &&
    !isNameAndRole(line, words) &&
    !UNFINISHED_END.test(line.trimEnd())
  );
}

const ROLE = new RegExp(String.raw`\b${anyPhrase(CAPTION_ROLES)}\b`, "i");

/** "Matthew Varley, Police Commissioner": a portrait's caption, not a sentence. */
function isNameAndRole(line: string, words: number): boolean {
  const match = /^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]+),\s+([^,.;:!?]+)$/.exec(line);
  if (!match || words > 9) return false;
  const role = match[2]!;
  return ROLE.test(role) && !/\b(?:is|are|was|were|has|have|had|will|would|said|says)\b/i.test(role);
}

/**
 * The line beside a standalone credit is its caption when it reads like one: no full stop at its end, or
 * one sentence that gives a full date ("…gave remarks at the White House, April 8, 2025, in Washington.").
 */
export function isCaptionBesideCredit(line: string, words: number): boolean {
  if (words > 60 || /["“”]/.test(line) || sentenceCount(line) > 1) return false;
  return !endsSentence(line) || MONTH_DAY_YEAR.test(line);
}

/** A caption shown twice in a row reads like one: a credit, no full stop, "(pictured)", or a date at its end. */
export function isCaptionLikeRepeat(line: string, words: number): boolean {
  if (words > 70 || sentenceCount(line) > 2) return false;
  return (
    PHOTO_CREDIT_AT_END.test(line) ||
    CREDIT_PAREN.test(line) ||
    !endsSentence(line) ||
    /\(pictured\)/i.test(line) ||
    new RegExp(`${MONTH_DAY_YEAR.source}\\.?$`).test(line)
  );
}
