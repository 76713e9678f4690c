import "server-only";
import { randomInt } from "node:crypto";

/** Fisher–Yates with a cryptographic source, so choice order cannot be predicted from earlier orders. */
export function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
