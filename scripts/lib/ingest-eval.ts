/**
 * Scores one ingested paste against its annotation (the corpus's .json): is the headline the page's,
 * is the date the page's, which annotated clutter lines are still in the text, which story lines lost
 * words, and how much inline junk is left. Pure: the CLI reads the files and prints.
 */
import * as chrono from "chrono-node";

export interface Annotation {
  title: string;
  /** YYYY-MM-DD, YYYY-MM, or null when the page shows no date. */
  published: string | null;
  headline_in_text: boolean;
  clutter: string[];
  truncated: boolean;
}

export interface IngestedForEval {
  title: string;
  titleMadeUp: boolean;
  publishedAt: string | null;
  originalText: string;
  text: string;
  removed: { start: number; end: number }[];
  cutOff: { text: string } | null;
}

export type DateVerdict = "right" | "wrong" | "missed" | "not shown";

export interface ArticleScore {
  headlineInText: boolean;
  headlineRight: boolean;
  /** A title that is a date, a marker, a URL, a clutter line or a scrap of one or two words. */
  junkTitle: boolean;
  title: string;
  titleMadeUp: boolean;
  expectedTitle: string;
  /** The annotated date is a full day that the page itself shows somewhere. */
  dateShown: boolean;
  date: DateVerdict;
  publishedAt: string | null;
  expectedPublished: string | null;
  clutterLines: number;
  clutterKept: string[];
  storyLines: number;
  storyLost: string[];
  inlineJunkKept: string[];
  /** The paste stops in the middle of its last story sentence (not only before the story's end). */
  stopsMidSentence: boolean;
  cutOffMarked: boolean;
}

/** Junk inside story lines: empty ticker brackets "(NASDAQ:)", wire end marks, ad markers, HTML tags. */
const INLINE_JUNK = /\(\s*[A-Z][A-Za-z.]{1,12}\s*:\s*\)|\bEnd\s?item\b|\[\s*ad_\d+\s*\]|<\s*\/?\s*[a-zA-Z][^<>]*>/g;

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s.…!?:;,'"|–—-]+/g, " ")
    .trim();

const words = (text: string) =>
  text
    .replace(INLINE_JUNK, " ")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

interface SourceLine {
  text: string;
  start: number;
  end: number;
  kind: "headline" | "clutter" | "story";
}

/**
 * The paste's lines, each marked as the annotation sees it. A line listed k times as clutter and found
 * m times in the text is clutter in its last k occurrences: the first copy of a repeated paragraph is story.
 */
function annotateLines(originalText: string, annotation: Annotation): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const raw of originalText.split("\n")) {
    const start = offset + (raw.length - raw.trimStart().length);
    const end = offset + raw.trimEnd().length;
    offset += raw.length + 1;
    if (end > start) lines.push({ text: raw.trim(), start, end, kind: "story" });
  }
  const clutterCount = new Map<string, number>();
  for (const line of annotation.clutter) clutterCount.set(line.trim(), (clutterCount.get(line.trim()) ?? 0) + 1);
  for (const [text, count] of clutterCount) {
    const matching = lines.filter((line) => line.text === text);
    for (const line of matching.slice(Math.max(0, matching.length - count))) line.kind = "clutter";
  }
  if (annotation.headline_in_text) {
    const headline = lines.find(
      (line) => line.kind === "story" && comparable(line.text) === comparable(annotation.title),
    );
    if (headline) headline.kind = "headline";
  }
  return lines;
}

