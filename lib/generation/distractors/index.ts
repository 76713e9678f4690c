/**
 * Distractors: wrong answers of the same kind and granularity as the right one, for each answer kind.
 * In: the facts, the answer (a person, place, organisation, date, quantity or role), its evidence sentence
 * and a seed (the same question always gets the same choices).
 * Out: a DistractorPick — up to three options, from the article first, then from the gazetteer, never the
 * answer or one of its aliases and never something the evidence names (it could be right too, or give
 * the answer away); and how many came from the article.
 *
 * One file per answer kind (people, places, organizations, dates, quantities, roles); pick.ts holds the
 * rules every kind shares; jobs.ts tells a company job from an office of state.
 */
export { acceptable, type DistractorPick } from "./pick";
export { officeBeforeName, officeMisfits, personDistractors } from "./people";
export { placeDistractors } from "./places";
export { anotherCountrysBody, organizationDistractors } from "./organizations";
export { dateDistractors, isDayOfMonth, storyDateOf } from "./dates";
export { quantityDistractors } from "./quantities";
export { isPoliticalRole } from "./jobs";
export { roleDistractors } from "./roles";
export { mediumUse, onlyAsMedium, PLATFORMS } from "./platforms";
