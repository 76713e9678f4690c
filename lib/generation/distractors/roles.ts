import { OFFICE_HOLDERS } from "../data/people.data";
import {
  CAPITALISED_OFFICES,
  EQUIVALENT_ROLES,
  LOWER_CASE_OFFICES,
  MINISTER_OFFICES,
  PROFESSIONAL_ROLES,
  BRITISH_CAPITALISED_OFFICES,
  BRITISH_SECRETARY_OFFICES,
  SECRETARY_OFFICES,
  TITLES,
} from "../data/titles.data";
import type { Facts } from "../facts";
import { COUNTRY_BY_NAME, DEMONYM_TO_COUNTRY, US_STATES, US_STATES_LIST } from "../gazetteer";
import { normalizeAnswer } from "../shared/normalize";
import { drawn, shuffled } from "../shared/random";
import { companyJobOf, isCorporateRole, isEmployer, isPoliticalRole } from "./jobs";
import { pick, type DistractorPick } from "./pick";

// A story about Britain (its money, its parliament, its parts) and not about America: Britain's secretaries of state.
// ("New South Wales" and "New England" are not.)
const BRITISH_STORY =
  /£|\bMPs?\b|Downing Street|Whitehall|Westminster|\bBritain\b|(?<!New )\bEngland\b|\bScotland\b|(?<!South )\bWales\b/;
// "versus the US dollar – $1.33" in a story about the pound is no American story.
const AMERICAN_STORY = /\bU\.S\.(?! dollar)|\bUS\b(?! dollar)|\bAmerican\b|\bWashington\b|\bCongress\b/;

// A head of state's or government's office or its deputy's ("Vice President"): a rank of its own.
const isHeadOffice = (title: string) => /\b(?:President|Prime Minister|Premier|Chancellor|King|Queen)$/i.test(title);
const nationalityWord = (word: string) =>
  DEMONYM_TO_COUNTRY.has(word.toLowerCase()) ||
  COUNTRY_BY_NAME.has(word.toLowerCase()) ||
  /^(?:US|U\.S\.|UK|U\.K\.|EU)$/.test(word);
const SPOKESPERSON = /\bspokes(?:person|man|woman)\b|\bpress secretary\b/i;

