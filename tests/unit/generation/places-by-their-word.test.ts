import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generation/facts";
import { generateQuestions } from "@/lib/generation/generate";

// Invented lines in the manner of wire copy from Pakistan and Afghanistan (development pastes B23 and B25).
const peshawar = [
  "Two bombs killed 12 people in northwest Pakistan on Thursday, police said.",
  "The first bomb went off in a cart as a police van was passing through the Qissa Khwani area of Peshawar city.",
  "A second blast in the port city of Karachi wounded four people later that evening, officials in Lahore said.",
  "Investigators from Islamabad were sent to both sites on Friday morning to collect evidence from the scenes.",
].join("\n\n");

describe("a place the gazetteer does not know, named by the word beside it", () => {
  it("reads 'Peshawar city' as a city and 'Takhar province', 'the provinces of Kunduz' as regions", () => {
    const facts = extractFacts(
      `${peshawar}\n\nFighting has raged in Takhar province and the neighbouring provinces of Kunduz and Baghlan.`,
      "2011-08-11",
    );
    expect(facts.entities.get("Peshawar")?.type).toBe("city");
    expect(facts.entities.get("Takhar")?.type).toBe("region");
    expect(facts.entities.get("Kunduz")?.type).toBe("region");
  });

  it("never reads part of a hyphenated name as a place ('Masjid-i-Safid village')", () => {
    const facts = extractFacts("The strike hit Baharak district's Masjid-i-Safid village at 9 p.m. on Friday.", null);
    expect(facts.entities.get("Safid")).toBeUndefined();
  });

  it("asks the city among the country's other cities", () => {
    const { questions } = generateQuestions(
      { title: "Bombs in Pakistan", text: peshawar, publishedAt: "2011-08-11", screenTitle: "Bombings — 11 Aug 2011" },
      { count: 10 },
    );
    const city = questions.find((question) => question.choices.includes("Peshawar"));
    expect(city?.type).toBe("where");
    expect(city?.choices).toHaveLength(4);
    for (const choice of city!.choices) expect(["Peshawar", "Karachi", "Lahore", "Islamabad"]).toContain(choice);
  });

  it("offers a province the article's other provinces only, never US states", () => {
    const text = [
      "An airstrike overnight in northern Afghanistan's Takhar province killed 14 militants, officials said Saturday.",
      "Heavy fighting has also raged in the provinces of Kunduz in the east and in Baghlan province in recent months.",
      "The army said the strike in Badakhshan province last week had killed two more commanders of the group.",
    ].join("\n\n");
    const { questions } = generateQuestions(
      { title: "Airstrike", text, publishedAt: "2019-02-16", screenTitle: "Airstrike — 16 Feb 2019" },
      { count: 10 },
    );
    const states = ["Wyoming", "North Dakota", "Vermont", "Idaho", "Alaska", "Virginia"];
    for (const question of questions) for (const state of states) expect(question.choices).not.toContain(state);
    const province = questions.find((question) => question.type === "where" && question.choices.includes("Takhar"));
    expect(province?.choices.sort()).toEqual(["Badakhshan", "Baghlan", "Kunduz", "Takhar"]);
  });

  it("asks no province as a choice when the article names fewer than four ('Takhar' beside 'Kunduz' only)", () => {
    const text = [
      "An airstrike overnight in northern Afghanistan's Takhar province killed 14 militants, officials said Saturday.",
      "Heavy fighting has also raged in Kunduz province in recent months, displacing thousands of families there.",
      "The army said the strike had been ordered after a confirmed intelligence tip about a meeting of commanders.",
    ].join("\n\n");
    const { questions } = generateQuestions(
      { title: "Airstrike", text, publishedAt: "2019-02-16", screenTitle: "Airstrike — 16 Feb 2019" },
      { count: 10 },
    );
    expect(questions.length).toBeGreaterThan(0);
    const provinces = questions.filter(
      (question) => question.type === "where" && ["Takhar", "Kunduz"].some((name) => question.choices.includes(name)),
    );
    expect(provinces).toEqual([]);
  });

  it("reads an apposition ('Gansu, a province in the far northwest') and asks the lead's province typed", () => {
    const text = [
      "The Long March rocket lifted off from Gansu, a province in the far northwest, with the Shenzhou-17 crew aboard.",
      "The crew will stay aboard the Tiangong space station for six months and carry out 80 experiments, officials said.",
      "China has sent five crews to the station since its construction began, the space agency said in a statement.",
    ].join("\n\n");
    const { questions } = generateQuestions(
      { title: "Launch", text, publishedAt: "2023-10-26", screenTitle: "Space launch — 26 Oct 2023" },
      { count: 10 },
    );
    const typed = questions.find((question) => question.type === "fill-in" && question.prompt.includes("from _____,"));
    expect(typed?.prompt).toMatch(/^Type the missing place: /);
    expect(typed?.answer).toEqual(["Gansu"]);
  });

  it("reads no district as a place: 'Baharak district' is a name to spell, not one a reader keeps", () => {
    const facts = extractFacts("The strike hit Baharak district in Takhar province at 9 p.m. on Friday.", null);
    expect(facts.entities.get("Baharak")).toBeUndefined();
    expect(facts.entities.get("Takhar")?.type).toBe("region");
  });

  it("offers no other country's capitals for a city the gazetteer lacks ('Goma, the chief city in the east')", () => {
    const text = [
      "An agreement to stop the fighting in Congo's volatile east has been struck with rebel groups, officials said.",
      "Since Jan. 6, delegates from 22 rebel groups have been gathering in Goma, the chief city in the east, to talk.",
      "Nearly 1,300 delegates have taken part in the talks, which were extended twice to reach the accord.",
    ].join("\n\n");
    const { questions } = generateQuestions(
      { title: "Congo deal", text, publishedAt: "2008-01-22", screenTitle: "Congo peace talks — 22 Jan 2008" },
      { count: 10 },
    );
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions)
      for (const capital of ["Abuja", "Nairobi", "Kampala", "Kigali"]) expect(question.choices).not.toContain(capital);
  });
});
