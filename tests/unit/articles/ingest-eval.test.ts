import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";
import { scoreArticle, totalsOf, type Annotation } from "@/scripts/lib/ingest-eval";

const story = [
  "The port authority said on Monday that container traffic rose 12 percent in the first quarter of the year.",
  "Officials credited new cranes and longer opening hours, and said two more berths would open next spring.",
  "Shipping lines had warned last year that delays at the port were costing them millions of dollars a month.",
  "The authority expects traffic to keep growing as trade with neighbouring countries recovers, it said.",
  "Dock workers' unions welcomed the figures but asked for more staff to handle the heavier workload,",
];

function scored(lines: string[], annotation: Partial<Annotation>) {
  const text = lines.join("\n");
  const article = ingestArticle({ kind: "text", text });
  return scoreArticle(
    { ...article, titleMadeUp: article.titleOrigin.kind === "made-up" },
    { title: "", published: null, headline_in_text: false, clutter: [], truncated: false, ...annotation },
  );
}

describe("eval:ingest scoring", () => {
  it("counts the headline, the date, clutter kept, story lost and a cut-off sentence", () => {
    const score = scored(
      ["Advertisement", "Port traffic climbs 12 percent", "Published 14 Sep 2023, 10:02", ...story, "Story Note Line"],
      {
        title: "Port traffic climbs 12 percent",
        published: "2023-09-14",
        headline_in_text: true,
        clutter: ["Advertisement", "Published 14 Sep 2023, 10:02", "Story Note Line"],
        truncated: true,
      },
    );
    expect(score).toMatchObject({ headlineRight: true, junkTitle: false, dateShown: true, date: "right" });
    expect(score.clutterKept).toEqual(["Story Note Line"]);
    expect(score.storyLost).toEqual([]);
    expect(score.storyLines).toBe(5);
  });

  it("a date the page does not show is not a miss; a date it does not show at all is wrong", () => {
    expect(scored(story, { published: "2023-09-14" }).date).toBe("not shown");
    expect(scored(["Thursday, November 10, 2011", ...story], { published: null }).date).toBe("wrong");
  });

  it("sums articles", () => {
    const totals = totalsOf([scored(story, {}), scored(story, { clutter: [story[0]!] })]);
    expect(totals).toMatchObject({ articles: 2, clutterLines: 1, clutterKept: 1, storyLost: 0 });
  });
});
