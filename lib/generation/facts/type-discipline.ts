import { ORGANIZATION_BY_NAME } from "../gazetteer";
import { TITLE_WORDS } from "./titles";
import type { EntityType, Mention, Role } from "./types";

/**
 * Type discipline: an entity's type is decided once, from everything the article says of it, and every
 * mention takes that type (decision 016). The name tagger reads one capitalised run at a time; these rules
 * read the whole article:
 * - a place named as a place anywhere ("in Les Cayes", "Les Cayes, a seaport") is never a person;
 * - a person named as a person anywhere ("Alan Adler, a spokesperson for the company") is never an organisation;
 * - a newspaper or broadcaster by its name ("European Pravda", "The Daily Star") is an organisation;
 * - an armed group by what follows it ("the Mai Mai militia", "fighters called Mai Mai") is no person;
 * - a credit, a byline or a title word on its own ("Image Credits", "By: Jane Roe", "General") is nobody:
 *   its mentions are dropped.
 */

// "parts of Les Cayes", "in Les Cayes", "near Diaz": a name after these, and not a possessive, is a place
// ("This time around Vondrousova was the No. 6 seed" is no place).
const PLACE_BEFORE =
  /\b(?:in|near|outside|across|(?<!\btime\s)around|parts of|towns? of|city of|village of|province of)\s+$/i;
// "Les Cayes, a seaport in southern Haiti", "Larkin, a village": what the apposition says it is.
const PLACE_NOUN =
  "(?:seaport|port|town|city|village|hamlet|settlement|province|district|county|region|state|island|capital|" +
  "suburb|municipality|neighbou?rhood|commune|prefecture)s?";
const PLACE_AFTER = new RegExp(String.raw`^,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}${PLACE_NOUN}\b`, "i");
// "Holguin, Granma, Las Tunas … and Santiago de Cuba, all Cuban provinces".
const PLACE_SERIES_AFTER = new RegExp(String.raw`^[^.;]{0,80}?,\s+(?:all|both)\s+(?:[A-Z][\w-]*\s+)?${PLACE_NOUN}\b`);
// "Alan Adler, a spokesperson for the company", "Mr Adler": what only a person is.
const PERSON_NOUN =
  "(?:spokes(?:person|man|woman)|reporter|correspondent|analyst|director|minister|chief|officer|executive|" +
  "lawyer|professor|coach|manager|advis[eo]r)";
const PERSON_AFTER = new RegExp(String.raw`^,\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}${PERSON_NOUN}\b`, "i");
const PERSON_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$/;
// "European Pravda", "The Daily Star", "Kyiv Post": the last word names a newspaper or broadcaster.
const OUTLET_WORD =
  /\s(?:Pravda|Times|Post|Herald|Tribune|Journal|Gazette|Daily|Telegraph|Guardian|Chronicle|Radio|Television|TV|News)$/;
// "the Mai Mai militia", "fighters called Mai Mai": an armed group.
const GROUP_AFTER = /^\s+(?:militias?|rebels?|fighters|insurgents|movement|group)\b/i;
// "Sara Keta, the Taliban special force": what the apposition says it is.
const GROUP_APPOSITION =
  /^,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}(?:force|forces|unit|brigade|battalion|militia|wing|faction)\b/i;
