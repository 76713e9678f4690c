import type { RemovalReason } from "../types";
import { CREDIT, PHOTO_CREDIT_AT_END } from "./credits";

/**
 * Junk inside a line of story, cut out in place (and recorded, so it can be put back): a caption glued
 * after the paragraph's last sentence, empty ticker brackets ("Microsoft’s (NASDAQ:) acquisition"),
 * ad markers ("[ad_1]"), stray HTML tags, and a wire service's end mark ('… on." Enditem').
 */
export interface InlineRemoval {
  /** Offsets into the line. */
  start: number;
  end: number;
  reason: RemovalReason;
}

// "…published on Tuesday. China's top diplomat Wang Yi.(AFP)" — a caption glued to the end of a paragraph.
const TRAILING_CAPTION = new RegExp(`(?<=[.!?"”’])\\s*([A-Z“"'‘][^.!?]{1,160}?\\.?\\s*\\(\\s*${CREDIT}\\s*\\))\\s*$`);

const PATTERNS: { reason: RemovalReason; pattern: RegExp }[] = [
  // The exchange is left but the symbol was a link the copy dropped: "(NASDAQ:)", "(NYSE: )".
  { reason: "ticker-bracket", pattern: /\s?\(\s*[A-Z][A-Za-z]{1,9}\s*:\s*\)/g },
  { reason: "advertisement", pattern: /\s?\[\s*ad_?\d+\s*\]/gi },
  { reason: "html-tag", pattern: /\s?<\s*\/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s+[^<>]{0,300})?\s*\/?>/g },
  // After the last sentence only: "… on.\" Enditem", "… talks. (END)", "… said. /ENDS".
  {
    reason: "wire-end-mark",
    pattern: /(?<=[.!?"”’)])\s*(?:\b[Ee]nd\s?item\b|\bENDS\b|\/ends?\b|\((?:end|END)\)|-\s*END\s*-|#{3})\.?\s*$/g,
  },
];

/** A photo credit ends the line but the line is a paragraph: only its last sentence is the caption. */
function trailingCaption(line: string): InlineRemoval | undefined {
  const weak = TRAILING_CAPTION.exec(line);
  if (weak?.[1] && weak[1].split(/\s+/).length <= 20 && !/["“”]/.test(weak[1])) {
    const start = line.length - weak[0].length + weak[0].indexOf(weak[1]);
    return { start, end: line.length, reason: "photo-caption" };
  }
  if (!PHOTO_CREDIT_AT_END.test(line)) return undefined;
  const lastSentence = /(?<=[.!?]["”’]?)\s+([A-Z][^"“”]{0,200})$/.exec(line);
  if (!lastSentence?.[1] || lastSentence[1].split(/\s+/).length > 30) return undefined;
  return { start: line.length - lastSentence[1].length, end: line.length, reason: "photo-caption" };
}

export function inlineRemovals(line: string): InlineRemoval[] {
  const found: InlineRemoval[] = [];
  for (const { reason, pattern } of PATTERNS) {
    for (const match of line.matchAll(pattern)) {
      found.push({ start: match.index, end: match.index + match[0].length, reason });
    }
  }
  const caption = trailingCaption(line);
  if (caption) found.push(caption);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps keep the earlier, wider removal.
  const kept: InlineRemoval[] = [];
  for (const removal of found) if (removal.start >= (kept.at(-1)?.end ?? 0)) kept.push(removal);
  return kept;
}
