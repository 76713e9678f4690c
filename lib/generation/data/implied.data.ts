/**
 * What a title's words tell a reader without naming it: "Brexit" is Britain leaving the European Union, the
 * 2012 Olympics were in London. A question keyed to one of these is answered by the title on screen.
 *
 * Source: curated by hand for Quizwire on 2026-12-06 from general knowledge (summer Olympic host cities from
 * the International Olympic Committee's list); makers of products come from products.data.ts.
 */
export const TITLE_WORD_IMPLIES: Readonly<Record<string, readonly string[]>> = {
  Brexit: ["European Union", "EU", "Britain", "United Kingdom", "UK"],
  Wimbledon: ["London", "England"],
  "Tour de France": ["France"],
};

/** Summer Olympic host cities by year (2020's Games were held in 2021). */
export const OLYMPIC_HOSTS: Readonly<Record<string, string>> = {
  "1996": "Atlanta",
  "2000": "Sydney",
  "2004": "Athens",
  "2008": "Beijing",
  "2012": "London",
  "2016": "Rio de Janeiro",
  "2020": "Tokyo",
  "2021": "Tokyo",
  "2024": "Paris",
  "2028": "Los Angeles",
};
