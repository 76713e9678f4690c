import type { CleanedText, Dateline, Removal, RemovalReason } from "./types";
import { lineRuleFor } from "./rules/line-rules";
import {
  comparable,
  type Decisions,
  markBoxLabels,
  markCapitalLabels,
  markCaptionsBesideCredits,
  markEchoedStandfirst,
  markHeadlineLists,
  markImageTitles,
  markMenuRuns,
  markRepeats,
  markTailFurniture,
  markTrailingLinkTitles,
  markUncreditedCaptions,
  type PageLine,
} from "./rules/context-rules";
import { inlineRemovals } from "./rules/inline-rules";
import { isStandaloneCredit, isWholePresentTenseCaption, PHOTO_CREDIT_AT_END } from "./rules/credits";
import { findHeadline, markAroundHeadline, storyStartOf, titleFromHeadlineLine } from "./headline";
import { datelineAt } from "./dateline";
import { cutOffSentence } from "./cut-off";

/**
 * Removes web clutter from article text, one line (paragraph) at a time, and records every removal
 * with its reason and offsets into the input so it can be shown and restored. Rules are written to
 * err on keeping text: a line is removed only when the whole line is clutter; inside a line only a
 * caption glued to its end, empty ticker brackets, ad markers, stray HTML tags and wire end marks go.
 * Every decision is taken on the original text, so putting a removal back changes nothing else.
 */
const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

interface CleanOptions {
  /** Start offsets of removals the user put back. */
  restore?: ReadonlySet<number>;
  /** The page's (or the person's) headline: its echo at the top of the text is not body text. */
  title?: string;
}

interface SourceLine extends PageLine {
  start: number;
  end: number;
}

function sourceLines(original: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const raw of original.split("\n")) {
    const start = offset + (raw.length - raw.trimStart().length);
    const end = offset + raw.trimEnd().length;
    offset += raw.length + 1;
    if (end > start) {
      const text = original.slice(start, end);
      lines.push({ start, end, text, words: countWords(text) });
    }
  }
  return lines;
}

/** The page's headline repeated in the first lines, with any short section labels over it ("Misc."). */
function markTitleEcho(lines: SourceLine[], decisions: Decisions, title: string): number | undefined {
  const open = lines.flatMap((_, index) => (decisions[index] ? [] : [index])).slice(0, 3);
  const echo = open.find((index) => comparable(lines[index]!.text) === comparable(title));
  if (echo === undefined) return undefined;
  decisions[echo] = "headline";
  for (const index of open) if (index < echo && lines[index]!.words <= 3) decisions[index] = "page-furniture";
  return echo;
}

/**
 * A paste that stops without a full stop may stop in the middle of a paragraph ("SM Krishna, Foreign
 * Minister, said …", "The study appears in Nature. (ANI)"): its last line is not taken for a caption by
 * its shape alone. A photo credit written out ("(AP Photo/…)", "Picture: …") still marks one, and so does
 * a whole present-tense caption standing after a finished sentence ("… piece by piece." then "At the
 * summit, Prime Minister Jane Doe joins other leaders for the opening session").
 */
