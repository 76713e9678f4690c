import escapeStringRegexp from "escape-string-regexp";
import { STOCK_INDEXES } from "../data/countries.data";
import { COUNTRIES, COUNTRY_BY_NAME, DEMONYM_TO_COUNTRY, namesOfCountry } from "../gazetteer";
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
    // ("the United States, _____ and Russia" does not); so does one just before the blank ("Italy, _____'s
    // worst-hit place").
    name: "countries of the continent in the stem",
    reason: "answer leaked in stem",
    fails: ({ candidate }) => {
      if (candidate.type === "true-false" || !CONTINENT_NAMES.has(candidate.answer)) return false;
      const named = COUNTRIES.filter(
        (country) =>
          country.region === candidate.answer &&
          namesOfCountry(country).some((name) => name.length > 3 && candidate.stem.includes(name)),
      );
      const beforeBlank = candidate.stem.split("_____")[0]!.split(/\s+/).slice(-4).join(" ");
      return (
        named.length >= 2 ||
        named.some((country) => namesOfCountry(country).some((name) => name.length > 3 && beforeBlank.includes(name)))
      );
    },
  },
  {
    // "The Singh-Gilani talks … the semi-final between India and _____": Gilani is, in this article, Pakistan's prime
    // minister, so the stem names the answer through him (judged rounds 15 and 16, both judges).
    name: "a person of the country in the stem",
    reason: "answer leaked in stem",
    fails: ({ candidate, country, facts }) =>
      !!country &&
      candidate.type !== "true-false" &&
      facts.roles.some(
        (role) =>
          // The role with what comes before it: "Pakistan's Prime Minister", "Pakistani Prime Minister".
          `${facts.parsed.text.slice(Math.max(0, role.start - 20), role.start)}${role.role}`
            .split(/[\s’']+/)
            .some(
              (word) =>
                COUNTRY_BY_NAME.get(word.toLowerCase()) === country ||
                DEMONYM_TO_COUNTRY.get(word.toLowerCase()) === country,
            ) && new RegExp(String.raw`\b${escapeStringRegexp(role.person.split(" ").at(-1)!)}\b`).test(candidate.stem),
      ),
  },
];
