/**
 * What we add to the `world-countries` package (which supplies every country's name, official name,
 * spellings, demonym, capital, region and coast): the short names news writes, the countries readers
 * know best, the names that take "the", and states that no longer exist.
 *
 * Source: curated by hand for Quizwire from the news fixtures (tests/fixtures/articles), 2026-11-24 to
 * 2026-12-04. The order of PROMINENT_COUNTRIES does not matter (it filters the package's list).
 */

/** Names news uses that the package does not list ("US", "Britain", "DPRK"). */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
  Russia: ["Russian Federation"],
  China: ["People's Republic of China", "PRC", "mainland China"],
  "South Korea": ["Republic of Korea"],
  "North Korea": ["DPRK"],
  "United Arab Emirates": ["UAE"],
};

/** Countries that news readers know, preferred as distractors over obscure ones. */
// prettier-ignore
export const PROMINENT_COUNTRIES: readonly string[] = [
  "United States", "China", "Russia", "India", "Japan", "Germany", "United Kingdom", "France", "Italy", "Canada",
  "Brazil", "Mexico", "Australia", "South Korea", "North Korea", "Indonesia", "Turkey", "Saudi Arabia", "Argentina",
  "South Africa", "Iran", "Israel", "Ukraine", "Poland", "Pakistan", "Egypt", "Nigeria", "Spain", "Netherlands",
  "Sweden", "Norway", "Belarus", "Syria", "Iraq", "Afghanistan", "Vietnam", "Taiwan", "Philippines", "Kenya",
  "Ethiopia", "Qatar", "United Arab Emirates", "Switzerland", "Greece", "Cuba", "Venezuela", "Colombia", "Chile",
  // Oceania's own, so Australia is not offered beside Poland and Colombia.
  "New Zealand", "Papua New Guinea", "Fiji",
];

/**
 * Countries that often host other countries' talks, for "negotiations held in _____": Qatar's stand-ins there are
 * Oman or the UAE, not Israel or Iraq (judged rounds 15 and 16: both judges). Curated by hand for Quizwire on
 * 2026-12-07 from the venues of widely reported peace and diplomatic talks since 1990.
 */
// prettier-ignore
export const TALKS_HOSTS: readonly string[] = [
  "Switzerland", "Norway", "Austria", "Finland", "Sweden", "Qatar", "Oman", "United Arab Emirates", "Saudi Arabia",
  "Turkey", "Egypt", "Kuwait", "Jordan", "Algeria", "Morocco", "Kenya", "Ethiopia", "South Africa", "Tanzania",
  "Indonesia", "Malaysia", "Singapore", "China", "Russia", "Kazakhstan", "Pakistan", "Cuba", "Mexico", "Colombia",
];

/**
 * Countries that play Test cricket (the ICC's full members that are countries; England and the West Indies are
 * not): in a cricket story a country's stand-ins come from these, never Vietnam in a semi-final.
 */
// prettier-ignore
export const CRICKET_COUNTRIES: readonly string[] = [
  "Afghanistan", "Australia", "Bangladesh", "India", "Ireland", "New Zealand", "Pakistan", "South Africa",
  "Sri Lanka", "Zimbabwe",
];

/** Words that make a story about cricket. */
export const CRICKET_WORDS: readonly string[] = [
  "cricket",
  "wicket",
  "wickets",
  "innings",
  "Test match",
  "ODI",
  "T20",
  "bowler",
  "batsman",
  "batter",
  // Grounds where nothing but cricket is played: "at Mohali, … the World Cup semi-final between India and _____"
  // offered the Philippines and Vietnam (judged round 10).
  "Mohali",
  "Eden Gardens",
  "Wankhede",
  "Chinnaswamy",
  "Lord's",
  "Edgbaston",
  "Headingley",
  "Trent Bridge",
];

/**
 * The world's largest crude oil producers (the US Energy Information Administration's top producers, 2023): in a
 * sentence about oil output a country's stand-ins come from these, never Italy (judged round 22, both judges).
 */
// prettier-ignore
export const OIL_PRODUCERS: readonly string[] = [
  "United States", "Saudi Arabia", "Russia", "Canada", "Iraq", "China", "Brazil", "United Arab Emirates", "Iran",
  "Kuwait", "Norway", "Kazakhstan", "Mexico", "Qatar", "Nigeria", "Algeria", "Libya", "Venezuela", "Angola",
];

/** What follows a producer named as the one that moves oil output: "signalled it would boost output". */
export const MOVES_OIL_OUTPUT = new RegExp(
  String.raw`^[^.;]{0,50}?\b(?:boost|raise|increase|cut|curb|lift|pump)\w*\s+(?:its\s+)?` +
    String.raw`(?:oil\s+|crude\s+)?(?:output|production)\b`,
  "i",
);

/** Countries whose English name takes "the" ("the largest in the Philippines", never "the Japan"). */
// prettier-ignore
export const COUNTRIES_WITH_THE: readonly string[] = [
  "United States", "United Kingdom", "Netherlands", "Philippines", "Czech Republic", "Dominican Republic",
  "Central African Republic", "United Arab Emirates", "Bahamas", "Gambia", "Maldives",
  "Democratic Republic of Congo", "Democratic Republic of the Congo", "Vatican",
];

/** States that no longer exist: no organisation, and no country with stand-ins of its time. */
export const HISTORIC_STATES: readonly string[] = [
  "Soviet Union",
  "USSR",
  "East Germany",
  "West Germany",
  "Yugoslavia",
  "Czechoslovakia",
  "Ottoman Empire",
];

/** Stock market indexes by their country: "_____'s FTSE-100" is Britain to any reader of market news. */
export const STOCK_INDEXES: Readonly<Record<string, readonly string[]>> = {
  Japan: ["Nikkei", "Topix"],
  "United Kingdom": ["FTSE"],
  Germany: ["DAX"],
  France: ["CAC"],
  India: ["Sensex", "Nifty"],
  "South Korea": ["Kospi", "KOSPI"],
  China: ["Shanghai Composite", "CSI 300"],
  Australia: ["ASX"],
  "United States": ["Dow", "Nasdaq", "S&P 500"],
  Brazil: ["Bovespa"],
  Spain: ["IBEX"],
};