/** Other offices in the same style: "Foreign Minister" → "Defence Minister", "Prime Minister"… */
export function roleDistractors(facts: Facts, person: string, role: string, seed: string): DistractorPick {
  // "Former Education Secretary": the stand-ins are former holders of other offices, or the key stands out.
  const former = /^(Former|former)\s+(?=\S)/.exec(role);
  if (former) {
    const { options, fromArticle } = roleDistractors(facts, person, role.slice(former[0].length), seed);
    return { options: options.map((option) => `${former[1]} ${option.replace(/^former\s+/i, "")}`), fromArticle };
  }
  // "Deputy Foreign Minister": the stand-ins are deputies too, or the key alone says "Deputy" (rounds 12 and 14).
  const deputy = /^(Deputy|Assistant)\s+(?=\S)/.exec(role);
  if (deputy) {
    const { options, fromArticle } = roleDistractors(facts, person, role.slice(deputy[0].length), seed);
    const bare = options.map((option) => option.replace(/^(?:Deputy|Assistant)\s+/i, ""));
    return { options: [...new Set(bare)].map((option) => `${deputy[1]} ${option}`), fromArticle };
  }
  // "Indian foreign secretary", "Turkey's president": the stand-ins carry the same nation in the same case, or the
  // key alone names a country (judged round 7).
  const national = /^([A-Z][\w.]*?)(['’]s)?\s+(?=[a-z])/.exec(role);
  if (national && nationalityWord(national[1]!)) {
    const { options, fromArticle } = roleDistractors(facts, person, role.slice(national[0].length), seed);
    return { options: options.map((option) => `${national[0]}${option}`), fromArticle };
  }
  const own = new Set(
    facts.roles.filter((candidate) => candidate.person === person).map((candidate) => normalizeAnswer(candidate.role)),
  );
  // What the person also is in the world (Wang Yi is a foreign minister) and synonyms of their role.
  const office = OFFICE_HOLDERS.find((holder) => holder.name === person)?.office;
  if (office) own.add(normalizeAnswer(office));
  for (const group of EQUIVALENT_ROLES) {
    if ([...own].some((title) => group.some((synonym) => title.endsWith(synonym))))
      for (const synonym of group) own.add(synonym);
  }
  // "U.S. Judge" for a "U.S. District Judge": a stand-in made of the answer's own words is the same office,
  // less precisely.
  const roleWords = new Set(normalizeAnswer(role).split(" "));
  const isOwn = (title: string) =>
    normalizeAnswer(title)
      .split(" ")
      .every((word) => roleWords.has(word)) ||
    [...own].some(
      (mine) =>
        normalizeAnswer(title) === mine ||
        normalizeAnswer(title).endsWith(` ${mine}`) ||
        (mine.length > 4 && normalizeAnswer(title).endsWith(mine)),
    );
  // Abbreviated titles ("Sen.", "Rep.") are forms of address, not positions to choose between.
  const article = facts.roles
    .filter((candidate) => candidate.person !== person && !isOwn(candidate.role) && !/\.$/.test(candidate.role))
    .map((candidate) => candidate.role);
  // "Russian Foreign Minister" and "Cisco Chief Executive" keep their first word on the stand-ins; "Prime
  // Minister" and "Culture Minister" are one title each.
  const lead = /^([A-Z][\w.-]*\s+)(?=[A-Z])/.exec(role)?.[1] ?? "";
  const lowercase = role === role.toLowerCase();
  // "Ohio Governor": the same office in other states ("Pennsylvania Governor"), the article's first.
  if (lead && US_STATES.has(lead.trim().toLowerCase()) && !lowercase) {
    const office = role.slice(lead.length);
    const states = [
      ...new Set(
        [...facts.entities.values()]
          .filter((entity) => entity.type === "region" && US_STATES.has(entity.name.toLowerCase()))
          .map((entity) => entity.name),
      ),
    ];
    const others = (list: Iterable<string>) =>
      [...list].filter((state) => state !== lead.trim()).map((state) => `${state} ${office}`);
    return pick(role, "", others(states), () => others(drawn(US_STATES_LIST, seed)), seed);
  }
  // "U.S. District Judge": a nationality in front is no employer, even where it opens a body's name ("U.S.
  // Circuit Court").
  const leadIsEmployer = !TITLES.includes(role) && !nationalityWord(lead.trim()) && isEmployer(facts, lead.trim());
  const prefix = TITLES.includes(role) ? "" : nationalityWord(lead.trim()) || leadIsEmployer ? lead : "";
  // Offices of state are stand-ins only for an office of state; a farmer gets the article's other roles or
  // nothing. "executive vice president", "president of the Home Builders Association": a job in a company or
  // club, not an office of state.
  const atCompany = companyJobOf(facts, role);
  const political = isPoliticalRole(facts, role);
  // US-style "Navy Secretary" takes other secretaries; a prefix only fits ministers ("Russian Foreign Minister").
  const secretary = /\bSecretary$/.test(role) && !lowercase;
  const british = BRITISH_STORY.test(facts.parsed.text) && !AMERICAN_STORY.test(facts.parsed.text);
  // "Deputy Foreign Minister" takes ministers, not "Ambassador" (judged round 8: another kind of post).
  const ministerial = /\bMinister$/.test(role) && !isHeadOffice(role);
  const generic = !political
    ? []
    : secretary
      ? british
        ? BRITISH_SECRETARY_OFFICES
        : SECRETARY_OFFICES
      : lowercase
        ? LOWER_CASE_OFFICES.map((title) => `${prefix}${title}`)
        : british && !prefix
          ? BRITISH_CAPITALISED_OFFICES
          : [...CAPITALISED_OFFICES, ...(ministerial ? MINISTER_OFFICES : [])].map((title) => `${prefix}${title}`);
  // Jobs outside government take other jobs of the same field, written in the answer's case.
  // "its director Sean Baker" in a story about a film: the film's trades, not a company's.
  const filmStory =
    /^director$/i.test(role) &&
    facts.sentences.some((sentence) => /\b(?:film|movie|Oscars?|box office)\b/i.test(sentence.text));
  const job = atCompany?.job ?? role;
  const field = political
    ? undefined
    : PROFESSIONAL_ROLES.find((group) => group.field.test(filmStory ? "film director" : job));
  // "Cisco Chief Executive", "Nippon Paint co-president": the employer in front goes on every stand-in, or
  // the answer stands out.
  const employer = atCompany?.company ?? (leadIsEmployer ? lead : "");
  // "Stanford University dean", not "Stanford University university dean".
  const employerLast = employer.trim().split(/\s+/).at(-1)?.toLowerCase();
  const professional = (field?.titles ?? [])
    .map((title) =>
      employerLast && title.toLowerCase().startsWith(`${employerLast} `) ? title.slice(employerLast.length + 1) : title,
    )
    .map(
      (title) =>
        employer +
        (/^[a-z]/.test(job)
          ? title.toLowerCase()
          : title.replace(/\b[a-z](?=[a-z]{3})/g, (letter) => letter.toUpperCase())),
    );
  // A professor is offered the article's other academic posts, not the governor's office or the union's
  // presidency it names; a president no company's chairmanship.
  // A government spokesperson takes other voices of an office, never the office itself ("Israeli Prime Minister"
  // for a State Department spokesperson), and an office of state no spokesperson's post.
  const speaks = SPOKESPERSON.test(role);
  // (A police spokesman takes police ranks: the rule is for the offices of state.)
  const sameVoice = (title: string) => !political || SPOKESPERSON.test(title) === speaks;
  // "Deputy Foreign Minister" takes no "President" or "Prime Minister": another rank, and the article's own
  // head of government rules it out (judged round 7).
  const sameRank = (title: string) => isHeadOffice(role) || !isHeadOffice(title);
  const sameKind = (title: string) => !ministerial || /\bMinister$/.test(title);
  const sameSphere = article.filter(
    (title) =>
      sameVoice(title) &&
      sameRank(title) &&
      sameKind(title) &&
      (political
        ? !isCorporateRole(facts, title)
        : !isPoliticalRole(facts, title) && (!field || field.field.test(title))),
  );
  return pick(
    role,
    "",
    sameSphere,
    shuffled(
      [...generic, ...professional].filter(
        (title) => !isOwn(title) && sameVoice(title) && sameRank(title) && sameKind(title),
      ),
      seed,
    ),
    seed,
  );
}
