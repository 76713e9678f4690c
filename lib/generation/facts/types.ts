import type { ParsedText, ResolvedDate, Sentence } from "../parse";

/** "term": a name the article introduces that is none of the others ("operation twist", "FlexView"). */
export type EntityType =
  "person" | "organization" | "country" | "city" | "region" | "event" | "date" | "quantity" | "term";

/** Countries, cities and regions: the kinds of entity a "where" question asks for. */
export const isPlace = (type: EntityType | undefined): boolean =>
  type === "country" || type === "city" || type === "region";

export interface Mention {
  /** The canonical entity this mention refers to ("Wang Yi" for a later "Wang"). */
  entity: string;
  type: EntityType;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** A surname alone that two people in the article share ("Assange" beside Julian and Stella Assange). */
  shared?: boolean;
}

export interface Entity {
  name: string;
  type: EntityType;
  mentions: number;
  firstSentence: number;
  /** For organisations: the gazetteer's kind (news agency, central bank…). */
  kind?: string;
  /** For companies: their trade, from the gazetteer or the name's head word ("CRT Capital" → finance). */
  sector?: string;
  /** For dates: the resolved calendar date. */
  date?: ResolvedDate;
}

export interface Role {
  person: string;
  role: string;
  sentence: number;
  start: number;
  end: number;
}

export interface Quote {
  speaker: string;
  text: string;
  start: number;
  end: number;
  /** The sentence that names the speaker (for a quotation over several sentences, where it opens or closes). */
  sentence: number;
  /** The first sentence the quotation is in. */
  firstSentence: number;
}

export interface Facts {
  parsed: ParsedText;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Map<string, Entity>;
  roles: Role[];
  quotes: Quote[];
  /** The one-word form the article itself uses for a person ("Wang" for Wang Yi). */
  shortNames: Map<string, string>;
  /** People the article writes about as "she" or "he". */
  genders: Map<string, Gender>;
  /** The article's published date (YYYY-MM-DD), if known: gazetteer people are offered only from its time. */
  publishedAt?: string | null;
}

export type Gender = "female" | "male";

/** A mention of `entity` at `start…end` of the article's text. */
export function mentionIn(
  text: string,
  entity: string,
  type: EntityType,
  start: number,
  end: number,
  sentence: number,
): Mention {
  return { entity, type, text: text.slice(start, end), start, end, sentence };
}
