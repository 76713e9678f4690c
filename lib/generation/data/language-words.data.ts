/**
 * English words the rules read around names: the verbs that report speech, the jobs written in lower
 * case before or after a name, the words that end a job title after a name, words of the sea, and the
 * function words left out when a headline is compared with a question.
 *
 * Source: curated by hand for Quizwire from the news fixtures (tests/fixtures/articles), 2026-11-24 to
 * 2026-12-04.
 */

/** "…," Wang said; according to Lavrov, …: the verbs that attribute a quotation. */
// prettier-ignore
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "told", "added", "stated", "wrote", "explained", "insisted", "warned", "argued", "noted", "declared",
  "announced", "conceded", "admitted", "acknowledged", "stressed", "recalled", "replied", "according to",
];

/** The head of a job title after a name: "Ian Lyngen, senior Treasury strategist at CRT Capital". */
// prettier-ignore
export const JOB_HEADS: readonly string[] = [
  "strategist", "scientist", "analyst", "economist", "director", "officer", "executive", "chairman", "chairwoman",
  "founder", "co-founder", "editor", "journalist", "reporter", "correspondent", "author", "co-author", "manager",
  "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "researcher", "professor", "coach", "CEO", "CFO",
  "CTO", "COO", "adviser", "advisor", "consultant", "engineer", "commissioner", "trader", "president",
];

/** Jobs written in lower case just before a name: "top diplomat Wang Yi", "data scientist Adam Kramer". */
// prettier-ignore
export const LOWER_CASE_TITLES: readonly string[] = [
  "vice president", "top diplomat", "diplomat", "envoy", "chief executive", "chief financial officer",
  "opposition leader", "leader", "spokesman", "spokeswoman", "spokesperson", "data scientist", "coach", "chairman",
  "president", "minister", "ambassador", "governor", "director", "analyst", "economist", "strategist", "professor",
  "senator", "journalist", "reporter", "correspondent", "researcher", "engineer", "executive", "founder",
  "foreign secretary", "home secretary", "secretary", "mayor", "commissioner", "judge", "prosecutor", "lawyer",
  "attorney", "sheriff", "commander", "captain", "midfielder", "striker", "goalkeeper", "astronaut", "scientist",
  "astronomer",
];

/** Words that put a sentence at sea: "reefs from Florida to ___" takes no country without a coast. */
// prettier-ignore
export const SEA_WORDS: readonly string[] = [
  "reef", "reefs", "coast", "coasts", "coastal", "coastline", "sea", "seas", "ocean", "oceans", "beach", "beaches",
  "port", "ports", "naval", "navy", "fishing", "fisheries", "island", "islands", "shore", "shores", "maritime",
  "tsunami",
];

/** Words of four letters or more that carry no meaning of their own (a headline and a stem are compared without). */
// prettier-ignore
export const HEADLINE_FUNCTION_WORDS: readonly string[] = [
  "about", "after", "against", "before", "between", "from", "have", "into", "over", "said", "says", "than", "that",
  "their", "there", "they", "this", "what", "when", "where", "which", "while", "will", "with", "would",
];
