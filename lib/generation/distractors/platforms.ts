import type { Facts, Mention } from "../facts";

/**
 * Platforms a statement is posted on. "The sheriff said on Twitter": Twitter is where it was said, not who
 * said it, nor a fact of the story: it is never asked, its staff are never stand-ins for the story's
 * people (Jack Dorsey for an evacuee), and platforms are never stand-ins for a body that speaks.
 */
export const PLATFORMS = new Set([
  "Twitter",
  "X",
  "Facebook",
  "Instagram",
  "YouTube",
  "TikTok",
  "LinkedIn",
  "WhatsApp",
  "Telegram",
  "Weibo",
  "WeChat",
  "Snapchat",
  "Reddit",
  "Threads",
  "Bluesky",
]);

const MEDIUM_BEFORE =
  /\b(?:on|via|to|through|in|over)\s+(?:(?:its|his|her|their|the|an?|official|own)\s+){0,2}(?:[A-Z][\w-]*\s+)?$/;
const MEDIUM_AFTER = /^['’]?s?\s+(?:post|posts|posting|account|page|feed|video|message|statement|livestream|live)\b/i;

/** "said on Twitter", "in a Facebook post", "his Instagram account": the platform as a medium. */
export function mediumUse(text: string, mention: Mention): boolean {
  if (!PLATFORMS.has(mention.entity)) return false;
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  const after = text.slice(mention.end, mention.end + 20);
  return MEDIUM_BEFORE.test(before) || MEDIUM_AFTER.test(after);
}

/** A platform the article names only as where something was posted. */
export function onlyAsMedium(facts: Facts, name: string): boolean {
  const own = facts.mentions.filter((mention) => mention.entity === name);
  return own.length > 0 && own.every((mention) => mediumUse(facts.parsed.text, mention));
}