/** Characters of the line that no removal covers, ignoring spaces and punctuation. */
function keptPart(line: SourceLine, originalText: string, removed: IngestedForEval["removed"]): string {
  let kept = "";
  for (let index = line.start; index < line.end; index++) {
    if (!removed.some((removal) => index >= removal.start && index < removal.end)) kept += originalText[index];
  }
  return kept.replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Every full calendar day the page writes out (with its year), as YYYY-MM-DD. */
function fullDatesOnPage(text: string): Set<string> {
  const found = new Set<string>();
  for (const result of chrono.en.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const start = result.start;
    if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
    const pad = (value: number | null) => String(value ?? 0).padStart(2, "0");
    found.add(`${start.get("year")}-${pad(start.get("month"))}-${pad(start.get("day"))}`);
  }
  return found;
}

function isJunkTitle(title: string, clutter: string[]): boolean {
  const trimmed = title.trim();
  if (!trimmed) return false; // an empty field that asks for the headline is not junk
  if (/https?:\/\/|www\.|^\[.*\]$|^\(.*\)$/i.test(trimmed)) return true;
  if (words(trimmed).length <= 2) return true;
  if (clutter.some((line) => comparable(line) === comparable(trimmed))) return true;
  const dates = chrono.en.strict.parse(trimmed);
  return dates.some((date) => date.text.length >= trimmed.length * 0.6);
}

function dateVerdict(ours: string | null, expected: string | null, shown: boolean): DateVerdict {
  if (ours && (!expected || !(ours === expected || (expected.length === 7 && ours.startsWith(expected)))))
    return "wrong";
  if (ours) return "right";
  if (!expected) return "right";
  return shown ? "missed" : "not shown";
}

export function scoreArticle(article: IngestedForEval, annotation: Annotation): ArticleScore {
  const lines = annotateLines(article.originalText, annotation);
  const cleanedWords = ` ${words(article.text).join(" ")} `;
  const clutter = lines.filter((line) => line.kind === "clutter");
  const story = lines.filter((line) => line.kind === "story");
  const shown =
    annotation.published !== null &&
    annotation.published.length === 10 &&
    fullDatesOnPage(article.originalText).has(annotation.published);
  return {
    headlineInText: annotation.headline_in_text,
    headlineRight: comparable(article.title) === comparable(annotation.title),
    junkTitle:
      comparable(article.title) !== comparable(annotation.title) && isJunkTitle(article.title, annotation.clutter),
    title: article.title,
    titleMadeUp: article.titleMadeUp,
    expectedTitle: annotation.title,
    dateShown: shown,
    date: dateVerdict(article.publishedAt, annotation.published, shown),
    publishedAt: article.publishedAt,
    expectedPublished: annotation.published,
    clutterLines: clutter.length,
    clutterKept: clutter
      .filter((line) => keptPart(line, article.originalText, article.removed) !== "")
      .map((line) => line.text),
    storyLines: story.length,
    storyLost: story
      .filter((line) => words(line.text).length > 0 && !cleanedWords.includes(` ${words(line.text).join(" ")} `))
      .map((line) => line.text),
    inlineJunkKept: article.text.match(INLINE_JUNK) ?? [],
    stopsMidSentence: annotation.truncated && !/[.!?…]["”’')\]]*$/.test(story.at(-1)?.text ?? "."),
    cutOffMarked: article.cutOff !== null,
  };
}

export interface Totals {
  articles: number;
  headlineInText: number;
  headlineRight: number;
  junkTitles: number;
  madeUpTitles: number;
  datesShown: number;
  datesShownRight: number;
  datesWrong: number;
  clutterLines: number;
  clutterKept: number;
  storyLines: number;
  storyLost: number;
  inlineJunkKept: number;
  clean: number;
  stopsMidSentence: number;
  stopsMidSentenceMarked: number;
  cutOffMarkedOtherwise: number;
}

export function totalsOf(scores: ArticleScore[]): Totals {
  const count = (test: (score: ArticleScore) => boolean) => scores.filter(test).length;
  const sum = (value: (score: ArticleScore) => number) => scores.reduce((total, score) => total + value(score), 0);
  return {
    articles: scores.length,
    headlineInText: count((score) => score.headlineInText),
    headlineRight: count((score) => score.headlineInText && score.headlineRight),
    junkTitles: count((score) => score.junkTitle),
    madeUpTitles: count((score) => score.titleMadeUp),
    datesShown: count((score) => score.dateShown),
    datesShownRight: count((score) => score.dateShown && score.date === "right"),
    datesWrong: count((score) => score.date === "wrong"),
    clutterLines: sum((score) => score.clutterLines),
    clutterKept: sum((score) => score.clutterKept.length),
    storyLines: sum((score) => score.storyLines),
    storyLost: sum((score) => score.storyLost.length),
    inlineJunkKept: sum((score) => score.inlineJunkKept.length),
    clean: count(
      (score) =>
        score.clutterKept.length === 0 &&
        score.storyLost.length === 0 &&
        score.inlineJunkKept.length === 0 &&
        (!score.headlineInText || score.headlineRight) &&
        !score.junkTitle,
    ),
    stopsMidSentence: count((score) => score.stopsMidSentence),
    stopsMidSentenceMarked: count((score) => score.stopsMidSentence && score.cutOffMarked),
    cutOffMarkedOtherwise: count((score) => !score.stopsMidSentence && score.cutOffMarked),
  };
}
