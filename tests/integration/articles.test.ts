import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";
import { getArticle, listMyArticles, saveArticle, setRemovalRestored } from "@/lib/dal/articles";
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
    const second = await saveArticle(sample, "Another title");
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
