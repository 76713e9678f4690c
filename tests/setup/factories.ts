import { randomUUID } from "node:crypto";
import { createAccount } from "@/lib/dal/accounts";

/** A real account in the test database, with a unique email. */
export async function makeUser(role: "STUDENT" | "TEACHER" = "STUDENT", password = "correct horse battery") {
  const tag = randomUUID().slice(0, 8);
  const user = await createAccount({
    name: `${role === "TEACHER" ? "Teacher" : "Learner"} ${tag}`,
    email: `${tag}@example.test`,
    password,
    role,
  });
  return { ...user, password };
}
