/**
 * Regex source for "any one of these phrases". A space in a phrase matches any run of whitespace (a
 * space inside a character class such as `[- ]` stays a space), so long lists of page-furniture words
 * read as lists of words, not as one regex hundreds of characters wide.
 */
export function anyPhrase(phrases: readonly string[]): string {
  return `(?:${phrases.map((phrase) => phrase.replace(/ (?![^[]*\])/g, String.raw`\s+`)).join("|")})`;
}
