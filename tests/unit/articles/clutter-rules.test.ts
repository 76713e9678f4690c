import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/articles/clean";
import { LINE_RULES } from "@/lib/articles/rules/line-rules";

// Each clutter pattern is a line or two, written for the test; none names a real site.
const lead =
  "The finance minister told parliament on Monday that the budget would be balanced within two years, officials said.";
const follow = "Opposition members said the plan relied on growth forecasts that most economists regard as optimistic.";
const close = "A vote on the budget is expected before the end of the month, the speaker's office said on Tuesday.";

/** The reasons given for everything removed when `lines` sit between story paragraphs. */
function removedFrom(lines: string[]) {
  const cleaned = cleanText([lead, ...lines, follow, close].join("\n"));
  expect(cleaned.text).toBe([lead, follow, close].join("\n\n"));
  return cleaned.removed.map((removal) => [removal.text, removal.reason]);
}

describe("clutter rules, one short excerpt each", () => {
  it.each([
    [
      "tickers and headline lists",
      "Markets slide as oil falls • Talks resume in Doha • Storm nears the coast",
      "ticker",
    ],
    ["a headline list's label", "Off the wire", "ticker"],
    ["a headline list's label run together with its copy", "Most Popular newsMost Popular", "ticker"],
    ["an empty headline list", "No stories found.", "ticker"],
    ["a video label", "Watch Live", "ticker"],
    ["a breadcrumb", "You are here: Home", "breadcrumb"],
    ["a section path", "News> Football", "breadcrumb"],
    ["a tag line", "Posted In: Economy, Markets", "breadcrumb"],
    ["menu labels run together", "WorldPolitics Economy", "breadcrumb"],
    ["an ad marker", "[ad_1]", "advertisement"],
    ["an advertisement label", "Advertisement", "advertisement"],
    ["an ad toggle", "Hide Ad", "advertisement"],
    ["a sponsor line", "Market data brought to you by a data provider", "advertisement"],
    ["a share prompt", "Click to follow", "share-prompt"],
    ["a reader tool", "Adjust font size:", "share-prompt"],
    ["an app prompt", "Open in App", "share-prompt"],
    ["a subscription prompt", "Subscribe now for unlimited access", "newsletter-prompt"],
    ["a trial prompt", "Start your 7-day trial", "newsletter-prompt"],
    [
      "a newsletter teaser",
      "The Morning Briefing newsletter: the day's top stories before breakfast",
      "newsletter-prompt",
    ],
    ["a notification prompt", "Get browser notifications for breaking news and live events.", "newsletter-prompt"],
    ["a comment prompt", "ADD A COMMENT", "comment-prompt"],
    ["a comment count", "Comments / 0", "comment-prompt"],
    ["an empty comment list", "No comments:", "comment-prompt"],
    ["a read counter", "This news has been read 69 times in total", "comment-prompt"],
    ["a credited caption", "Delegates arrive for the summit in Lisbon. (AP Photo/Jane Doe)", "photo-caption"],
    [
      "a caption with its credit label",
      "Delegates arrive for the summit. Image Credits: Twitter/@summitdesk",
      "photo-caption",
    ],
    ["a copyright credit", "© Reuters.", "photo-caption"],
    ["a name and agency credit", "Jane Doe / AP", "photo-caption"],
    ["a name-and-role caption", "Maria Lopez, Finance Minister", "photo-caption"],
    [
      "a described picture",
      "This handout image taken on Monday shows the flooded road outside the town",
      "photo-caption",
    ],
    ["an image description", "Representative image", "image-alt"],
    ["an editor's note", "(The above story is verified and authored by agency staff.)", "sign-off"],
    ["a source line", "Source link", "sign-off"],
    ["an editor's sign-off in capitals", "EDITED BY: JOHN DOE", "sign-off"],
    ["a desk's initials", "(ks/rr)", "sign-off"],
    ["a wire desk's end line", "--ENDS--", "sign-off"],
    ["an information credit", "Information from news agencies was used in this report.", "sign-off"],
    ["a wire end mark alone", "Enditem", "wire-end-mark"],
    ["a stamp line", "Xinhua, February 16, 2017", "timestamp"],
    ["an age notice", "This article is more than 5 years old.", "timestamp"],
    ["a web address alone", "trendingNow…https://news.example.com/latest", "web-address"],
    ["an agency credit on its own line", "(AFP) -", "byline"],
    ["a byline with a colon", "By: Jane Doe", "byline"],
  ])("%s: %j is removed as %s", (_, line, reason) => {
    expect(removedFrom([line])).toEqual([[line, reason]]);
  });

  it("every line rule has a name and is exercised above or in clean.test.ts", () => {
    const names = LINE_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => name.length > 0)).toBe(true);
  });

  it("section labels in capitals and summary-box labels", () => {
    expect(removedFrom(["KEY FACTS", "WHAT TO WATCH FOR", "BIG NUMBER:", "Fast Facts:"])).toEqual([
      ["KEY FACTS", "section-label"],
      ["WHAT TO WATCH FOR", "section-label"],
      ["BIG NUMBER:", "section-label"],
      ["Fast Facts:", "section-label"],
    ]);
  });

  it("a headline list below the story goes with its items", () => {
    const cleaned = cleanText(
      [lead, follow, close, "Related Stories", "Rates held as inflation cools", "Ministers meet on trade"].join("\n"),
    );
    expect(cleaned.text).toBe([lead, follow, close].join("\n\n"));
    expect(cleaned.removed.map((removal) => removal.reason)).toEqual(["related-link", "ticker", "ticker"]);
  });

  it("a video list: each time code and the title under it", () => {
    const cleaned = cleanText([lead, follow, close, "01:00", "Floods close the coast road"].join("\n"));
    expect(cleaned.removed.map((removal) => [removal.text, removal.reason])).toEqual([
      ["01:00", "ticker"],
      ["Floods close the coast road", "ticker"],
    ]);
  });

  it("a caption shown twice goes both times; a repeated story paragraph keeps its first copy", () => {
    const caption = "Delegates wave flags outside the hall in Lisbon";
    expect(removedFrom([caption, caption])).toEqual([
      [caption, "photo-caption"],
      [caption, "photo-caption"],
    ]);
    const cleaned = cleanText([lead, follow, close, follow].join("\n"));
    expect(cleaned.text).toBe([lead, follow, close].join("\n\n"));
    expect(cleaned.removed.map((removal) => removal.reason)).toEqual(["repeated-text"]);
  });

  it("the line above a credit is its caption when it reads like one", () => {
    const caption = "The minister speaks to reporters outside parliament, March 3, 2024, in Lisbon.";
    expect(removedFrom([caption, "Jane Doe/AP"])).toEqual([
      [caption, "photo-caption"],
      ["Jane Doe/AP", "photo-caption"],
    ]);
  });

  it("an uncredited caption in the present tense, but not the story's last line", () => {
    const caption = "Prime Minister Maria Lopez joins other leaders for the summit's opening session";
    expect(removedFrom([caption])).toEqual([[caption, "photo-caption"]]);
    // A paste that stops mid-paragraph may end on the same shape: its last line stays.
    expect(cleanText([lead, follow, "Maria Lopez, Finance Minister"].join("\n")).removed).toEqual([]);
  });

  it("a whole present-tense caption as the paste's last line, after a finished sentence", () => {
    const caption = "At the summit in Lisbon, Prime Minister Maria Lopez joins other leaders for the opening session";
    const cleaned = cleanText([lead, follow, caption].join("\n"));
    expect(cleaned.removed.map((removal) => [removal.text, removal.reason])).toEqual([[caption, "photo-caption"]]);
    expect(cleaned.cutOff).toBeUndefined();
    // Stopping on "for the" or after an unfinished line, it may be a cut sentence: it stays.
    const cut = "At the summit in Lisbon, Prime Minister Maria Lopez joins other leaders for the";
    expect(cleanText([lead, follow, cut].join("\n")).removed).toEqual([]);
    expect(cleanText([lead, "The talks went on while", caption].join("\n")).removed).toEqual([]);
  });

  it("a short line wedged between page furniture below the story", () => {
    const cleaned = cleanText(
      [lead, follow, close, "Follow us", "Say hello, we like meeting readers.", "Most popular"].join("\n"),
    );
    expect(cleaned.text).toBe([lead, follow, close].join("\n\n"));
    expect(cleaned.removed.map((removal) => removal.reason)).toEqual(["share-prompt", "page-furniture", "ticker"]);
  });

  it("embedded posts: the post's text and its footer", () => {
    expect(
      removedFrom([
        "The results are in, and they are final. pic.twitter.com/abc123",
        "— Jane Doe (@janedoe) May 4, 2024",
      ]),
    ).toEqual([
      ["The results are in, and they are final. pic.twitter.com/abc123", "page-furniture"],
      ["— Jane Doe (@janedoe) May 4, 2024", "page-furniture"],
    ]);
  });

  it("a page description that repeats the story's opening sentence", () => {
    const cleaned = cleanText(
      [`Find more world news and analysis here. ${lead}`, `LISBON, May 5 (Reuters) - ${lead}`, follow].join("\n"),
    );
    expect(cleaned.removed.map((removal) => removal.reason)).toEqual(["repeated-text"]);
    expect(cleaned.text.startsWith("LISBON, May 5 (Reuters) - The finance minister")).toBe(true);
  });
});

