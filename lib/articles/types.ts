/** Why the cleaner took a piece of text out. Shown to the user, who can put it back. */
export type RemovalReason =
  | "date-marker"
  | "related-link"
  | "photo-caption"
  | "image-alt"
  | "advertisement"
  | "share-prompt"
  | "newsletter-prompt"
  | "byline"
  | "timestamp"
  | "cookie-notice"
  | "page-furniture"
  | "headline";

export const REMOVAL_LABELS: Record<RemovalReason, string> = {
  "date-marker": "Date marker",
  "related-link": "Link to another story",
  "photo-caption": "Photo caption or credit",
  "image-alt": "Image description",
  advertisement: "Advertisement",
  "share-prompt": "Share or follow prompt",
  "newsletter-prompt": "Newsletter or subscription prompt",
  byline: "Byline",
  timestamp: "Timestamp",
  "cookie-notice": "Cookie notice",
  "page-furniture": "Menu, widget or page label",
  headline: "Headline repeated in the text",
};

/** A span of the original text that cleaning removed; offsets are into the original text. */
export interface Removal {
  start: number;
  end: number;
  text: string;
  reason: RemovalReason;
}

export interface CleanedText {
  text: string;
  removed: Removal[];
  /** A date found in the clutter itself (a leading "date 2025-04-01" marker), as YYYY-MM-DD. */
  publishedAt?: string;
}

export interface ArticleMetadata {
  title?: string;
  source?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
  language?: string;
}

/** The result of ingestion: what question generation reads and what is stored. */
export interface IngestedArticle {
  title: string;
  publishedAt: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  language: string;
  /** The text the cleaner worked on (for HTML: the article body's paragraphs). Removal offsets point here. */
  originalText: string;
  text: string;
  removed: Removal[];
  words: number;
}
