import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";
import { getArticle, listMyArticles, saveArticle, setRemovalRestored, updateArticleDetails } from "@/lib/dal/articles";
import { NotAuthorizedError, NotFoundError } from "@/lib/dal/errors";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";

const sample = ingestArticle({
  kind: "text",
  text: readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt", "utf8"),
});
let owner: Awaited<ReturnType<typeof makeUser>>;
let other: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  [owner, other] = await Promise.all([makeUser("TEACHER"), makeUser("STUDENT")]);
});

describe("stored articles", () => {
  it("stores the cleaned article with its published date, removals and word count", async () => {
    signInAs(owner);
    const { id, existed } = await saveArticle(sample);
    expect(existed).toBe(false);
    const article = await getArticle(id);
    expect(article.publishedAt?.toISOString()).toBe("2025-04-01T00:00:00.000Z");
    expect(article.text).toBe(sample.text);
    expect(article.wordCount).toBe(sample.words);
    expect(article.removed.map((removal) => removal.reason)).toEqual([
      "date-marker",
      "photo-caption",
      "related-link",
      "related-link",
    ]);
    expect(article.removed.every((removal) => removal.restored === false)).toBe(true);
  });

  it("links the same article added twice to the first copy", async () => {
    signInAs(owner);
    const first = await saveArticle(sample);
    const second = await saveArticle({ ...sample, title: "Another title" });
    expect(second).toEqual({ id: first.id, existed: true });
    expect((await listMyArticles()).filter((article) => article.id === first.id)).toHaveLength(1);
  });

  it("puts a removed line back and takes it out again", async () => {
    signInAs(owner);
    const { id } = await saveArticle(sample);
    const line = (await getArticle(id)).removed.find((removal) => removal.text.startsWith("Also read: China willing"))!;
    const restored = await setRemovalRestored(id, line.start, true);
    expect(restored.text).toContain("\n\nAlso read: China willing to import more Indian products, envoy says\n\n");
    expect(restored.wordCount).toBe(sample.words + 11);
    const removedAgain = await setRemovalRestored(id, line.start, false);
    expect(removedAgain.text).toBe(sample.text);
  });

  it("keeps where the title and date came from, the dateline and the cut-off sentence, through a put-back", async () => {
    signInAs(owner);
    const paste = ingestArticle({
      kind: "text",
      text: [
        "Advertisement",
        "Port traffic climbs to a record as new cranes open",
        "Published 14 Sep 2023, 10:02",
        `LISBON (Reuters) - ${sample.text.split("\n\n").slice(0, 3).join("\n")}`,
        "Also read: Other story",
        "Officials said the next figures would come in",
      ].join("\n"),
    });
    const { id } = await saveArticle(paste);
    const stored = await getArticle(id);
    expect(stored.titleOrigin).toMatchObject({ kind: "line" });
    expect(stored.dateOrigin).toMatchObject({ kind: "line", span: { text: "Published 14 Sep 2023, 10:02" } });
    expect(stored.dateline).toMatchObject({ place: "Lisbon", agency: "Reuters", start: 0 });
    expect(stored.excludedSpans.map((span) => span.kind)).toEqual(["dateline", "cut-off"]);
    const related = stored.removed.find((removal) => removal.reason === "related-link")!;
    const restored = await setRemovalRestored(id, related.start, true);
    const cut = restored.excludedSpans.find((span) => span.kind === "cut-off")!;
    expect(restored.text.slice(cut.start, cut.end)).toBe("Officials said the next figures would come in");
  });

  it("lets the owner correct the headline and the date, and marks them as corrected", async () => {
    signInAs(owner);
    const { id } = await saveArticle(sample);
    const updated = await updateArticleDetails(id, { title: "Wang Yi in Moscow", publishedAt: "2025-04-02" });
    expect(updated).toMatchObject({ title: "Wang Yi in Moscow", titleOrigin: { kind: "edited" } });
    expect(updated.publishedAt?.toISOString()).toBe("2025-04-02T00:00:00.000Z");
    expect(updated.dateOrigin).toEqual({ kind: "edited" });
    const sameDate = await updateArticleDetails(id, { title: "Wang Yi in Moscow again", publishedAt: "2025-04-02" });
    expect(sameDate.dateOrigin).toEqual({ kind: "edited" });
    signInAs(other);
    await expect(updateArticleDetails(id, { title: "Mine now", publishedAt: null })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("hides an article from everyone but the person who added it, without confirming it exists", async () => {
    signInAs(owner);
    const { id } = await saveArticle(sample);
    signInAs(other);
    await expect(getArticle(id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setRemovalRestored(id, 0, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getArticle("no-such-id")).rejects.toBeInstanceOf(NotFoundError);
    expect(await listMyArticles()).toEqual([]);
    signInAs(null);
    await expect(saveArticle(sample)).rejects.toBeInstanceOf(NotAuthorizedError);
  });
});
