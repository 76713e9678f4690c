import { describe, expect, it } from "vitest";
import { defaultSetTitleOf, shortDate } from "@/lib/generation/title";

// Short invented stories: each headline carries answers (figures, names, outcomes) that the title must drop.
const title = (headline: string, text: string, source: string | null = "Reuters", publishedAt = "2023-12-19") =>
  defaultSetTitleOf({ headline, text, source, publishedAt });

describe("a new set's default title", () => {
  it("names the event and the country, not the toll or the province", () => {
    const made = title(
      "Magnitude 6.2 earthquake kills 118 in China's Gansu province",
      "A magnitude 6.2 earthquake struck Gansu province in China on Monday night, killing 118 people. " +
        "Rescuers searched the rubble in freezing weather, the local government said.",
    );
    expect(made).toBe("Earthquake in China — Reuters, 19 Dec 2023");
    expect(made).not.toMatch(/118|6\.2|Gansu|kills/);
  });

  it("drops the winner's name and the ordinal from a sports headline", () => {
    const made = title(
      "Scheffler wins second Masters title",
      "Scottie Scheffler won the Masters for the second time on Sunday at Augusta National. " +
        "Scheffler finished four shots clear of Ludvig Aberg.",
      "AP",
      "2024-04-14",
    );
    expect(made).not.toMatch(/Scheffler|second|wins/i);
    expect(made).toMatch(/title — AP, 14 Apr 2024$/);
  });

  it("keeps the subject of a central-bank story but not the bank, the size or the count", () => {
    const made = title(
      "Bank of England raises interest rates by a quarter point for 10th consecutive time",
      "The Bank of England raised interest rates by a quarter point on Thursday, its 10th consecutive rise. " +
        "The bank said inflation was still far above its 2 percent target.",
      "BBC News",
      "2023-02-02",
    );
    expect(made).toBe("Interest rates — BBC News, 2 Feb 2023");
  });

  it("keeps a place named before the story's subject and leaves out quoted words and the speaker", () => {
    const made = title(
      "China ready to play 'constructive role' in ending Ukraine conflict, says top diplomat Wang Yi",
      "China is ready to play a constructive role in ending the conflict in Ukraine, top diplomat Wang Yi said. " +
        "Wang held talks with Russian President Vladimir Putin in Moscow on Tuesday.",
      "Hindustan Times (AFP)",
      "2025-04-01",
    );
    expect(made).toBe("China and the Ukraine conflict — Hindustan Times (AFP), 1 Apr 2025");
  });

  it("reads a title-case headline by how the story writes its words", () => {
    const made = title(
      "Floods Leave 40 Dead In Southern Brazil",
      "Heavy rain caused floods across southern Brazil this week. At least 40 people have died, officials said.",
    );
    expect(made).toBe("Floods in Brazil — Reuters, 19 Dec 2023");
  });

  it("still gives a title without a source or a date, and without a topic noun", () => {
    expect(title("Quake jolts Tokyo", "A quake jolted Tokyo on Friday. No damage was reported.", null, "")).toBe(
      "Earthquake in Japan",
    );
    expect(title("Smith resigns", "John Smith resigned on Monday.", "AP", "2024-01-05")).toBe(
      "The news — AP, 5 Jan 2024",
    );
  });

  it("names the kind of story when the headline's own subject says little", () => {
    const made = title(
      "Mbeki terms the meeting 'really positive'",
      "The foreign secretaries of Kenya and Tanzania held talks in Arusha on Monday. Both sides agreed to meet again.",
    );
    expect(made).toBe("Kenya–Tanzania talks — Reuters, 19 Dec 2023");
  });

  it("does not take a 'ruling party' for a court ruling, nor a football 'strike' for a walkout", () => {
    expect(
      title("Angola's ruling party wins vote with 61%", "Angola's ruling party won the general election with 61%."),
    ).toBe("Vote in Angola — Reuters, 19 Dec 2023");
    expect(
      title(
        "Late strike proves decisive: coach",
        "Rovers beat City 2-1 in the cup final in Lisbon, Portugal, after a late strike by their striker.",
      ),
    ).not.toMatch(/strike/i);
  });

  it("keeps an acronym or a name that makes the kind a name of its own", () => {
    expect(title("Scientists doubt AIDS vaccine findings", "Scientists doubted the trial of an AIDS vaccine.")).toBe(
      "AIDS vaccine — Reuters, 19 Dec 2023",
    );
  });

  it("writes the date the way the example does", () => {
    expect(shortDate("2023-12-19")).toBe("19 Dec 2023");
    expect(shortDate("not a date")).toBeNull();
  });
});
