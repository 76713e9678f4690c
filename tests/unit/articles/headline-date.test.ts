import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";
import { titleFromLead } from "@/lib/articles/lead-title";
import { cutOffSentence } from "@/lib/articles/cut-off";

// Short made-up stories; each test adds the lines a page would put around them.
const story = [
  "The central bank raised its main interest rate by a quarter point on Thursday, its third increase this year.",
  "Policymakers said inflation had stayed above target for longer than expected and that further rises were possible.",
  "Economists had expected the move, which takes the rate to its highest level since 2008, the bank said.",
  "Markets rose after the announcement as investors judged the outlook steadier than they had feared last month.",
  "Mortgage lenders are expected to pass the increase on to borrowers within days, according to industry groups.",
  "The bank's next decision is due in six weeks, when new forecasts for growth and prices will also be published.",
];

const ingest = (lines: string[]) => ingestArticle({ kind: "text", text: lines.join("\n") });

describe("the headline", () => {
  it("is the headline line below page clutter, not the ticker label or site name above it", () => {
    for (const above of [["Off the wire"], ["Investing"], ["Breaking News"], ["Daily Harbor Gazette"], ["[ad_1]"]]) {
      const article = ingest([...above, "Central bank lifts rates for third time this year", ...story]);
      expect(article.title).toBe("Central bank lifts rates for third time this year");
      expect(article.titleOrigin).toMatchObject({
        kind: "line",
        span: { text: "Central bank lifts rates for third time this year" },
      });
      expect(article.text.startsWith("The central bank raised")).toBe(true);
    }
  });

  it("loses a trailing byline, unless 'By' belongs to a title-case headline", () => {
    expect(ingest(["Central bank lifts rates again By Jane Doe", ...story]).title).toBe(
      "Central bank lifts rates again",
    );
    expect(ingest(["Police Post Attacked By Female Suicide Bomber", ...story]).title).toBe(
      "Police Post Attacked By Female Suicide Bomber",
    );
  });

  it("is never a fragment when the paste has none: a title made from the lead, marked as made up", () => {
    for (const top of [
      ["Aug. 3 (UPI) -- The central bank raised its main interest rate by a quarter point on Thursday."],
      ["[ad_1]", "https://news.example.com/economy/rates"],
      ["Investing"],
    ]) {
      const article = ingest([...top, ...story]);
      expect(article.titleOrigin.kind).toBe("made-up");
      expect(article.title).toBe("Central bank raised its main interest rate by a quarter point on Thursday");
    }
  });

  it("made from the lead's subject and verb, without openings, relative clauses or appositions", () => {
    expect(
      titleFromLead(
        "On Monday, at a press conference, the Odysseus spacecraft, which carried no crew, set down softly near the pole.",
      ),
    ).toBe("Odysseus spacecraft set down softly near the pole");
    expect(titleFromLead("A rocket with three astronauts aboard has been sent up to the space station.")).toBe(
      "Rocket with three astronauts aboard sent up to the space station",
    );
    expect(titleFromLead("Jane Doe, the former captain, and coach John Roe praised the team after the final.")).toBe(
      "Jane Doe and coach John Roe praised the team",
    );
    // No subject and verb: no title, and the preview asks for one.
    expect(titleFromLead("Thursday, March 3, at noon.")).toBeUndefined();
  });

  it("the person's headline wins, and its copy at the top of the text goes", () => {
    const article = ingestArticle({
      kind: "text",
      title: "Rates up again",
      text: ["Rates up again", ...story].join("\n"),
    });
    expect(article.title).toBe("Rates up again");
    expect(article.titleOrigin).toEqual({ kind: "given", text: "Rates up again" });
    expect(article.removed.map((removal) => removal.reason)).toEqual(["headline"]);
  });
});

