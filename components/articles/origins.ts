import type { DateOrigin, Dateline, ExcludedSpan, TitleOrigin } from "@/lib/articles/types";

/**
 * Plain words for where an article's headline and date came from, shown beside the fields that
 * correct them, and the spans of the original text the preview marks (the dateline, a cut-off sentence).
 */
export interface OriginNote {
  /** What to say, before the quoted line if there is one. */
  text: string;
  /** The line of the paste it was read from, quoted. */
  quote?: string;
  /** Said after the quote. */
  after?: string;
  /** The value is a guess (made up, or a year read from elsewhere): the person should check it. */
  check?: boolean;
}

const monthName = (month: number) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));

export function titleNote(origin: TitleOrigin | null): OriginNote {
  switch (origin?.kind) {
    case "line":
      return { text: "Taken from this line of the paste:", quote: origin.span.text };
    case "made-up":
      return {
        text: "Made up: the paste has no headline, so this one is made from its first sentence:",
        quote: origin.from,
        after: "Check it, or type the real headline.",
        check: true,
      };
    case "missing":
      return { text: "The paste has no headline we could use. Type the article's headline.", check: true };
    case "page":
      return { text: "From the page's own title." };
    case "given":
      return { text: "As you typed it when adding the article." };
    case "edited":
      return { text: "Corrected by you." };
    default:
      return { text: "From the article." };
  }
}

export function dateNote(origin: DateOrigin | null): OriginNote {
  switch (origin?.kind) {
    case "line":
      return { text: "Taken from this line of the paste:", quote: origin.span.text };
    case "marker":
      return { text: "Taken from the date marker:", quote: origin.span.text.trim() };
    case "dateline":
      return origin.yearFrom
        ? {
            text: "Taken from the dateline",
            quote: origin.span.text,
            after: `with the year from “${origin.yearFrom.text}” elsewhere on the page. Check the year.`,
            check: true,
          }
        : { text: "Taken from the dateline:", quote: origin.span.text };
    case "partial":
      return {
        text: "The dateline",
        quote: origin.span.text,
        after: `gives ${origin.day} ${monthName(origin.month)} but no year, and the page shows none. Enter the full date.`,
        check: true,
      };
    case "caption":
      return {
        text: "Taken from this caption or embedded post,",
        quote: origin.span.text,
        after: `whose date is the ${origin.weekday} the story names. Check it: a picture may be older than its page.`,
        check: true,
      };
    case "page":
      return { text: "From the page's own publication date." };
    case "url":
      return { text: "From the date in the article's web address." };
    case "edited":
      return { text: "Corrected by you." };
    default:
      return { text: "The paste shows no date. Enter it if you know it." };
  }
}

export interface PreviewMark {
  /** Offsets into the original text. */
  start: number;
  end: number;
  kind: ExcludedSpan["kind"];
}

/**
 * The dateline and a cut-off last sentence, found back in the original text (their spans are kept
 * against the cleaned text, which has the same words with clutter taken out).
 */
export function previewMarks(
  originalText: string,
  text: string,
  dateline: Dateline | null,
  excluded: ExcludedSpan[],
): PreviewMark[] {
  const marks: PreviewMark[] = [];
  if (dateline) {
    const at = originalText.indexOf(dateline.text);
    if (at >= 0) marks.push({ start: at, end: at + dateline.text.length, kind: "dateline" });
  }
  const cut = excluded.find((span) => span.kind === "cut-off");
  if (cut) {
    const sentence = text.slice(cut.start, cut.end);
    const at = originalText.lastIndexOf(sentence);
    if (at >= 0 && sentence) marks.push({ start: at, end: at + sentence.length, kind: "cut-off" });
  }
  return marks;
}
