/**
 * What a lead's event can be, for "what happened" questions: families of words of one form (all past
 * tense, all plural nouns…), each family a list of classes of words that mean the same event. The answer
 * is the word the article uses; the wrong answers are one word of each other class that the article never
 * uses (so no wrong answer is also true). `near` is what must follow the word within a few words
 * ("raised … rates"), `before` what must come right before it ("rate hike"), `notNear` what must not
 * follow it ("storm surge"); `base` families are verbs after "to", a modal or "not".
 */
export interface EventFamily {
  name: string;
  classes: readonly (readonly string[])[];
  near?: RegExp;
  before?: RegExp;
  notNear?: RegExp;
  base?: boolean;
  /** A noun that must head its phrase: "storm survivors" is about survivors, not a storm. */
  noun?: boolean;
}

const DEAL = /^\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|treaty|pact|ceasefire|contract)\b/;
const ELECTION = /^\s+(?:[\w-]+\s+){0,3}?(?:election|vote|poll|presidency|referendum|runoff|race)\b/;
const PRIZE = /^\s+(?:[\w-]+\s+){0,3}?(?:prize|award|medal|title|trophy|cup|championship|grammy|grammys)\b/i;
const VEHICLES = new RegExp(
  String.raw`^\s+(?:about\s+|nearly\s+|more than\s+|some\s+|almost\s+)?[\d,.]+\s*(?:million\s+)?(?:[\w-]+\s+)?` +
    String.raw`(?:vehicles|cars|trucks|SUVs|units|models)\b`,
);
const SPACECRAFT =
  /^\s+(?:[\w-]+\s+){0,4}?(?:rocket|spacecraft|satellite|probe|mission|lander|capsule|astronauts|crew)\b/;
const NOT_A_DISASTER = /^[\s-]+(?:surge|season|warning|watch|of|center|centre|chaser|shelter)\b/;

export const EVENT_FAMILIES: readonly EventFamily[] = [
  // No family for a rate decision's verb ("would _____ interest rates from near zero"): it has three real
  // outcomes (raise, cut, hold), and a fourth made up ("double", "freeze … by 25") gave it away (judged round 7:
  // both such questions rejected by both judges). "By how much?" still asks the move.
  {
    name: "rate move",
    before: /\brates?\s$/,
    classes: [["hike", "increase", "rise"], ["cut", "reduction"], ["freeze"], ["pause"]],
  },
  {
    name: "disaster",
    notNear: NOT_A_DISASTER,
    noun: true,
    classes: [
      ["earthquake", "quake", "tremor"],
      ["cyclone", "hurricane", "typhoon", "storm"],
      ["flood"],
      ["tornado"],
      ["landslide", "mudslide"],
      ["wildfire", "bushfire"],
      ["tsunami"],
    ],
  },
  {
    name: "disasters",
    notNear: NOT_A_DISASTER,
    noun: true,
    classes: [
      ["earthquakes", "quakes", "tremors"],
      ["cyclones", "hurricanes", "typhoons", "storms"],
      ["floods"],
      ["tornadoes", "tornados"],
      ["landslides", "mudslides"],
      ["wildfires", "bushfires"],
    ],
  },
  {
    name: "deal",
    near: DEAL,
    classes: [["signed"], ["rejected"], ["suspended"], ["scrapped", "cancelled", "canceled"]],
  },
  { name: "deal", near: DEAL, base: true, classes: [["sign"], ["reject"], ["suspend"], ["scrap", "cancel"]] },
  { name: "election", near: ELECTION, classes: [["won"], ["lost"], ["boycotted"], ["annulled"]] },
  { name: "prize", near: PRIZE, classes: [["won"], ["lost"], ["declined"], ["shared"]] },
  { name: "recall", near: VEHICLES, classes: [["recalled"], ["exported"], ["scrapped"], ["discounted"]] },
  { name: "recall", near: VEHICLES, classes: [["recalling"], ["exporting"], ["scrapping"], ["discounting"]] },
  { name: "recall", near: VEHICLES, classes: [["recalls"], ["exports"], ["scraps"], ["discounts"]] },
  { name: "recall", near: VEHICLES, base: true, classes: [["recall"], ["export"], ["scrap"], ["discount"]] },
  { name: "launch", near: SPACECRAFT, classes: [["launched"], ["landed"], ["docked"], ["lost"]] },
  {
    name: "match",
    near: /^\s+(?:the\s+)?[A-Z]/,
    classes: [["beat", "defeated"], ["lost to"], ["drew with"], ["trailed"]],
  },
];

/** Words before a verb in its base form: "to", a modal, "not". */
export const BASE_FORM_BEFORE = /\b(?:to|will|would|could|can|may|might|must|shall|should|did|does|do|not)\s$/i;
