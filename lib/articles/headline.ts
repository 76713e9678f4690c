import escapeStringRegexp from "escape-string-regexp";
import { comparable, type Decisions, isProse, isTitleCase, type PageLine } from "./rules/context-rules";

/**
 * The paste's headline: the first line above the story that reads like one (three to thirty words, no
 * full stop, not a label). Labels and site names above it ("Breaking News", "Dig Baton Rouge") and short
 * section labels between it and the story ("National") are page furniture; a copy of it with a
 * breadcrumb or share button in front ("Home News <headline>", "SHARE <headline>") is too.
 */
const HEADLINE_AGENCIES = [
  ...["AP", "AFP", "Reuters", "Xinhua", "PTI", "ANI", "IANS", "UPI", "Bloomberg", "Kyodo", "Anadolu", "TASS", "EFE"],
  ...["dpa", "Associated Press", "Agence France-Presse", "Press Association", "PA"],
];
const AGENCY_ALONE = new RegExp(`^(?:${HEADLINE_AGENCIES.join("|")})$`);
/** A byline at the end of a headline line: "By Jane Doe", "| by Ann Lee and Bo Chan". */
const NAME = String.raw`[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}`;
const TRAILING_BYLINE = new RegExp(
  String.raw`\s*(?:[|·•–—-]\s*)?\b[Bb]y\s*:?\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME})*\s*,?$`,
);

/** The first line of prose that no rule removed: the story starts there. */
export function storyStartOf(lines: PageLine[], decisions: Decisions): number {
  const index = lines.findIndex((line, at) => !decisions[at] && isProse(line));
  return index < 0 ? lines.length : index;
}

function isCandidate(line: PageLine): boolean {
  return (
    line.words >= 3 &&
    line.words <= 30 &&
    // "… plea deal with U.S." ends on an abbreviation, not a full stop.
    (!/[.:;,]$/.test(line.text) || /(?:\.\.\.|…|\b[A-Z]\.[A-Z]\.|\b(?:Inc|Co|Corp|Ltd|Jr|Sr)\.)$/.test(line.text)) &&
    !/^\(.*\)$/.test(line.text) &&
    !/^[•·▪►◦*]/.test(line.text)
  );
}

/** "Dig Baton Rouge" over the headline: a few capitalised words with no verb are a site's name. */
function isNameOverHeadline(line: PageLine, next: PageLine | undefined): boolean {
  return (
    line.words <= 4 &&
    !/[\d,.:;!?'’"“”]/.test(line.text) &&
    line.text.split(/\s+/).every((word) => /^\p{Lu}/u.test(word)) &&
    next !== undefined &&
    isCandidate(next) &&
    next.words > line.words
  );
}

export function findHeadline(lines: PageLine[], decisions: Decisions, storyStart: number): number | undefined {
  const open = lines.flatMap((_, index) => (index < storyStart && !decisions[index] ? [index] : []));
  for (const [position, index] of open.entries()) {
    const line = lines[index]!;
    if (!isCandidate(line)) continue;
    const next = open[position + 1];
    if (isNameOverHeadline(line, next === undefined ? undefined : lines[next])) continue;
    return index;
  }
  return undefined;
}

/**
 * "Storm nears coast By Jane Doe" → "Storm nears coast". In a title-case headline "By" may belong to it
 * ("Post Attacked By Female Suicide Bomber"), so there the byline is cut only after a separator.
 */
export function titleFromHeadlineLine(line: string): string {
  const byline = TRAILING_BYLINE.exec(line);
  if (!byline || byline.index === 0) return line;
  const head = line.slice(0, byline.index);
  const separated = /^\s*[|·•–—-]/.test(byline[0]);
  return separated || !isTitleCase({ text: head, words: head.split(/\s+/).length }) ? head.trim() : line;
}

/** Furniture around the headline that only the headline's position shows. */
export function markAroundHeadline(
  lines: PageLine[],
  decisions: Decisions,
  headline: number | undefined,
  storyStart: number,
  pageText: string,
  /** Without a headline, short lines over the story are labels; not so when the page gave its title. */
  pasted: boolean,
): void {
  const headlineKey = headline === undefined ? "" : comparable(lines[headline]!.text);
  lines.forEach((line, index) => {
    if (decisions[index] || index === headline) return;
    if (headlineKey && index < storyStart + 3) {
      const key = comparable(line.text);
      const prefix = key.endsWith(headlineKey) ? key.slice(0, key.length - headlineKey.length).trim() : null;
      if (prefix !== null && prefix.split(/\s+/).length <= 4) {
        decisions[index] = /^home\b/.test(prefix)
          ? "breadcrumb"
          : /^share\b/.test(prefix)
            ? "share-prompt"
            : "repeated-text";
        return;
      }
    }
    if (index >= storyStart) return;
    if (AGENCY_ALONE.test(line.text.replace(/[.,:;-]+$/, ""))) {
      decisions[index] = "byline";
    } else if (headline === undefined) {
      if (!pasted) return;
      // No headline: a short line over the story is a label ("Executive Branch"); "Manila:" is a dateline.
      if (line.words <= 3 && !/[.!?:]$/.test(line.text)) decisions[index] = "section-label";
    } else if (index < headline && line.words <= 6) {
      decisions[index] = isSiteName(line, pageText) ? "site-name" : "section-label";
    } else if (index > headline && line.words <= 3 && !/[.!?:]$/.test(line.text)) {
      decisions[index] = afterLoneBy(lines, decisions, index) ? "byline" : "section-label";
    }
  });
}

function isSiteName(line: PageLine, pageText: string): boolean {
  const name = line.text.trim();
  if (line.words >= 2 && line.text.split(/\s+/).every((word) => /^\p{Lu}/u.test(word))) return true;
  const escaped = escapeStringRegexp(name);
  return new RegExp(`(?:©\\s*|\\bat\\s+|\\(|\\bvia\\s+)${escaped}\\b|\\b${escaped}\\.(?:com|net|org|co)\\b`).test(
    pageText,
  );
}

/** "By" alone on a line, then the author's name (perhaps twice): the names are the byline. */
function afterLoneBy(lines: PageLine[], decisions: Decisions, index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    if (/^by\s*:?$/i.test(lines[at]!.text)) return true;
    if (decisions[at] !== "byline" && !(lines[at]!.words <= 3 && /^\p{Lu}/u.test(lines[at]!.text))) return false;
  }
  return false;
}