describe("the published date", () => {
  it.each([
    ["an agency and date line", "Xinhua, February 16, 2017", "2017-02-16"],
    ["a published stamp with its time", "Published 14 Sep 2023, 10:02", "2023-09-14"],
    ["a weekday date line", "Thursday, November 10, 2011", "2011-11-10"],
    ["a stamp with an update after it", "Sunday, October 11, 2009 | 7:35 p.m.; updated 8:04 p.m.", "2009-10-11"],
    ["a numeric stamp", "Published 07/31/12", "2012-07-31"],
    ["a byline with its stamp", "By Jane Doe | 07/31/2012 3:04 PM", "2012-07-31"],
  ])("from %s: %j", (_, line, date) => {
    const article = ingest(["Central bank lifts rates", line, ...story]);
    expect(article.publishedAt).toBe(date);
    expect(article.dateOrigin).toMatchObject({ kind: "line", span: { text: line } });
    expect(article.text).not.toContain(line);
  });

  it("from a leading date marker", () => {
    const article = ingestArticle({ kind: "text", text: ` date 2025-04-01 ${story.join("\n")}` });
    expect(article.publishedAt).toBe("2025-04-01");
    expect(article.dateOrigin.kind).toBe("marker");
  });

  it("from a dateline, with the year read from a date near it elsewhere on the page, else asked for", () => {
    const withYear = ingest([`Aug. 3 (UPI) -- ${story[0]}`, ...story.slice(1), "Prices had risen in July 2023."]);
    expect(withYear.publishedAt).toBe("2023-08-03");
    expect(withYear.dateOrigin).toMatchObject({ kind: "dateline", yearFrom: { text: "July 2023" } });
    const noYear = ingest([`Aug. 3 (UPI) -- ${story[0]}`, ...story.slice(1)]);
    expect(noYear.publishedAt).toBeNull();
    expect(noYear.dateOrigin).toMatchObject({ kind: "partial", month: 8, day: 3 });
  });

  it.each([
    ["a photo caption", "The governor speaks to reporters in the capital, March 5, 2020. (AP Photo/Jane Doe)"],
    ["an embedded post's footer", "— Jane Doe (@janedoe) March 5, 2020"],
  ])("from %s whose date falls on the story's first weekday (Thursday, March 5, 2020)", (_, line) => {
    const article = ingest(["Central bank lifts rates", ...story.slice(0, 3), line, ...story.slice(3)]);
    expect(article.publishedAt).toBe("2020-03-05");
    expect(article.dateOrigin).toMatchObject({ kind: "caption", span: { text: line }, weekday: "Thursday" });
    expect(article.text).not.toContain(line);
  });

  it("never from a photo caption on another weekday than the story's, nor from the story's own dates", () => {
    const article = ingest([
      "Central bank lifts rates",
      "The governor speaks in the capital, March 3, 2020. (AP Photo/Jane Doe)",
      "The governor said on March 1, 2020, that rates would stay on hold.",
      ...story,
    ]);
    expect(article.publishedAt).toBeNull();
    expect(article.dateOrigin).toEqual({ kind: "missing" });
  });
});

describe("the dateline", () => {
  it("stays in the text but is marked: it gives the place and the day, not a question", () => {
    const article = ingest([
      "Central bank lifts rates",
      `TALUQAN, Afghanistan, Feb. 15 (Xinhua) — ${story[0]}`,
      ...story.slice(1),
    ]);
    expect(article.text.startsWith("TALUQAN, Afghanistan, Feb. 15 (Xinhua) — The central bank")).toBe(true);
    expect(article.dateline).toMatchObject({
      place: "Taluqan, Afghanistan",
      agency: "Xinhua",
      date: { year: null, month: 2, day: 15 },
      text: "TALUQAN, Afghanistan, Feb. 15 (Xinhua) —",
    });
    expect(article.excluded).toEqual([{ start: 0, end: 40, kind: "dateline" }]);
    expect(article.text.slice(0, 40)).toBe("TALUQAN, Afghanistan, Feb. 15 (Xinhua) —");
  });

  it.each([
    ["NEW YORK (AP) — ", "New York"],
    ["Manchester [UK], July 27 (ANI): ", "Manchester [UK]"],
    ["Thimphu, Bhutan: ", "Thimphu, Bhutan"],
  ])("%j gives the place %j", (dateline, place) => {
    expect(ingest([`${dateline}${story[0]}`, ...story.slice(1)]).dateline?.place).toBe(place);
  });

  it("is not read into an ordinary opening", () => {
    expect(ingest(story).dateline).toBeNull();
    expect(ingest([`Ukraine - the war's cost keeps rising. ${story[0]}`, ...story.slice(1)]).dateline).toBeNull();
  });
});

describe("a paste that stops mid-sentence", () => {
  it("keeps its text, and its cut-off last sentence is marked so no question is built from it", () => {
    const article = ingest([...story, "Analysts at the bank said the next move would depend on how wages"]);
    expect(article.text.endsWith("how wages")).toBe(true);
    expect(article.cutOff?.text).toBe("Analysts at the bank said the next move would depend on how wages");
    expect(article.excluded.at(-1)).toEqual({
      start: article.text.length - article.cutOff!.text.length,
      end: article.text.length,
      kind: "cut-off",
    });
  });

  it("only the unfinished sentence: abbreviations do not end one, and a finished text has none", () => {
    expect(cutOffSentence("It rose. Dr. Jane Doe of the U.S. central bank said the rise was")?.text).toBe(
      "Dr. Jane Doe of the U.S. central bank said the rise was",
    );
    expect(cutOffSentence("The study appears in a journal. (ANI)")).toBeUndefined();
    expect(ingest(story).cutOff).toBeNull();
  });
});
