import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/articles/clean";

const prose = "The minister told reporters on Monday that the agreement would be signed within weeks, officials said.";
const prose2 =
  "Negotiators from both sides met again on Tuesday to settle the last points of the text, the ministry said.";

function reasonsFor(text: string) {
  return cleanText(text).removed.map((removal) => removal.reason);
}

describe("clutter cleaning", () => {
  it.each([
    ["Also read: Markets rally as rates fall", "related-link"],
    ["READ MORE | Five things to know", "related-link"],
    ["Related: The deal explained", "related-link"],
    ["Advertisement", "advertisement"],
    ["Story continues below advertisement", "advertisement"],
    ["Share on Facebook", "share-prompt"],
    ["Facebook Twitter WhatsApp Email", "share-prompt"],
    ["Sign up for our morning newsletter", "newsletter-prompt"],
    ["Subscribe to the HuffPost Money newsletter!", "newsletter-prompt"],
    ["By Jane Smith", "byline"],
    ["By Richard Lawler posted Aug 18th 2010 7:30PM", "byline"],
    ["Published: April 1, 2025 06:27 PM IST", "timestamp"],
    ["Apr 01, 2025 06:27 PM IST", "timestamp"],
    ["We use cookies to improve your experience. By continuing you accept our privacy policy.", "cookie-notice"],
    ["Image: Protesters outside parliament", "image-alt"],
    ["Protesters gather outside parliament in Delhi on Monday. (Reuters)", "photo-caption"],
    ["Win McNamee / Getty Images", "photo-caption"],
    ["Courtesy G4", "photo-caption"],
    ["Please follow Money Game on Twitter and Facebook.", "share-prompt"],
    ["Follow Linette Lopez on Twitter.", "share-prompt"],
    [
      "Please follow Money Game on Twitter and Facebook. Follow Linette Lopez on Twitter. Ask Linette A Question >",
      "share-prompt",
    ],
    ["To embed this post, copy the code below and paste into your website or blog.", "share-prompt"],
    ['"Questions? Comments? Email us at', "share-prompt"],
    ["Ask Linette A Question >", "share-prompt"],
    ["Enter you email address and zip code to set up customized email alerts.", "newsletter-prompt"],
    ["© 2011 CNBC.com", "page-furniture"],
    ["Via Engadget", "page-furniture"],
    ["Source Adam Kramer (Facebook) The Guardian", "page-furniture"],
    ["Related Items research facebook explanation psychology experiment statement news feed Facebook", "related-link"],
    [
      "Travelers at Hartsfield-Jackson Atlanta International Airport express concerns about the screening measures. VPC",
      "photo-caption",
    ],
    [
      "Ricky Breaux wades in from the ocean near a pool of dispersed oil in Grand Isle, La., on Aug. 11, 2010",
      "photo-caption",
    ],
  ])("removes %j as %s", (line, reason) => {
    expect(reasonsFor(`${prose}\n\n${line}\n\n${prose2}`)).toEqual([reason]);
    expect(cleanText(`${prose}\n\n${line}\n\n${prose2}`).text).toBe(`${prose}\n\n${prose2}`);
  });

  it("keeps prose that merely mentions a credit or starts like a byline", () => {
    for (const sentence of [
      "The agency (AFP) reported that talks would resume on Friday after a week-long pause in the capital.",
      "PARIS (AFP) - France's president said on Tuesday that the reform would go ahead despite the strikes.",
      "By Tuesday, officials had agreed to extend the ceasefire by another thirty days.",
      "Read the full statement, the minister urged, before judging the plan.",
      "Share prices rose 3% on Monday after the central bank held rates.",
      "Follow-up talks on Twitter's sale to the investor group will resume in May, the company said.",
      "Via a spokesman, the club declined to comment on the transfer.",
      "Sources close to the talks said a deal was near.",
      "The ceasefire was agreed on Aug. 11, 2010.",
      "Officials said the figures were checked by the AP.",
    ]) {
      const cleaned = cleanText(sentence);
      expect(cleaned.text).toBe(sentence);
      expect(cleaned.removed).toEqual([]);
    }
  });

  it("cuts a caption glued to the end of a paragraph, and only the caption", () => {
    const caption = "The minister in Delhi.(AFP)";
    const { text, removed } = cleanText(`${prose} ${caption}`);
    expect(text).toBe(prose);
    expect(removed).toEqual([
      { start: prose.length + 1, end: prose.length + 1 + caption.length, text: caption, reason: "photo-caption" },
    ]);
  });

  it("removes a run of menu items but keeps a short heading between paragraphs", () => {
    const { text, removed } = cleanText(`Home\nWorld\nBusiness\nSport\n${prose}\nThe numbers\n${prose2}`);
    expect(removed.map((removal) => removal.text)).toEqual(["Home", "World", "Business", "Sport"]);
    expect(text).toBe(`${prose}\n\nThe numbers\n\n${prose2}`);
  });

  it("removes the headline repeated above the text, with the section label over it", () => {
    const { text, removed } = cleanText(
      `Home\nWorld\nBusiness\nSport\nMisc.\nMEANWHILE: Developments In Greece...\n${prose}\n${prose2}`,
      {
        title: "MEANWHILE: Developments In Greece...",
      },
    );
    expect(text).toBe(`${prose}\n\n${prose2}`);
    expect(removed.slice(-2).map((removal) => [removal.text, removal.reason])).toEqual([
      ["Misc.", "page-furniture"],
      ["MEANWHILE: Developments In Greece...", "headline"],
    ]);
    // Without the page's headline, a short first line is the pasted headline itself: the title, not body text.
    const pasted = cleanText(`Developments In Greece\n${prose}`);
    expect(pasted.headline?.title).toBe("Developments In Greece");
    expect(pasted.removed.map((removal) => removal.reason)).toEqual(["headline"]);
    expect(pasted.text).toBe(prose);
  });

  it("removes title-case link lines after the last sentence, and nothing that ends like a sentence", () => {
    const { text, removed } = cleanText(
      `${prose}\n${prose2}\nTemplates To Jump Start Your Business\nThe Best Credit Cards Of 2011`,
    );
    expect(text).toBe(`${prose}\n\n${prose2}`);
    expect(removed.map((removal) => removal.reason)).toEqual(["related-link", "related-link"]);
    for (const ending of [
      "The Numbers Behind The Deal Are Still Unclear.",
      "Talks Resume In May",
      "Mixed case lines like this one stay",
    ]) {
      expect(cleanText(`${prose}\n${ending}\n${prose2}`).removed).toEqual([]);
    }
  });

  it("puts back exactly the removals the user restores", () => {
    const input = `date 2025-04-01 ${prose}\nAlso read: Other story\n${prose2}`;
    const first = cleanText(input);
    const related = first.removed.find((removal) => removal.reason === "related-link")!;
    const restored = cleanText(input, { restore: new Set([related.start]) });
    expect(restored.text).toBe(`${prose}\n\nAlso read: Other story\n\n${prose2}`);
    expect(restored.removed).toEqual(first.removed);
    expect(restored.publishedAt).toBe("2025-04-01");
  });

  it("normalizes line endings and spacing inside paragraphs", () => {
    expect(cleanText("  One   two\tthree.  \n\n\n Four five.").text).toBe("One two three.\n\nFour five.");
  });
});
