import { reviewAnswerSchema, reviewFiltersSchema, reviewSettingsSchema, rerateSchema } from "@/lib/validation/reviews";
import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/validation/auth";

function messages(input: Record<string, unknown>) {
  const result = signUpSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("sign-up validation", () => {
  const valid = { name: "Ada", email: "ada@example.org", password: "long enough", role: "STUDENT" };

  it("accepts a complete form and trims the email", () => {
    expect(signUpSchema.parse({ ...valid, email: "  ada@example.org " }).email).toBe("ada@example.org");
  });

  it("says what is wrong with each field in plain words", () => {
    expect(messages({ ...valid, email: "ada@" })).toEqual({
      email: "Enter a valid email address, like name@example.com.",
    });
    expect(messages({ ...valid, password: "short" })).toEqual({
      password: "Use at least 8 characters for your password.",
    });
    expect(messages({ ...valid, name: "   " })).toEqual({ name: "Enter your name." });
    expect(messages({ ...valid, role: "ADMIN" })).toEqual({ role: "Choose whether you are a learner or a teacher." });
  });
});

describe("review validation", () => {
  const fieldMessages = (result: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  }) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

  it("explains a bad stale-fact setting in plain words", () => {
    expect(reviewSettingsSchema.safeParse({ staleDays: "90", reminders: "on" }).data).toEqual({
      staleDays: 90,
      reminders: true,
    });
    expect(reviewSettingsSchema.safeParse({ staleDays: "90" }).data).toEqual({ staleDays: 90, reminders: false });
    expect(fieldMessages(reviewSettingsSchema.safeParse({ staleDays: "2" }))).toEqual({
      staleDays: "Use at least 7 days.",
    });
    expect(fieldMessages(reviewSettingsSchema.safeParse({ staleDays: "1.5" }))).toEqual({
      staleDays: "Enter a whole number of days.",
    });
    expect(fieldMessages(reviewSettingsSchema.safeParse({ staleDays: "lots" }))).toEqual({
      staleDays: "Enter a number of days.",
    });
  });

  it("asks for an answer before checking a review, and for a known rating", () => {
    expect(fieldMessages(reviewAnswerSchema.safeParse({ cardId: "c1", version: "0" }))).toEqual({
      answer: "Choose an answer first.",
    });
    expect(fieldMessages(rerateSchema.safeParse({ logId: "l1", rating: "perfect" }))).toEqual({
      rating: "Choose Again, Hard, Good or Easy.",
    });
  });

  it("ignores malformed review filters instead of failing the page", () => {
    expect(
      reviewFiltersSchema.parse({ show: "everything", from: "yesterday", to: "2026-02-30x", topic: "place:Moscow" }),
    ).toEqual({ show: "missed", topic: "place:Moscow" });
  });
});