describe("inline junk, cut out in place and restorable", () => {
  it.each([
    [
      "empty ticker brackets",
      "Microsoft’s (NASDAQ:) acquisition of the studio closed on Friday, the company said.",
      "ticker-bracket",
      " (NASDAQ:)",
    ],
    ["a wire end mark", 'Both sides "should cooperate on trade," he said. Enditem', "wire-end-mark", " Enditem"],
    [
      "an ad marker inside a line",
      "The vote was close. [ad_2] Turnout was above 70 percent, officials said.",
      "advertisement",
      " [ad_2]",
    ],
    [
      "a stray HTML tag",
      'Shares fell, as a <a href="https://x.example/r">report from the agency said.',
      "html-tag",
      ' <a href="https://x.example/r">',
    ],
  ])("%s", (_, line, reason, junk) => {
    const cleaned = cleanText(`${lead}\n${line}`);
    expect(cleaned.removed.map((removal) => [removal.text, removal.reason])).toEqual([[junk, reason]]);
    expect(cleaned.text).toBe(
      `${lead}\n\n${line.replace(junk, junk.startsWith(" <") ? " " : "").replace(/\s+/g, " ")}`,
    );
    const removal = cleaned.removed[0]!;
    expect(cleanText(`${lead}\n${line}`, { restore: new Set([removal.start]) }).text).toBe(`${lead}\n\n${line}`);
  });
});