function keepLastLineIfCut(lines: SourceLine[], decisions: Decisions): void {
  const last = lines.length - 1;
  const line = lines[last];
  if (!line || decisions[last] !== "photo-caption" || PHOTO_CREDIT_AT_END.test(line.text)) return;
  if (isStandaloneCredit(line.text, line.words)) return;
  const before = lines.slice(0, last).findLastIndex((_, index) => !decisions[index]);
  const afterSentence = before >= 0 && /[.!?…]["”’')\]]*$/.test(lines[before]!.text);
  if (afterSentence && isWholePresentTenseCaption(line.text, line.words)) return;
  decisions[last] = undefined;
}

/** Every rule in order; returns the decision for each line and the headline line, if the paste has one. */
function decide(lines: SourceLine[], original: string, title: string | undefined) {
  const decisions: Decisions = lines.map((line) => lineRuleFor(line.text, line.words)?.reason);
  markRepeats(lines, decisions);
  markCaptionsBesideCredits(lines, decisions);
  markUncreditedCaptions(lines, decisions, "plain-only");
  markBoxLabels(lines, decisions);
  markMenuRuns(lines, decisions);
  markEchoedStandfirst(lines, decisions, storyStartOf(lines, decisions));
  const storyStart = storyStartOf(lines, decisions);
  // A headline the page or the person gave is looked for as such; otherwise the paste's own is found.
  const echo = title ? markTitleEcho(lines, decisions, title) : undefined;
  const headline = title ? undefined : findHeadline(lines, decisions, storyStart);
  const keep = new Set(headline === undefined ? [] : [headline]);
  markAroundHeadline(lines, decisions, headline ?? echo, storyStart, original, !title);
  markUncreditedCaptions(lines, decisions, keep);
  markImageTitles(lines, decisions, keep);
  markHeadlineLists(lines, decisions, storyStart);
  markCapitalLabels(lines, decisions, keep);
  markTailFurniture(lines, decisions, storyStart);
  if (headline !== undefined) decisions[headline] = "headline";
  markTrailingLinkTitles(lines, decisions);
  keepLastLineIfCut(lines, decisions);
  return { decisions, headline };
}

export function cleanText(original: string, options: CleanOptions = {}): CleanedText {
  const restore = options.restore ?? new Set<number>();
  const removed: Removal[] = [];
  const remove = (start: number, end: number, reason: RemovalReason): boolean => {
    removed.push({ start, end, text: original.slice(start, end), reason });
    return !restore.has(start);
  };

  const lines = sourceLines(original);
  let publishedAt: string | undefined;
  // A leading "date 2025-04-01" marker is removed in place; its line is judged without it, even when
  // the person puts the marker back (then it is only written back in front of the line).
  let restoredMarker = "";
  let markerLineIndex = -1;
  const marker = lines[0] ? DATE_MARKER.exec(lines[0].text) : null;
  if (marker && lines[0]) {
    const markerLine = lines[0];
    publishedAt = marker[1];
    const markerEnd = markerLine.start + marker[0].length;
    if (!remove(markerLine.start, markerEnd, "date-marker")) restoredMarker = marker[0].trim();
    markerLine.start = markerEnd;
    markerLine.text = original.slice(markerEnd, markerLine.end);
    markerLine.words = countWords(markerLine.text);
    if (markerLine.start >= markerLine.end) lines.shift();
    else markerLineIndex = 0;
  }

  const { decisions, headline } = decide(lines, original, options.title);
  const paragraphs: string[] = restoredMarker ? [restoredMarker] : [];
  lines.forEach((line, index) => {
    const reason = decisions[index];
    if (reason && remove(line.start, line.end, reason)) return;
    let kept = index === markerLineIndex && restoredMarker ? `${paragraphs.pop()} ` : "";
    let cursor = line.start;
    // A line the person put back shows exactly as it was; only kept lines lose inline junk.
    for (const inline of reason ? [] : inlineRemovals(line.text)) {
      const start = line.start + inline.start;
      const end = line.start + inline.end;
      if (!remove(start, end, inline.reason)) continue;
      // "as a <a href=…>report" → "as a report": words on both sides of a cut stay apart.
      const joins = /\S/.test(original[start - 1] ?? " ") && /\S/.test(original[end] ?? " ");
      kept += original.slice(cursor, start) + (joins ? " " : "");
      cursor = end;
    }
    kept += original.slice(cursor, line.end);
    const paragraph = normalizeSpaces(kept);
    if (paragraph) paragraphs.push(paragraph);
  });
  const text = paragraphs.join("\n\n");
  const headlineLine = headline === undefined ? undefined : lines[headline]!;
  return {
    text,
    removed,
    publishedAt,
    headline: headlineLine && {
      start: headlineLine.start,
      end: headlineLine.end,
      text: headlineLine.text,
      title: titleFromHeadlineLine(headlineLine.text),
    },
    dateline: datelineOf(paragraphs),
    cutOff: cutOffSentence(text),
  };
}

/** The dateline opening one of the first two paragraphs (the first may be a line the person put back). */
function datelineOf(paragraphs: string[]): Dateline | undefined {
  let offset = 0;
  for (const paragraph of paragraphs.slice(0, 2)) {
    const found = datelineAt(paragraph);
    if (found) {
      const { length, ...dateline } = found;
      return { ...dateline, start: offset, end: offset + length };
    }
    offset += paragraph.length + 2;
  }
  return undefined;
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function normalizeSpaces(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, " ").trim();
}
