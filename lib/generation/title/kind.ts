/**
 * The kind of story a headline or lead names ("quake" → "Earthquake", "rates" → "Interest rates"), for a
 * set's default title. A kind says what sort of news it is, never what happened, so it answers no question.
 */
import { STORY_KINDS, STORY_KINDS_BETWEEN, WEAK_STORY_KINDS } from "../data/story-kinds.data";

const WEAK = new Set(WEAK_STORY_KINDS);
// Kinds that are a place or an event of their own: "Wimbledon", not "Wimbledon in Britain".
const WITHOUT_PLACE = new Set([
  "Wimbledon",
  "Olympics",
  "Olympic medals",
  "iPhone",
  "Smartphone",
  "Chatbot",
  "Climate change",
  "Exoplanet",
  "Planet",
  "Telescope",
  "Ebola",
  "Pandemic",
]);
const FOOTBALL = /\b(?:football|soccer|striker|goalkeeper|midfielder|goals?|league)\b/i;

// Words that are a kind word only in some uses: "ruling party", a football "strike" or "penalty".
const NOT_A_KIND = /\bruling (?:party|coalition|family|class|elite)\b/gi;
const FOOTBALL_ONLY = new Set(["strike", "penalty", "attack", "shooting"]);

export interface StoryKind {
  /** "Earthquake", "Interest rates". */
  kind: string;
  /** The kind word as the text writes it, with a name or acronym before it: "AIDS vaccine", "Booker Prize". */
  named?: string;
}

/** The kind words of a text in order, each with the word before it. */
function kindWordsIn(text: string, football: boolean): { word: string; before: string }[] {
  const words = text.replace(NOT_A_KIND, " ").match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.flatMap((word, index) => {
    const key = word.toLowerCase();
    if (!STORY_KINDS[key] || (football && FOOTBALL_ONLY.has(key))) return [];
    return [{ word, before: words[index - 1] ?? "" }];
  });
}

/** The first strong kind word, else the weak one first in WEAK_STORY_KINDS ("inflation … key rate": "rate"). */
function kindIn(text: string, allowWeak: boolean, football: boolean): StoryKind | null {
  const found = kindWordsIn(text, football);
  const strong = found.find(({ word }) => !WEAK.has(word.toLowerCase()));
  const weak = allowWeak
    ? WEAK_STORY_KINDS.map((kind) => found.find(({ word }) => word.toLowerCase() === kind)).find(Boolean)
    : undefined;
  const chosen = strong ?? weak;
  if (!chosen) return null;
  const kind = STORY_KINDS[chosen.word.toLowerCase()]!;
  // "AIDS Vaccine", "Booker Prize": an acronym or a capitalised name that makes the kind word a name.
  const named =
    !WITHOUT_PLACE.has(kind) &&
    kind.toLowerCase() === chosen.word.toLowerCase() &&
    /^(?:[A-Z]{2,6}|[A-Z][a-z]+)$/.test(chosen.before)
      ? `${chosen.before} ${/^[A-Z]{2,6}$/.test(chosen.before) ? chosen.word.toLowerCase() : chosen.word}`
      : undefined;
  return { kind, named };
}

/**
 * The story's kind: from the headline (any kind word), else, when the headline's own topic is weak, from the
 * story's first two sentences. `mayName` says whether the word before a kind word can make it a name: not a
 * person, a place, or a common word the article writes in lower case ("Youngest").
 */
export function storyKindOf(
  headline: string,
  lead: string,
  headlineTopicIsWeak: boolean,
  mayName: (word: string) => boolean,
): StoryKind | null {
  const football = FOOTBALL.test(`${headline} ${lead}`);
  const found = kindIn(headline, true, football) ?? (headlineTopicIsWeak ? kindIn(lead, true, football) : null);
  if (found?.named && !mayName(found.named.split(" ")[0]!)) return { kind: found.kind };
  return found;
}

// Countries written with "the" in running text, and the short forms a title uses.
const DISPLAY: Readonly<Record<string, string>> = {
  "United States": "the US",
  US: "the US",
  "United Kingdom": "the UK",
  UK: "the UK",
  Philippines: "the Philippines",
  Netherlands: "the Netherlands",
  Maldives: "the Maldives",
  Bahamas: "the Bahamas",
  "United Arab Emirates": "the UAE",
};

/** "Earthquake in Japan", "India–Pakistan talks", "Iran talks", "Wimbledon". */
export function kindTitle({ kind, named }: StoryKind, countries: readonly string[]): string {
  // A named kind is a title of its own: "Booker Prize", "AIDS vaccine".
  if (named) return named.charAt(0).toUpperCase() + named.slice(1);
  if (WITHOUT_PLACE.has(kind) || countries.length === 0) return kind;
  const shown = countries.map((country) => DISPLAY[country] ?? country);
  if (STORY_KINDS_BETWEEN.includes(kind)) {
    // "Iran talks", not "Talks in Iran": a country a meeting is about is not where it met (Oman, in that story).
    const pair = shown.slice(0, 2).map((country) => country.replace(/^the /, ""));
    return `${pair.join("–")} ${kind.toLowerCase()}`;
  }
  return `${kind} in ${shown[0]}`;
}
