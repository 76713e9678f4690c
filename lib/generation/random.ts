/** Deterministic choices: the same article always gives the same quiz (FNV-1a hash as the seed). */
export function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A stable order of `items` that depends only on `seed`. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  return items
    .map((item, index) => ({ item, key: hash(`${seed}:${index}:${String(item)}`) }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}
