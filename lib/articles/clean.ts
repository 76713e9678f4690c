import type { CleanedText, Removal, RemovalReason } from "./types";

/**
 * Removes web clutter from article text, one line (paragraph) at a time, and records every removal
 * with its reason and offsets into the input so it can be shown and restored. Rules are written to
 * err on keeping text: a line is removed only when the whole line is clutter, or when a caption sits
 * after the last full stop of a line and ends in a photo credit.
 */

const CREDITS = [
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
const CREDIT = `(?:${CREDITS.map((credit) => credit.replace(/ /g, "\\s+")).join("|")}|[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}\\s*(?:/|via)\\s*[A-Z][\\w. -]{1,30}|(?:Photo|Image|Picture)(?:\\s+credit)?\\s*:\\s*[^)]{1,40})`;
const CREDIT_PAREN = new RegExp(`\\(\\s*${CREDIT}\\s*\\)`, "i");

// "…published on Tuesday. China's top diplomat Wang Yi.(AFP)" — a caption glued to the end of a paragraph.
const TRAILING_CAPTION = new RegExp(`(?<=[.!?"”’])\\s*([A-Z“"'‘][^.!?]{1,160}?\\.?\\s*\\(\\s*${CREDIT}\\s*\\))\\s*$`);

interface LineRule {
  reason: RemovalReason;
  test: (line: string, words: number) => boolean;
}

const short = (max: number) => (words: number) => words <= max;

const LINE_RULES: LineRule[] = [
  {
    reason: "related-link",
    test: (line, words) =>
      /^(?:also\s+read|read\s+(?:more|also|next|this)|related(?:\s+(?:stories|articles|news|coverage|reading))?|recommended(?:\s+for\s+you)?|must\s+read|don['’]t\s+miss|see\s+also|more\s+on\s+this(?:\s+story)?|trending|top\s+stories|latest\s+news|you\s+may\s+also\s+like|watch(?:\s+video)?|listen)\s*[:|–—-]/i.test(
        line,
      ) && short(40)(words),
  },
  {
    reason: "related-link",
    test: (line, words) =>
      /^(?:also\s+read|read\s+more|related\s+stories|recommended|more\s+stories|trending\s+now)\s*$/i.test(line) &&
      words <= 4,
  },
  {
    reason: "related-link",
    // "Related Items research facebook explanation …": a tag list that links to other stories.
    test: (line, words) =>
      /^related\s+(?:items|tags|topics|content)\b/i.test(line) && words <= 30 && !/[.!?]$/.test(line),
  },
  {
    reason: "advertisement",
    test: (line) =>
      /^(?:advertisement|advertisements|sponsored(?:\s+content)?|ad|story\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+below|scroll\s+to\s+continue(?:\s+with\s+content)?)\s*[.:]?$/i.test(
        line,
      ),
  },
  {
    reason: "share-prompt",
    test: (line, words) =>
      short(14)(words) &&
      (/^(?:share(?:\s+(?:this|article|story))?|share\s+(?:on|via)\s+\w+|tweet(?:\s+this)?|email(?:\s+this)?|print(?:\s+this)?|copy\s+link|save(?:\s+article)?|comments?(?:\s*\(\d+\))?)\s*:?$/i.test(
        line,
      ) ||
        /^follow\s+us\b/i.test(line) ||
        /^["“]?questions\?\s*comments\?/i.test(line) ||
        /^(?:(?:facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|email|print|copy\s+link)\s*[|·•,]?\s*){2,}$/i.test(
          line,
        ) ||
        /^(?:click\s+here|tap\s+here)\b.*\b(?:share|follow|app|download)\b/i.test(line) ||
        /\b(?:download|get)\s+(?:the|our)\s+\w*\s*app\b/i.test(line)),
  },
  {
    reason: "share-prompt",
    // "Please follow Money Game on Twitter and Facebook. Follow Linette Lopez on Twitter. Ask Linette A Question >"
    test: (line, words) =>
      short(30)(words) &&
      line
        .split(/(?<=[.!?>])\s+/)
        .every((part) =>
          /^(?:(?:please\s+)?follow\s+.{1,60}?\s+on\s+(?:twitter|facebook|x|instagram|linkedin|threads|bluesky|tiktok)\b|ask\s+.{1,40}\s+a\s+question\s*[>›»]?$)/i.test(
            part,
          ),
        ),
  },
  {
    reason: "share-prompt",
    test: (line, words) => short(24)(words) && /^to\s+embed\s+this\s+(?:post|story|article|video)\b/i.test(line),
  },
  {
    reason: "newsletter-prompt",
    test: (line, words) =>
      short(30)(words) &&
      (/^enter\s+(?:you|your)\s+e-?mail\s+address\b/i.test(line) ||
        /^(?:subscribe|sign\s+up|join\s+(?:our|the)|get\s+(?:the\s+latest|our|breaking)|never\s+miss|stay\s+(?:informed|up\s+to\s+date)|already\s+a\s+subscriber|become\s+a\s+(?:member|subscriber))\b/i.test(
          line,
        ) ||
        (/\bnewsletter\b/i.test(line) && /\b(?:sign\s+up|subscribe|inbox|delivered)\b/i.test(line))),
  },
  {
    reason: "cookie-notice",
    test: (line, words) =>
      short(60)(words) &&
      /\bcookies?\b/i.test(line) &&
      /\b(?:we\s+use|this\s+(?:site|website)\s+uses|accept|consent|privacy\s+policy|by\s+continuing)\b/i.test(line),
  },
  {
    reason: "byline",
    test: (line, words) =>
      short(14)(words) &&
      /^(?:[Bb]y|[Ww]ritten\s+by|[Rr]eported\s+by|[Ss]tory\s+by|[Ww]ords\s+by)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von|al))*(?:\s*[,|·]?\s*.{0,80})?$/.test(
        line,
      ) &&
      // "By Tuesday, officials had agreed." is a sentence, not a byline.
      !/[.!?"”]$/.test(line) &&
      !/,\s+[a-z]/.test(line),
  },
  {
    reason: "byline",
    // "Associated Press writers Jay Reeves in Birmingham and Dave Martin contributed to this report."
    test: (line, words) =>
      short(40)(words) && /\bcontributed(?:\s+(?:to\s+this\s+report|reporting|to\s+this\s+story))\.?$/i.test(line),
  },
  {
    reason: "timestamp",
    test: (line, words) =>
      short(16)(words) &&
      (/^(?:published|updated|posted|last\s+updated|first\s+published|modified)\b\s*(?:on|at)?\s*:?\s*.*\d/i.test(
        line,
      ) ||
        /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}?,?\s*\d{4}(?:[,\s|]+\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*(?:[A-Z]{2,4})?)?\s*$/i.test(
          line,
        ) ||
        /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(line) ||
        /^\d+\s+(?:min|mins|minutes?|hours?|hrs?)\s+(?:read|ago)$/i.test(line)),
  },
  {
    reason: "image-alt",
    test: (line, words) =>
      short(30)(words) &&
      /^(?:image|photo|picture|file\s+photo|representational\s+image|representative\s+image|illustration|graphic)(?:\s+credit)?s?\s*[:|–—-]/i.test(
        line,
      ),
  },
  {
    reason: "photo-caption",
    // A whole line that is a caption: short and ending in a credit such as "(AFP)" or "(Photo: Reuters)".
    test: (line, words) =>
      short(30)(words) &&
      new RegExp(`${CREDIT_PAREN.source}\\s*$`, "i").test(line) &&
      !/["“”]/.test(line) &&
      // One caption, not a paragraph with a caption glued on (that case cuts only the caption).
      !/[.!?]["”’]?\s+[A-Z]/.test(line),
  },
  {
    reason: "photo-caption",
    test: (line) =>
      /^\(?\s*(?:photo|image|picture)?\s*(?:credit)?\s*:?\s*(?:AFP|Reuters|AP|PTI|ANI|Getty Images|Bloomberg|EPA)\s*\)?\.?$/i.test(
        line,
      ),
  },
  {
    reason: "photo-caption",
    // "Travelers at Hartsfield-Jackson … into the United States. VPC": a caption whose credit follows the full stop.
    test: (line, words) =>
      short(45)(words) &&
      /[.!?]\s+(?:VPC|AP|AFP|EPA|Getty Images|Reuters|USA TODAY)$/.test(line) &&
      !/["“”]/.test(line),
  },
  {
    reason: "photo-caption",
    // "Ricky Breaux wades in … in Grand Isle, La., on Aug. 11, 2010": a caption ends on its date, with no full stop.
    test: (line, words) =>
      short(45)(words) &&
      /,?\s+(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}$/.test(
        line,
      ) &&
      !/["“”]/.test(line),
  },
  {
    reason: "photo-caption",
    // "Win McNamee / Getty Images", "Courtesy G4", "(Jane Doe Photography)", "Photograph: Alamy"
    test: (line, words) =>
      short(8)(words) &&
      (/^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*\/\s*[A-Z][\w.&' -]{1,40}$/.test(line) ||
        /^(?:courtesy(?:\s+of)?|photo(?:graph)?s?\s+by|photograph\s*:|credit\s*:)\s+\S.{0,60}$/i.test(line) ||
        /^\([^()]{1,60}\b(?:photo|photography|photos|images?|pictures?)\)$/i.test(line)),
  },
  {
    reason: "related-link",
    // Teasers that link elsewhere: "… → Learn More", "Continue reading »"
    test: (line) =>
      /(?:→|»|>>|\.\.\.|…)\s*(?:learn\s+more|read\s+more|full\s+bio|continue\s+reading)\s*[»›]?$/i.test(line),
  },
  {
    reason: "page-furniture",
    test: (line, words) =>
      short(12)(words) &&
      (/^\|/.test(line) ||
        // "© 2011 CNBC.com", "Copyright 2014 Vox Media": the page's footer.
        /^(?:©|\(c\)|copyright\b)\s*(?:\d{4}|[A-Z])/i.test(line) ||
        // "Via Engadget", "Source Adam Kramer (Facebook) The Guardian": a blog's source links, not a sentence.
        (/^(?:[Vv]ia|[Ss]ources?)\s+[A-Z]/.test(line) && !/[.!?"”]$/.test(line)) ||
        /^(?:video\s+(?:keywords|transcript)|automatically\s+generated\s+transcript|view\s+comments|more\s+activity|facebook\s+activity|recommend|skip\s+to\s+(?:main\s+)?content|jump\s+to)\b/i.test(
          line,
        )),
  },
];

/** Four or more lines in a row of at most three words and no sentence punctuation: a menu, not prose. */
function isMenuRun(lines: string[], index: number): boolean {
  const isMenuItem = (line: string | undefined) =>
    line !== undefined && countWords(line) <= 3 && !/[.!?:"”]$/.test(line.trim()) && line.trim() !== "";
  if (!isMenuItem(lines[index])) return false;
  let first = index;
  while (isMenuItem(lines[first - 1])) first--;
  let last = index;
  while (isMenuItem(lines[last + 1])) last++;
  return last - first + 1 >= 4;
}

const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

interface CleanOptions {
  /** Start offsets of removals the user put back. */
  restore?: ReadonlySet<number>;
  /** The page's headline, when the page gave one: its echo at the top of the text is not body text. */
  title?: string;
}

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s.…!?:;,'"“”‘’-]+/g, " ")
    .trim();

/**
 * Lines at the top and bottom that belong to the page, not the story: the headline repeated above the
 * text with any short section labels over it ("Misc."), and trailing title-case lines with no full stop
 * after the last sentence ("Templates To Jump Start Your Business"), which are links to other pages.
 */
function edgeClutter(lines: string[], kept: number[], title: string | undefined): Map<number, RemovalReason> {
  const found = new Map<number, RemovalReason>();
  const headline = title ? comparable(title) : "";
  const echo = headline ? kept.slice(0, 3).findIndex((index) => comparable(lines[index]!) === headline) : -1;
  if (echo >= 0) {
    found.set(kept[echo]!, "headline");
    for (const index of kept.slice(0, echo)) if (countWords(lines[index]!) <= 3) found.set(index, "page-furniture");
  }
  const isLinkTitle = (line: string) => {
    const words = line.split(/\s+/);
    return (
      words.length >= 3 &&
      words.length <= 10 &&
      !/[.!?:;,"”)]$/.test(line) &&
      words.every((word) => /^[A-Z0-9&]/.test(word))
    );
  };
  let last = kept.length - 1;
  while (last > 0 && isLinkTitle(lines[kept[last]!]!)) last--;
  // Only after real prose: a text that is all title-case lines is left alone.
  if (last < kept.length - 1 && /[.!?"”]$/.test(lines[kept[last]!]!)) {
    for (const index of kept.slice(last + 1)) if (!found.has(index)) found.set(index, "related-link");
  }
  return found;
}

export function cleanText(original: string, options: CleanOptions = {}): CleanedText {
  const restore = options.restore ?? new Set<number>();
  const removed: Removal[] = [];
  const paragraphs: string[] = [];
  let publishedAt: string | undefined;

  const remove = (start: number, end: number, reason: RemovalReason): boolean => {
    removed.push({ start, end, text: original.slice(start, end), reason });
    return !restore.has(start);
  };

  // Blank lines do not break a menu run: pasted menus often come one item per paragraph.
  const rawLines = original.split("\n");
  const contentLines = rawLines.filter((line) => line.trim() !== "");
  // Line rules first (each judges one line); then the edges of what they keep.
  const trimmedLines = contentLines.map((line) => line.trim());
  const lineReasons = trimmedLines.map((line, index): RemovalReason | undefined =>
    DATE_MARKER.test(line)
      ? undefined
      : (LINE_RULES.find((candidate) => candidate.test(line, countWords(line)))?.reason ??
        (isMenuRun(contentLines, index) ? "page-furniture" : undefined)),
  );
  const atEdges = edgeClutter(
    trimmedLines,
    trimmedLines.flatMap((_, index) => (lineReasons[index] ? [] : [index])),
    options.title,
  );
  let contentIndex = -1;
  let offset = 0;
  for (const rawLine of rawLines) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    let start = lineStart + (rawLine.length - rawLine.trimStart().length);
    let end = lineStart + rawLine.trimEnd().length;
    if (start >= end) continue;
    contentIndex++;

    if (paragraphs.length === 0 && publishedAt === undefined) {
      const marker = DATE_MARKER.exec(original.slice(start, end));
      if (marker) {
        publishedAt = marker[1];
        const markerEnd = start + marker[0].length;
        if (remove(start, markerEnd, "date-marker")) start = markerEnd;
        if (start >= end) continue;
      }
    }

    const line = original.slice(start, end);
    // A line that began with a date marker is judged again without it.
    const markerCut = line !== trimmedLines[contentIndex];
    const reason =
      atEdges.get(contentIndex) ??
      (markerCut
        ? LINE_RULES.find((candidate) => candidate.test(line, countWords(line)))?.reason
        : lineReasons[contentIndex]);
    if (reason && remove(start, end, reason)) continue;

    if (!reason) {
      const caption = TRAILING_CAPTION.exec(line);
      if (caption?.[1] && countWords(caption[1]) <= 20 && !/["“”]/.test(caption[1])) {
        const captionStart = start + line.length - caption[0].length + caption[0].indexOf(caption[1]);
        if (remove(captionStart, end, "photo-caption")) end = captionStart;
      }
    }
    paragraphs.push(normalizeSpaces(original.slice(start, end)));
  }
  return { text: paragraphs.join("\n\n"), removed, publishedAt };
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function normalizeSpaces(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, " ").trim();
}