const GROUP_BEFORE = /\b(?:militias?|fighters|rebels|group)\s+(?:called|known as|named)\s+$/i;
// "Image Credits", "Photo Credit", "Getty Images": a picture's credit, not a person.
const CREDIT_NAME = /\b(?:Credits?|Image|Images|Photo|Photos|Photograph|Getty|Shutterstock|Reuters\/|AFP\/)\b/;
// "By: Rickson Bau", "By Jane Roe |", "(Credit: NASA)", "Photo: Getty": a byline or a credit line.
const BYLINE_BEFORE =
  /(?:^|\n|\()\s*(?:By:?|Credits?:|Photo(?:graph)?(?: by)?:|Image(?: credits?)?:|Photographer:)\s*$/i;

// "Centre Court", "Wembley Stadium", "the Guildhall": a venue by its last word (not a court of law).
const LAW = "(?:Supreme|High|District|Appeals?|Crown|Federal|Constitutional|County|Criminal)";
const COURT_OF_LAW = String.raw`(?!(?:.*\s)?${LAW}\s)`;
const VENUE = new RegExp(
  String.raw`^${COURT_OF_LAW}[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+` +
    String.raw`(?:Court|Stadium|Arena|Square|Theatre|Theater|Centre|Center|Hall|Park|Field|Ground)$`,
);

/** A type the article decided for an entity, and the organisation kind that goes with it. */
export interface Settled {
  type: EntityType;
  kind?: string;
}

/**
 * Settles each entity's type from every mention's surroundings; mentions of a credit or a byline are
 * dropped. Returns the organisation kinds it decided ("news-outlet"), by entity.
 */
export function settleTypes(text: string, mentions: Mention[], roles: Role[]): Map<string, Settled> {
  const settled = new Map<string, Settled>();
  const byEntity = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const own = byEntity.get(mention.entity);
    if (own) own.push(mention);
    else byEntity.set(mention.entity, [mention]);
  }
  const dropped = new Set<string>();
  for (const [entity, own] of byEntity) {
    const type = own[0]!.type;
    if (type === "person" && isNobody(text, entity, own)) {
      dropped.add(entity);
      continue;
    }
    const decided = decide(text, entity, type, own);
    if (decided) settled.set(entity, decided);
  }
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index]!;
    if (dropped.has(mention.entity)) mentions.splice(index, 1);
    else {
      const decided = settled.get(mention.entity);
      if (decided) mention.type = decided.type;
    }
  }
  for (let index = roles.length - 1; index >= 0; index--) {
    const person = roles[index]!.person;
    if (dropped.has(person) || (settled.get(person) && settled.get(person)!.type !== "person")) roles.splice(index, 1);
  }
  return settled;
}

// The text just before and just after a mention. Module-level, not closures made per entity (each a
// name-setting call under tsx): settleTypes runs for every entity of every article.
const before = (text: string, mention: Mention) => text.slice(Math.max(0, mention.start - 40), mention.start);
const after = (text: string, mention: Mention) => text.slice(mention.end, mention.end + 100);

/** A credit, a byline, or a title word taken for a name. */
function isNobody(text: string, entity: string, own: Mention[]): boolean {
  if (CREDIT_NAME.test(entity)) return true;
  if (!entity.includes(" ") && TITLE_WORDS.has(entity.toLowerCase())) return true;
  return own.every((mention) => BYLINE_BEFORE.test(before(text, mention)));
}

/** '"Wolf Hall" by Mantel … writing Wolf Hall': the name stands in quotation marks somewhere in the text. */
const quotedIn = (text: string, name: string) => text.includes(`"${name}"`) || text.includes(`“${name}”`);

function decide(text: string, entity: string, type: EntityType, own: Mention[]): Settled | undefined {
  if (type === "person") {
    if (OUTLET_WORD.test(entity)) return { type: "organization", kind: "news-outlet" };
    // '"Wolf Hall" by Mantel': a title in quotation marks is a work, not a person.
    if (
      own.some((mention) => /["“]$/.test(before(text, mention)) && /^["”]/.test(after(text, mention))) ||
      quotedIn(text, entity)
    )
      return { type: "term" };
    const group = own.some(
      (mention) =>
        GROUP_AFTER.test(after(text, mention)) ||
        GROUP_BEFORE.test(before(text, mention)) ||
        GROUP_APPOSITION.test(after(text, mention)),
    );
    if (group) return { type: "organization", kind: "other" };
    const placeCue = own.some(
      (mention) =>
        (PLACE_BEFORE.test(before(text, mention)) && !/^['’]s\b/.test(after(text, mention))) ||
        PLACE_AFTER.test(after(text, mention)) ||
        PLACE_SERIES_AFTER.test(after(text, mention)),
    );
    const personCue = own.some(
      (mention) => PERSON_BEFORE.test(before(text, mention)) || PERSON_AFTER.test(after(text, mention)),
    );
    if (placeCue && !personCue) return { type: "city" };
  }
  if (type === "organization" && !ORGANIZATION_BY_NAME.has(entity.toLowerCase())) {
    // "Santiago de Cuba, all Cuban provinces": a place, whatever its words looked like.
    if (own.some((mention) => PLACE_AFTER.test(after(text, mention)) || PLACE_SERIES_AFTER.test(after(text, mention))))
      return { type: "city" };
    // "beat her 6-4, 6-2 at Centre Court": a venue is no organisation; it is only ever typed, as a name.
    if (VENUE.test(entity) && own.some((mention) => /\b(?:at|on)\s+(?:the\s+)?$/.test(before(text, mention))))
      return { type: "term" };
    const personCue = own.some(
      (mention) => PERSON_BEFORE.test(before(text, mention)) || PERSON_AFTER.test(after(text, mention)),
    );
    if (personCue && /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}$/.test(entity) && !/\s(?:Company|Group|Inc)$/.test(entity))
      return { type: "person" };
  }
  return undefined;
}
