import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";
import { extractFacts, looksLikePersonName } from "@/lib/generation/facts";

const sample = ingestArticle({
  kind: "text",
  text: readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt", "utf8"),
});
const facts = extractFacts(sample.text, sample.publishedAt);
const typeOf = (name: string) => facts.entities.get(name)?.type;

describe("fact extraction on the sample article", () => {
  it("types people, countries, cities, organisations and events", () => {
    expect(
      ["Wang Yi", "Vladimir Putin", "Sergei Lavrov", "Xi Jinping", "Donald Trump", "Volodymyr Zelensky"].map(typeOf),
    ).toEqual(Array(6).fill("person"));
    expect(["China", "Russia", "Ukraine", "United States"].map(typeOf)).toEqual(Array(4).fill("country"));
    expect([typeOf("Moscow"), typeOf("Beijing")]).toEqual(["city", "city"]);
    expect([typeOf("RIA Novosti"), typeOf("NATO")]).toEqual(["organization", "organization"]);
    expect(typeOf("World War II")).toBe("event");
    expect(typeOf("Moscow and Beijing")).toBeUndefined();
  });

  it("reads roles from appositions", () => {
    expect(facts.roles.map((role) => [role.role, role.person])).toEqual([
      ["top diplomat", "Wang Yi"],
      ["Russian President", "Vladimir Putin"],
      ["Foreign Minister", "Sergei Lavrov"],
      ["US President", "Donald Trump"],
      ["Ukrainian President", "Volodymyr Zelensky"],
    ]);
  });

  it("links later short mentions to the full name", () => {
    const wang = facts.mentions.filter((mention) => mention.entity === "Wang Yi");
    expect(wang.map((mention) => mention.text)).toEqual(["Wang Yi", "Wang", "Wang", "Wang", "Wang"]);
    expect(facts.shortNames.get("Wang Yi")).toBe("Wang");
    expect(facts.entities.get("Vladimir Putin")?.mentions).toBe(5);
  });

  it("finds quotations and their speakers, resolving 'he added' to the story's subject", () => {
    expect(facts.quotes.map((quote) => [quote.speaker, quote.text.slice(0, 30)])).toEqual([
      ["Wang Yi", "China is ready, taking into ac"],
      ["Wang Yi", "We will work together to make "],
    ]);
    for (const quote of facts.quotes) expect(sample.text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it("resolves relative dates against the published date", () => {
    expect(facts.entities.get("Tuesday")?.date?.label).toBe("Tuesday, 1 April 2025");
    expect(facts.entities.get("last month")?.date?.label).toBe("March 2025");
    expect(facts.entities.get("May")?.date?.label).toBe("May 2025");
    expect(facts.entities.get("February 2022")?.date?.iso).toBe("2022-02");
  });

  it("keeps every mention's offsets pointing at its text", () => {
    for (const mention of facts.mentions) expect(sample.text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

describe("what counts as a person's name", () => {
  it.each(["Sergei Lavrov", "P.J. Crowley", "Hillary Rodham Clinton", "Xi Jinping", "Mark McKinnon"])(
    "accepts %s",
    (name) => {
      expect(looksLikePersonName(name)).toBe(true);
    },
  );
  it.each([
    "MORE COMMENTARY",
    "Contractors of Alabama",
    "Heisman Trophy",
    "Islamic Republic",
    "Getty ImagesShouldn't",
    "Deepwater Horizon",
  ])("rejects %s", (name) => {
    expect(looksLikePersonName(name)).toBe(false);
  });
});

describe("sentence splitting", () => {
  it.each([
    [
      "Many of our suggestions made it in. Beyond a fresh coat of paint, the real meat is in the DVR.",
      ["Many of our suggestions made it in.", "Beyond a fresh coat of paint, the real meat is in the DVR."],
    ],
    [
      "The ceasefire talks were locked in. Officials in Gaza said little.",
      ["The ceasefire talks were locked in.", "Officials in Gaza said little."],
    ],
    // After a number "in." is inches, and the sentence goes on.
    ["The storm left 6 in. Rain fell all night.", ["The storm left 6 in. Rain fell all night."]],
  ])("splits %s where a reader would", (text, sentences) => {
    const parsed = extractFacts(text, null).sentences;
    expect(parsed.map((sentence) => sentence.text)).toEqual(sentences);
    // Offsets still point into the text as given.
    for (const sentence of parsed) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("keeps the particle's own text and does not read the next sentence's first word as a name", () => {
    const facts = extractFacts("Voters were sworn in. Officials counted the ballots overnight in Ohio.", null);
    expect(facts.entities.has("Officials")).toBe(false);
    expect(facts.sentences[0]!.text).toBe("Voters were sworn in.");
  });
});
