import { ATHLETES, type Athlete, type Sport } from "../data/athletes.data";
import type { Facts, Gender } from "../facts";
import { normalizeAnswer } from "../shared/normalize";
import { drawn } from "../shared/random";

const ATHLETE_BY_NAME = new Map(ATHLETES.map((athlete) => [normalizeAnswer(athlete.name), athlete] as const));
/** "Phelps", "Vondrousova": the surname the article may use alone. */
const ATHLETE_BY_SURNAME = new Map(
  ATHLETES.map((athlete) => [normalizeAnswer(athlete.name.split(" ").at(-1)!), athlete] as const),
);

/** What a sentence says when its person competes: "won", "beat", "seed", "innings", "swam", "scored"… */
const COMPETING = new RegExp(
  String.raw`\b(?:won|wins?|beat|beats|beaten|lost|seed(?:ed)?|final|semi-?final|match|innings|century|hundred|` +
    String.raw`wickets?|scored|goals?|swam|swims?|relay|medals?|race|raced|title|champion(?:ship)?s?|tournament|` +
    String.raw`Grand Slam|Olympics?|record)\b`,
  "i",
);

/** The known athlete a name in the article is, whole or by surname. */
export function knownAthlete(name: string): Athlete | undefined {
  const normalized = normalizeAnswer(name);
  return ATHLETE_BY_NAME.get(normalized) ?? (name.includes(" ") ? undefined : ATHLETE_BY_SURNAME.get(normalized));
}

/**
 * The story's year: its published date; else the later of the latest year it names and the year its
 * newest known athlete came to the top (a report on Gill's century that recalls Tendulkar's of 1990 is not
 * from 1990).
 */
function storyYear(facts: Facts): number | undefined {
  if (facts.publishedAt) return Number(facts.publishedAt.slice(0, 4));
  const years = [...facts.entities.values()]
    .map((entity) =>
      entity.date
        ? Number(entity.date.iso.slice(0, 4))
        : entity.type === "person"
          ? (knownAthlete(entity.name)?.from ?? NaN)
          : NaN,
    )
    .filter((year) => year > 1900 && year < 2100);
  return years.length ? Math.max(...years) : undefined;
}

/** The one sport of the known athletes the article names, if they share one. */
function storySport(facts: Facts): Sport | undefined {
  const sports = new Set(
    [...facts.entities.values()]
      .filter((entity) => entity.type === "person")
      .map((entity) => knownAthlete(entity.name)?.sport)
      .filter((sport): sport is Sport => !!sport),
  );
  return sports.size === 1 ? [...sports][0] : undefined;
}

// Worked out once per article: every person blank asks.
const stories = new WeakMap<Facts, { sport?: Sport; year?: number; named: Set<string> }>();
function storyOf(facts: Facts): { sport?: Sport; year?: number; named: Set<string> } {
  let story = stories.get(facts);
  if (!story) {
    story = {
      sport: storySport(facts),
      year: storyYear(facts),
      named: new Set([...facts.entities.values()].map((entity) => normalizeAnswer(entity.name))),
    };
    stories.set(facts, story);
  }
  return story;
}

/**
 * Athletes of the answer's sport, gender and time, for a "who" in a sports story: the answer is a known
 * athlete, or the sentence has them competing in a story whose named athletes all play one sport. None
 * where the sport, the gender or the year cannot be told (a stand-in from the wrong tour is a type slip).
 */
export function athleteStandIns(
  facts: Facts,
  answer: string,
  evidence: string,
  gender: Gender | undefined,
  seed: string,
): Iterable<string> {
  const known = knownAthlete(answer);
  const story = storyOf(facts);
  const sport = known?.sport ?? (COMPETING.test(evidence) ? story.sport : undefined);
  const sex = known?.gender ?? gender;
  const { year } = story;
  if (!sport || !sex || !year) return [];
  // An answer from the past ("Gavaskar starred … in 1978-79") takes stand-ins of its own time; one still
  // competing, stand-ins of the story's.
  const [from, to] = known && (known.to ?? 9999) < year ? [known.from, known.to!] : [year, year];
  return drawn(
    ATHLETES.filter(
      (athlete) =>
        athlete.sport === sport &&
        athlete.gender === sex &&
        athlete.from <= to &&
        (athlete.to ?? 9999) >= from &&
        athlete !== known &&
        !story.named.has(normalizeAnswer(athlete.name)),
    ).map((athlete) => athlete.name),
    seed,
  );
}

/**
 * Whether a known athlete can stand in the sentence: at the top in a year the sentence names ("starred at home
 * in 1978-79"), else no more than 15 years before the story (no 1920s captain "wrote on X"). Anyone else can.
 */
export function athleteOfTheTime(facts: Facts, name: string, evidence: string): boolean {
  const athlete = knownAthlete(name);
  if (!athlete) return true;
  const end = athlete.to ?? 9999;
  const years = [...evidence.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((match) => Number(match[1]));
  if (years.length) return years.some((year) => year >= athlete.from - 2 && year <= end + 2);
  const { year } = storyOf(facts);
  return !year || (year >= athlete.from - 2 && year <= end + 15);
}
