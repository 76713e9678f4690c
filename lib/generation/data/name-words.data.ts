/**
 * Words that tell what a capitalised name is: words that are never names on their own, words that make a
 * name a thing or an event rather than a person, the small words inside names, and the words that end
 * the names of places. The rules that use them are in facts/.
 *
 * Source: curated by hand for Quizwire from the news fixtures (tests/fixtures/articles), 2026-11-24 to
 * 2026-12-04.
 */

/** Capitalised words that are never a name on their own (sentence openers, pronouns, days, months…). */
// prettier-ignore
export const NOT_NAMES: readonly string[] = [
  "The", "A", "An", "But", "And", "Or", "If", "In", "On", "At", "As", "For", "From", "By", "Via", "Source",
  "Related", "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Conservative", "Conservatives",
  "Labour", "Liberal", "Liberals", "With", "After", "Before", "During", "Since", "While", "When", "Where", "What",
  "Who", "Why", "How", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His",
  "Her", "Their", "Our", "My", "Your", "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday",
  "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December", "Also", "However", "Meanwhile", "Still", "Yet", "Then", "There",
  "Here", "Now", "Today", "Yesterday", "Comrade",
];

/** A capitalised run with one of these is a named thing or event, not a person ("World War II"). */
// prettier-ignore
export const THING_WORDS: readonly string[] = [
  "republic", "kingdom", "federation", "emirates", "islamic", "democratic", "people's", "trophy", "keys", "isle",
  "isles", "bay", "gulf", "coast", "horizon", "administration", "dolphins", "commentary", "war", "day", "cup",
  "games", "olympics", "summit", "treaty", "act", "bill", "plan", "accord", "agreement", "deal", "conference",
  "festival", "awards", "prize", "election", "elections", "week", "month", "year", "season", "series",
  "championship", "league", "tournament", "street", "avenue", "road", "square", "river", "sea", "ocean", "island",
  "islands", "mountains", "valley", "state", "states", "province", "region", "airport", "station", "hospital",
  "school", "college", "stadium", "bridge", "tower", "house", "palace", "center", "centre", "feed", "times", "post",
  "show", "app", "studies", "affairs", "relations", "sciences", "research", "central", "slam", "open", "prix",
  "hurricane", "storm", "typhoon", "cyclone", "wildfire", "fire", "earthquake",
];

/** Plural nouns that open a sentence as "… of <name>" without being part of the name ("Shares of …"). */
// prettier-ignore
export const PEOPLE_OR_PARTS_OF: readonly string[] = [
  "Shares", "Stocks", "Members", "Residents", "Citizens", "Supporters", "Opponents", "Critics", "Fans", "Workers",
  "Employees", "Officials", "Leaders", "Voters", "Students", "Relatives", "Victims", "Families", "Investors",
  "Shareholders", "Owners", "Executives", "Representatives", "Delegates", "Thousands", "Hundreds", "Millions",
  "Dozens", "Tens", "Parts", "Most", "Many", "Some", "All", "None", "Half", "Much", "Each", "Both", "Neither", "One",
  "Two", "Three",
];

/** The small words inside names ("Luis de la Fuente", "Mohammed bin Salman", "Jose Eduardo dos Santos"). */
export const NAME_PARTICLES: readonly string[] = [
  "de",
  "von",
  "van",
  "der",
  "den",
  "da",
  "dos",
  "das",
  "du",
  "la",
  "le",
  "los",
  "las",
  "del",
  "bin",
  "al",
];

/** "Biden-backed", "Trump-era": words that follow a hyphen after a name without being part of it. */
// prettier-ignore
export const HYPHEN_WORDS: readonly string[] = [
  "led", "backed", "based", "era", "style", "owned", "born", "made", "run", "linked", "like", "type", "free", "wide",
  "only", "aged", "old",
];

/** Compass words that open the names of regions ("East Java", "Southern California"), never a person's. */
export const COMPASS_WORDS: readonly string[] = [
  "Southern",
  "Northern",
  "Eastern",
  "Western",
  "Central",
  "South",
  "North",
  "East",
  "West",
];

/** The last word of a place or a landmark named after the place it is in: "Los Angeles County". */
// prettier-ignore
export const PLACE_SUFFIXES: readonly string[] = [
  "County", "Province", "Prefecture", "Parish", "District", "Valley", "Coast", "Basin", "City", "State", "Island",
  "Islands", "Peninsula", "Harbour", "Harbor", "Bay", "Strait", "Sea", "River", "Mountains", "Airport", "Bridge",
  "Station", "Square", "Park", "Street", "Avenue", "Stadium",
];

/** "Catania's Vincenzo Bellini airport": a name one of these follows is a namesake, no person in the story. */
// prettier-ignore
export const NAMESAKE_WORDS: readonly string[] = [
  "airport", "stadium", "arena", "bridge", "street", "avenue", "hospital", "prize", "award", "trophy", "foundation",
  "center", "centre", "institute", "school", "college", "university", "library", "museum", "park", "square", "hall",
  "theatre", "theater",
];
