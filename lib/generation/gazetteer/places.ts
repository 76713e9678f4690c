import { states } from "states-us";
import { CITIES_BY_COUNTRY, WORLD_REGIONS } from "../data/places.data";
import { CAPITAL_TO_COUNTRY } from "./countries";

// Cities, US states and world regions, as lookups.

/** Every large non-capital city we know, and each one's country. */
export const MAJOR_CITIES = Object.values(CITIES_BY_COUNTRY).flat();
export const CITY_COUNTRY = new Map(
  Object.entries(CITIES_BY_COUNTRY).flatMap(([country, cities]) =>
    cities.map((city) => [city.toLowerCase(), country] as const),
  ),
);

/** Every city and capital we know, lower-cased (with capitals also without their accents). */
export const CITY_NAMES = new Set([...MAJOR_CITIES.map((city) => city.toLowerCase()), ...CAPITAL_TO_COUNTRY.keys()]);

/**
 * The fifty states, from the `states-us` package (without the District of Columbia and the territories).
 * "New York" in news is the city: the state goes by "New York State".
 */
export const US_STATES_LIST = states
  .filter((state) => !state.territory && state.abbreviation !== "DC")
  .map((state) => (state.name === "New York" ? "New York State" : state.name));
export const US_STATES = new Set(US_STATES_LIST.map((state) => state.toLowerCase()));

export const WORLD_REGION_NAMES = new Set(WORLD_REGIONS.map((region) => region.toLowerCase()));

/** A region's scale: a world region ("Europe"), a US state, or another (a province the gazetteer does not know). */
export function regionScale(name: string): "world" | "us" | "other" {
  const lower = name.toLowerCase();
  return WORLD_REGION_NAMES.has(lower) ? "world" : US_STATES.has(lower) ? "us" : "other";
}
