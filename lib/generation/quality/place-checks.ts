import { STOCK_INDEXES } from "../data/countries.data";
import { COUNTRIES, namesOfCountry } from "../gazetteer";
import type { QualityCheck } from "./checks";

const CONTINENT_NAMES = new Set(["Europe", "Asia", "Africa"]);

/** What a stem says of a place without naming it: a market index names its country, countries their continent. */
export const PLACE_CHECKS: readonly QualityCheck[] = [
  {
    // "Europe then followed, with _____'s FTSE-100 down nearly 6 percent": the index names its country.
    name: "stock index of the country in the stem",
    reason: "answer leaked in stem",
    fails: ({ candidate, country }) =>
      !!country &&
      candidate.type !== "true-false" &&
      (STOCK_INDEXES[country.name] ?? []).some((index) => candidate.stem.includes(index)),
  },
  {
    // "_____ then followed, with Britain's FTSE-100 …, Germany's DAX …": two of its countries name their continent
    // ("the United States, _____ and Russia" does not).
    name: "countries of the continent in the stem",
    reason: "answer leaked in stem",
    fails: ({ candidate }) =>
      candidate.type !== "true-false" &&
      CONTINENT_NAMES.has(candidate.answer) &&
      COUNTRIES.filter(
        (country) =>
          country.region === candidate.answer &&
          namesOfCountry(country).some((name) => name.length > 3 && candidate.stem.includes(name)),
      ).length >= 2,
  },
];
