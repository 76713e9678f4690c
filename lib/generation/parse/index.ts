/**
 * Stage 1 — parse. The one NLP pass over the article, and the reading of its dates.
 * In: the article's plain text (and, for dates, its published date).
 * Out: tokens with part-of-speech tags, sentences with their paragraph, the tagger's date and number
 * entities, all with character offsets into the text (parseText); relative dates ("last month", "on
 * Tuesday") resolved to calendar dates (resolveDate). wink-nlp with its lite English model does the
 * tokenizing, sentence splitting and tagging; every later stage works on these arrays with our own rules.
 */
export { parseText, tokenAfter, type NumericEntity, type ParsedText, type Sentence, type Token } from "./nlp";
export { longDate, resolveDate, type ResolvedDate } from "./dates";
