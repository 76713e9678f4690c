import countries from "world-countries";
import { COUNTRY_ALIASES } from "../data/countries.data";

/** Countries from the `world-countries` package, with the names news uses for them. */
export interface Country {
  name: string;
  demonym: string;
  capital?: string;
  region: string;
  subregion: string;
  /** No coast: no stand-in for a reef, a port or a coastline. */
  landlocked: boolean;
  aliases: string[];
  /** The countries it borders, by name: "Pakistan's border with _____" takes Pakistan's neighbours. */
  neighbours: string[];
}

const NAME_BY_CODE = new Map(countries.map((country) => [country.cca3, country.name.common] as const));

export const COUNTRIES: Country[] = countries
  .filter((country) => country.independent !== false || country.unMember)
  .map((country) => ({
    name: country.name.common,
    demonym: country.demonyms?.eng?.m ?? "",
    capital: country.capital?.[0],
    region: country.region,
    subregion: country.subregion,
    landlocked: country.landlocked,
    neighbours: country.borders.map((code) => NAME_BY_CODE.get(code)).filter((name) => name !== undefined),
    aliases: [
      country.name.official,
      ...country.altSpellings.filter((spelling) => spelling.length > 3 && /^[A-Za-z .'-]+$/.test(spelling)),
    ],
  }));

/** Every name a country goes by ("United Kingdom", "Britain", "U.K."). */
export function namesOfCountry(country: Country): string[] {
  return [country.name, ...country.aliases, ...(COUNTRY_ALIASES[country.name] ?? [])];
}

export const COUNTRY_BY_NAME = new Map<string, Country>();
for (const country of COUNTRIES) {
  for (const name of namesOfCountry(country)) COUNTRY_BY_NAME.set(name.toLowerCase(), country);
}

// "Brasília" and "Brasilia", "Reykjavík" and "Reykjavik": articles often drop the accents.
export const CAPITAL_TO_COUNTRY = new Map<string, Country>(
  COUNTRIES.filter((country) => country.capital).flatMap((country) => {
    const capital = country.capital!.toLowerCase();
    const folded = capital.normalize("NFKD").replace(/\p{M}/gu, "");
    // "Washington D.C." is "Washington" in the news.
    const short = capital.replace(/,?\s+d\.c\.$/, "");
    return [[capital, country] as const, [folded, country] as const, [short, country] as const];
  }),
);

export const DEMONYM_TO_COUNTRY = new Map<string, Country>(
  COUNTRIES.filter((c) => c.demonym).map((country) => [country.demonym.toLowerCase(), country]),
);
