import type { RemovalReason } from "../types";
import {
  isCaptionBesideCredit,
  isCaptionLikeRepeat,
  isPlainCaption,
  isPresentTenseCaption,
  isStandaloneCredit,
} from "./credits";
import { LIST_LABEL } from "./line-rules";
import { BOX_LABELS } from "./page-furniture.data";
import { anyPhrase } from "./phrases";

/**
 * Rules that judge a line by its neighbours: a caption beside its credit, a line shown twice, a list of
 * other headlines under its label, a menu. Each fills in decisions for lines no earlier rule removed.
 */
export interface PageLine {
  text: string;
  words: number;
}

export type Decisions = (RemovalReason | undefined)[];

const endsSentence = (line: string) => /[.!?…]["”’')\]]*$/.test(line);

export const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s.…!?:;,'"“”|–—-]+/g, " ")
    .trim();

/** A line of prose: a sentence ends in it, and it is long enough to be story. */
export function isProse(line: PageLine): boolean {
  // "U.N. Brands …" or "Dr. Singh" is not the end of a sentence: the word before the stop is lowercase.
  return (line.words >= 8 && /[a-z0-9%)"”’]{2}[.!?…]["”’')\]]*(?:\s|$)/.test(line.text)) || line.words >= 30;
}

/**
 * Repeats. A caption shown twice in a row (the image's text and its caption) goes both times; a line
 * that is a caption glued to itself ("Flying apartFlying apart") goes; a line shown three times or more
 * is a widget's text and goes every time; any other later copy of a line (or of its beginning, when the
 * copy is cut short) goes as a repeat, and the first copy stays as story.
 */
export function markRepeats(lines: PageLine[], decisions: Decisions): void {
  const keys = lines.map((line) => comparable(line.text));
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  lines.forEach((line, index) => {
    if (decisions[index] || !keys[index]) return;
    const key = keys[index]!;
    const half = line.text.length % 2 === 0 ? line.text.slice(0, line.text.length / 2) : "";
    if (half && half === line.text.slice(half.length) && half.split(/\s+/).length >= 3) {
      decisions[index] = "photo-caption";
      return;
    }
    const neighbours = [keys[index - 1], keys[index + 1]];
    const gluedAbove = lines[index - 1]?.text === line.text + line.text;
    if (gluedAbove || (neighbours.includes(key) && isCaptionLikeRepeat(line.text, line.words))) {
      decisions[index] = "photo-caption";
      return;
    }
    if ((counts.get(key) ?? 0) >= 3 && line.words >= 4) {
      decisions[index] = "repeated-text";
      return;
    }
    const earlier = keys.slice(0, index);
    const copies = earlier.some(
      (other) => other === key || (line.words >= 8 && key.length >= 40 && other.startsWith(key)),
    );
    if (copies && line.words >= 3) decisions[index] = "repeated-text";
  });
}

/**
 * Captions beside a credit line: "…gave remarks at the White House, April 8, 2025." above "Alex
 * Brandon/AP", or "(Credit: NASA/ Public Domain)" under a line that has no full stop.
 */
export function markCaptionsBesideCredits(lines: PageLine[], decisions: Decisions): void {
  lines.forEach((line, index) => {
    if (decisions[index] !== "photo-caption" || !isStandaloneCredit(line.text, line.words)) return;
    const before = index - 1;
    if (before >= 0 && !decisions[before] && isCaptionBesideCredit(lines[before]!.text, lines[before]!.words)) {
      decisions[before] = "photo-caption";
    }
  });
}

/**
 * Captions with no credit. Name-and-role captions and described pictures go wherever they stand;
 * present-tense captions ("… seen in infrared images") only where they are not the headline (`keep`).
 */
export function markUncreditedCaptions(
  lines: PageLine[],
  decisions: Decisions,
  keep: ReadonlySet<number> | "plain-only",
): void {
  lines.forEach((line, index) => {
    if (decisions[index]) return;
    const caption =
      isPlainCaption(line.text, line.words) ||
      (keep !== "plain-only" && !keep.has(index) && isPresentTenseCaption(line.text, line.words));
    if (caption) decisions[index] = "photo-caption";
  });
}

/**
 * A standfirst or page description that repeats the story's opening: "Get the latest stories at …
 * <the first sentence>" above "<dateline> <the first sentence> …". Whatever else it says must be the
 * page's own pitch, so no story goes with it.
 */
export function markEchoedStandfirst(lines: PageLine[], decisions: Decisions, storyStart: number): void {
  for (let index = storyStart; index < Math.min(lines.length, storyStart + 2); index++) {
    const line = lines[index]!;
    if (decisions[index] || line.words > 80) continue;
    const sentences = line.text.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z"“])/);
    const later = lines.flatMap((other, at) => (at > index && !decisions[at] ? [comparable(other.text)] : []));
    const echoed = sentences.filter(
      (sentence) => sentence.split(/\s+/).length >= 8 && later.some((other) => other.includes(comparable(sentence))),
    );
    // What is not echoed must be the page's own pitch ("Get the latest …"), or the line would lose story.
    const rest = sentences.filter((sentence) => !echoed.includes(sentence));
    const pitch = rest.every(
      (sentence) =>
        sentence.split(/\s+/).length <= 15 &&
        /^(?:get|read|find|discover|catch|stay|follow|watch|check|see|explore)\b/i.test(sentence),
    );
    if (echoed.length > 0 && pitch) decisions[index] = "repeated-text";
  }
}

/** A title-case line beside a caption is the picture's title ("Yellen Gives Testimony To Committee"). */
export function markImageTitles(lines: PageLine[], decisions: Decisions, keep: ReadonlySet<number>): void {
  lines.forEach((line, index) => {
    if (decisions[index] || keep.has(index) || !isTitleCase(line) || line.words < 3) return;
    if (decisions[index - 1] === "photo-caption" || decisions[index + 1] === "photo-caption") {
      decisions[index] = "image-alt";
    }
  });
}

export function isTitleCase(line: PageLine): boolean {
  if (endsSentence(line.text) || /[,;]$/.test(line.text)) return false;
  const words = line.text.split(/\s+/).filter((word) => /^[\p{L}]/u.test(word) && word.length >= 4);
  return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Four or more lines in a row of at most three words and no sentence punctuation: a menu, not prose. */
export function markMenuRuns(lines: PageLine[], decisions: Decisions): void {
  const isMenuItem = (index: number) => {
    const line = lines[index];
    return line !== undefined && line.words <= 3 && !/[.!?:"”]$/.test(line.text);
  };
  let index = 0;
  while (index < lines.length) {
    let end = index;
    while (isMenuItem(end)) end++;
    if (end - index >= 4) for (let at = index; at < end; at++) decisions[at] ??= "page-furniture";
    index = Math.max(end, index + 1);
  }
}

/**
 * Lists of other stories. After a list label ("Related Stories", "Go to video") or a video's time code
 * ("01:00"), the headlines that follow are the list's items, up to the next line of prose; a section
 * label ("Opinion") over a title-case headline promotes another story. Only below the story's start: a
 * label above the headline ("Breaking News") is removed alone, and the headline under it stays.
 */
export function markHeadlineLists(lines: PageLine[], decisions: Decisions, storyStart: number): void {
  const isItem = (line: PageLine) => line.words <= 25 && !isProse(line) && !/:$/.test(line.text);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const timeCode = /^\d{1,2}:\d{2}(?::\d{2})?$/.test(line.text);
    const label = index >= storyStart && LIST_LABEL.test(line.text);
    if (!timeCode && !label) continue;
    let at = index + 1;
    while (at < lines.length && (decisions[at] || isItem(lines[at]!))) {
      decisions[at] ??= "ticker";
      if (timeCode) break;
      at++;
    }
  }
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (index < storyStart || decisions[index] || !next || decisions[index + 1]) return;
    if (line.words <= 2 && /^\p{Lu}/u.test(line.text) && !/[.!?:]$/.test(line.text) && isTitleCase(next)) {
      decisions[index] = "related-link";
      decisions[index + 1] = "related-link";
    }
  });
}

/** Section labels in capitals inside the story: "KEY FACTS", "WHAT TO WATCH FOR", "BIG NUMBER:". */
export function markCapitalLabels(lines: PageLine[], decisions: Decisions, keep: ReadonlySet<number>): void {
  lines.forEach((line, index) => {
    if (decisions[index] || keep.has(index) || line.words > 6) return;
    const letters = line.text.replace(/[^\p{L}]/gu, "");
    if (letters.length >= 3 && letters === letters.toUpperCase() && !/[.!?]$/.test(line.text)) {
      // "WASHINGTON —" or "BEIJING:" alone is a dateline, which is story.
      if (/^[\p{Lu} .,'’-]+\s*[—–:-]+$/u.test(line.text) && line.words <= 3) return;
      decisions[index] = "section-label";
    }
  });
}

/** Short labels of a summary box: "Fast Facts:", "Key points:", "At a glance:". */
const BOX_LABEL = new RegExp(
  String.raw`^(?:fast|key|quick)\s+(?:facts|points|takeaways)|^${anyPhrase(BOX_LABELS)}\s*:?$`,
  "i",
);

export function markBoxLabels(lines: PageLine[], decisions: Decisions): void {
  lines.forEach((line, index) => {
    if (decisions[index]) return;
    if (BOX_LABEL.test(line.text)) decisions[index] = "section-label";
  });
}

const FURNITURE: ReadonlySet<RemovalReason> = new Set([
  "share-prompt",
  "ticker",
  "comment-prompt",
  "newsletter-prompt",
  "site-name",
  "page-furniture",
  "breadcrumb",
]);

/**
 * Below the story, a short line wedged between two lines of page furniture is furniture too ("Follow us
 * / Feel free to say hello. … / Most popular"), and so is a short last line under two of them (a site's
 * slogan after "Comments / Loading…").
 */
export function markTailFurniture(lines: PageLine[], decisions: Decisions, storyStart: number): void {
  const isFurniture = (index: number) => FURNITURE.has(decisions[index]!);
  lines.forEach((line, index) => {
    if (decisions[index] || index <= storyStart || line.words > 20 || /["“”]/.test(line.text)) return;
    if (isFurniture(index - 1) && isFurniture(index + 1)) decisions[index] = "page-furniture";
  });
  const last = lines.length - 1;
  const tail = lines[last];
  if (
    tail &&
    !decisions[last] &&
    last > storyStart &&
    tail.words <= 12 &&
    !endsSentence(tail.text) &&
    isFurniture(last - 1) &&
    isFurniture(last - 2)
  ) {
    decisions[last] = "page-furniture";
  }
}

/**
 * Trailing title-case lines with no full stop after the last sentence ("Templates To Jump Start Your
 * Business") are links to other pages. Only after real prose: a text of title-case lines stays.
 */
export function markTrailingLinkTitles(lines: PageLine[], decisions: Decisions): void {
  const open = lines.flatMap((_, index) => (decisions[index] ? [] : [index]));
  const isLinkTitle = (line: PageLine) => {
    const words = line.text.split(/\s+/);
    return (
      words.length >= 3 &&
      words.length <= 10 &&
      !/[.!?:;,"”)]$/.test(line.text) &&
      words.every((word) => /^[A-Z0-9&]/.test(word))
    );
  };
  let last = open.length - 1;
  while (last > 0 && isLinkTitle(lines[open[last]!]!)) last--;
  if (last < open.length - 1 && /[.!?"”]$/.test(lines[open[last]!]!.text)) {
    for (const index of open.slice(last + 1)) decisions[index] = "related-link";
  }
}
