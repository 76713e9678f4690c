/**
 * The gazetteer: what the generator knows about the world beyond the article, as lookups.
 * In: the word lists in data/ and the `world-countries` and `states-us` packages.
 * Out: countries by name, capital and demonym; cities, US states and world regions; organisations by
 * name and alias; the people it knows. Facts use it to type names, distractors to find stand-ins of the
 * same kind, the gate to spot a give-away.
 */
export * from "./aliases";
export * from "./countries";
export * from "./organizations";
export * from "./people";
export * from "./places";
export * from "./products";
