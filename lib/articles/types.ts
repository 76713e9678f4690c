/** Why the cleaner took a piece of text out. Shown to the user, who can put it back. */
export type RemovalReason =
  | "date-marker"
  | "related-link"
  | "ticker"
  | "breadcrumb"
  | "photo-caption"
  | "image-alt"
  | "advertisement"
  | "share-prompt"
  | "newsletter-prompt"
  | "comment-prompt"
  | "byline"
  | "timestamp"
  | "cookie-notice"
  | "page-furniture"
  | "headline"
  | "repeated-text"
  | "sign-off"
  | "site-name"
  | "section-label"
  | "web-address"
  | "ticker-bracket"
  | "wire-end-mark"
  | "html-tag";

export const REMOVAL_LABELS: Record<RemovalReason, string> = {
  "date-marker": "Date marker",
  "related-link": "Link to another story",
  ticker: "Ticker or list of other headlines",
  breadcrumb: "Breadcrumb or section path",
  "photo-caption": "Photo caption or credit",
  "image-alt": "Image description",
  advertisement: "Advertisement or ad marker",
  "share-prompt": "Share, follow or reader-tool prompt",
  "newsletter-prompt": "Subscription, newsletter or trial prompt",
  "comment-prompt": "Comment prompt or read counter",
  byline: "Byline",
  timestamp: "Timestamp",
  "cookie-notice": "Cookie notice",
  "page-furniture": "Menu, widget or page label",
  headline: "The headline (shown as the title)",
  "repeated-text": "Repeated headline, standfirst or paragraph",
  "sign-off": "Editor's note or sign-off",
  "site-name": "Site name standing alone",
  "section-label": "Section label",
  "web-address": "Web address standing alone",
  "ticker-bracket": "Empty ticker brackets",
  "wire-end-mark": "Wire service end mark",
  "html-tag": "Leftover HTML code",
};

/** A span of the original text that cleaning removed; offsets are into the original text. */
export interface Removal {
  start: number;
  end: number;
  text: string;
  reason: RemovalReason;
}

/** A piece of text and where it sits (offsets into the text it was read from). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * The dateline opening the story ("TALUQAN, Afghanistan, Feb. 15 (Xinhua) —"): it stays in the text,
 * but it is not a fact to ask about. Offsets are into the cleaned text.
 */
export interface Dateline extends TextSpan {
  place: string | null;
  agency: string | null;
  /** Month and day as the dateline gives them; the year only when it writes one. */
  date: { year: number | null; month: number; day: number } | null;
}

export interface CleanedText {
  text: string;
  removed: Removal[];
  /** A date found in the clutter itself (a leading "date 2025-04-01" marker), as YYYY-MM-DD. */
  publishedAt?: string;
  /** The paste's own headline line (offsets into the original), when it has one. */
  headline?: TextSpan & { title: string };
  dateline?: Dateline;
  /** The last sentence when the text stops in the middle of it. Offsets are into the cleaned text. */
  cutOff?: TextSpan;
}

export interface ArticleMetadata {
  title?: string;
  source?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
  language?: string;
}

/**
 * Where the title came from: a line of the paste (its span in the original text), the page's metadata,
 * the person, a title made up from the lead sentence `from` (the preview says so), or nowhere (the
 * preview asks for it).
 */
export type TitleOrigin =
  | { kind: "line"; span: TextSpan }
  | { kind: "made-up"; from: string }
  | { kind: "page"; text: string }
  | { kind: "given"; text: string }
  | { kind: "edited" }
  | { kind: "missing" };

/**
 * Where the published date came from. `yearFrom` is set when the line gave only a month and day and
 * the year was read elsewhere on the page; "partial" is a month and day with no year anywhere, so the
 * preview asks for it; "caption" is the full date of a removed caption or embedded post that falls on the
 * weekday the story first names (`weekday`), so the preview asks to check it. Spans are into the original text.
 */
export type DateOrigin =
  | { kind: "marker" | "line" | "dateline"; span: TextSpan; yearFrom?: TextSpan }
  | { kind: "partial"; span: TextSpan; month: number; day: number }
  | { kind: "caption"; span: TextSpan; weekday: string }
  | { kind: "page" | "url" | "edited" | "missing" };

/** A span of the cleaned text that no question may be built from. */
export interface ExcludedSpan {
  start: number;
  end: number;
  kind: "dateline" | "cut-off";
}

/** The result of ingestion: what question generation reads and what is stored. */
export interface IngestedArticle {
  title: string;
  titleOrigin: TitleOrigin;
  publishedAt: string | null;
  dateOrigin: DateOrigin;
  source: string | null;
  author: string | null;
  url: string | null;
  language: string;
  /** The text the cleaner worked on (for HTML: the article body's paragraphs). Removal offsets point here. */
  originalText: string;
  text: string;
  removed: Removal[];
  words: number;
  dateline: Dateline | null;
  cutOff: TextSpan | null;
  /** The dateline and the cut-off sentence, as spans of `text` that questions must not be built from. */
  excluded: ExcludedSpan[];
}
