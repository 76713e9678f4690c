import { describe, expect, it } from "vitest";
import { currentRecord, recordedArticles, savedRecord } from "../../../scripts/lib/generation-determinism";

// Every fixture and hold-out text must print exactly the questions recorded for it: a refactor that
// moves code must not move output. Deliberate changes rewrite the record (npm run -s check:generation -- --update).
describe("generator determinism", () => {
  it("prints byte-identical questions for every recorded article", () => {
    const files = recordedArticles();
    expect(files.length).toBeGreaterThan(100);
    expect(currentRecord(files)).toEqual(savedRecord());
  }, 120_000);

  it("prints the same questions when run twice in one process", () => {
    const files = recordedArticles().slice(0, 5);
    expect(currentRecord(files)).toEqual(currentRecord(files));
    // A shared machine under load runs ten generations past the default five seconds.
  }, 60_000);
});
