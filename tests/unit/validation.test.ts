import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/validation/auth";

function messages(input: Record<string, unknown>) {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("sign-up validation", () => {
  const valid = { name: "Ada", email: "ada@example.org", password: "long enough", role: "STUDENT" };

  it("accepts a complete form and trims the email", () => {
    expect(signUpSchema.parse({ ...valid, email: "  ada@example.org " }).email).toBe("ada@example.org");
  });

  it("says what is wrong with each field in plain words", () => {
    expect(messages({ ...valid, email: "ada@" })).toEqual({ email: "Enter a valid email address, like name@example.com." });
    expect(messages({ ...valid, password: "short" })).toEqual({ password: "Use at least 8 characters for your password." });
    expect(messages({ ...valid, name: "   " })).toEqual({ name: "Enter your name." });
    expect(messages({ ...valid, role: "ADMIN" })).toEqual({ role: "Choose whether you are a learner or a teacher." });
  });
});
