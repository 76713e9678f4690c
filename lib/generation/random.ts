/** Deterministic choices: the same article always gives the same quiz (FNV-1a hash as the seed). */
const FNV_OFFSET = 0x811c9dc5;

function hashFrom(state: number, value: string): number {
  let h = state;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

export function hash(value: string): number {
  return hashFrom(FNV_OFFSET, value) >>> 0;
}

// The "index:item" part of each key, per list: gazetteer lists are shuffled thousands of times.
const suffixes = new WeakMap<readonly unknown[], string[]>();

/**
 * A stable order of `items` that depends only on `seed`: sorted by hash(`${seed}:${index}:${item}`).
 * The seed's part of the hash is computed once, then continued per item (same keys, less work).
 */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  let parts = suffixes.get(items);
  if (!parts || parts.length !== items.length) {
    parts = items.map((item, index) => `${index}:${String(item)}`);
    suffixes.set(items, parts);
  }
  const prefix = hashFrom(FNV_OFFSET, `${seed}:`);
  const keys = new Float64Array(items.length);
  for (let index = 0; index < items.length; index++) keys[index] = hashFrom(prefix, parts[index]!) >>> 0;
  const order = Array.from(items.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);
  return order.map((index) => items[index]!);
}
