import { describe, expect, it } from "vitest";
import { leaksIn, withoutEcho } from "../../e2e/security/leaks";
import { SECRET } from "../../e2e/security/world";

/**
 * The authorization matrix's leak detector (tests/e2e/security/leaks.ts): the caller's own input handed
 * back is not a leak, anything else of another person's still is. Replies below are shaped as the
 * server sends them (an RSC action stream; an HTML page).
 */
const rsc = (result: unknown) => `0:{"a":"$@1","f":"","b":"build"}\n1:${JSON.stringify(result)}\n`;
const sent = { articleId: "sec-article-a", title: `${SECRET.articleA} headline`, publishedAt: "" };

describe("matrix leak detector", () => {
  it("does not count the caller's own values echoed next to a refusal", () => {
    const reply = rsc({ ok: false, error: "That article was not found.", values: sent });
    expect(leaksIn(reply, "learnerB", sent)).toEqual([]);
    // Without knowing what was sent, the same reply is flagged: the exception is the echo, nothing else.
    expect(leaksIn(reply, "learnerB")).toEqual([SECRET.articleA]);
  });

  it("still flags another person's data in the same reply as an echo", () => {
    const stored = `${SECRET.articleA} body. The council voted on Tuesday to close the old library.`;
    const reply = rsc({ ok: false, error: `You cannot edit “${stored}”.`, values: sent });
    expect(leaksIn(reply, "learnerB", sent)).toEqual([SECRET.articleA]);
  });

  it("takes out only the exact name and value sent, not the same words under another name or changed", () => {
    expect(withoutEcho(`{"title":"${SECRET.draftA}"}`, { title: SECRET.draftA })).toBe("{}");
    expect(leaksIn(rsc({ ok: true, data: { prompt: SECRET.draftA } }), "teacherB", { title: SECRET.draftA })).toEqual([
      SECRET.draftA,
    ]);
    expect(
      leaksIn(rsc({ ok: true, data: { title: `${SECRET.draftA}!` } }), "teacherB", { title: SECRET.draftA }),
    ).toEqual([SECRET.draftA]);
  });

  it("flags names, emails, answers, join codes and drafts on a page, HTML-escaped or not", () => {
    const page =
      `<ul><li>Other Learner &lt;learner-b@quizwire.test&gt;</li><li>${SECRET.answerA}</li>` +
      `<li>${SECRET.joinCodeB}</li><li>${SECRET.draftB} question: which one?</li></ul>`;
    expect(leaksIn(page, "learnerA").sort()).toEqual(
      ["Other Learner", "learner-b@quizwire.test", SECRET.joinCodeB, SECRET.draftB].sort(),
    );
    expect(leaksIn(page, "teacherA")).toContain("Other Learner");
    expect(
      leaksIn("<p>The article&#x27;s first sentence names Wang Yi as China&#x27;s top diplomat.</p>", "learnerB"),
    ).toHaveLength(1);
    expect(leaksIn(page, "teacherB")).toEqual([SECRET.answerA]);
  });

  it("shows a class's name to whoever presents its join code, and to nobody else outside it", () => {
    const joined = rsc({ ok: true, data: { classId: "sec-class-a", name: `${SECRET.classA} class` } });
    expect(leaksIn(joined, "learnerB", { code: SECRET.joinCodeA })).toEqual([]);
    expect(leaksIn(joined, "learnerB", { code: SECRET.joinCodeB })).toEqual([SECRET.classA]);
    expect(leaksIn(joined, "learnerB")).toEqual([SECRET.classA]);
  });

  it("never lets a password hash through, whoever asks", () => {
    expect(leaksIn('{"passwordHash":"$argon2id$v=19$m=19456"}', "teacherA")).toEqual(["$argon2", "passwordHash"]);
  });
});
