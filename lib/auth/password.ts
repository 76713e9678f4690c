import { hash, verify } from "@node-rs/argon2";

// argon2id with the library defaults (19 MiB, 2 passes): ~30 ms here, the OWASP minimum.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the email is unknown keeps response times the same,
// so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;

export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash("quizwire-no-such-account");
  await verifyPassword(await dummyHash, password);
}
