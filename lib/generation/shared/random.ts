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
  if (items.length < 2) return items.slice();
  const prefix = hashFrom(FNV_OFFSET, `${seed}:`);
  // Each item's hash and index packed into one number (hash × 2^21 + index, exact below 2^53), so a typed array's
  // own numeric sort gives the order by hash, then index: a sort with a comparator cost three times as much.
  if (items.length >= INDEX_SPAN) throw new RangeError("shuffled: list too long");
  const keys = new Float64Array(items.length);
  // Short lists are built afresh for each call (the article's names): their keys are hashed in three parts (the
  // hash reads one character after another, so the same as of the joined key) rather than joined into garbage.
  if (items.length <= 16) {
    for (let index = 0; index < items.length; index++) {
      const key = hashFrom(hashFrom(hashFrom(prefix, String(index)), ":"), String(items[index]));
      keys[index] = (key >>> 0) * INDEX_SPAN + index;
    }
  } else {
    let parts = suffixes.get(items);
    if (!parts || parts.length !== items.length) {
      parts = items.map((item, index) => `${index}:${String(item)}`);
      suffixes.set(items, parts);
    }
    for (let index = 0; index < items.length; index++)
      keys[index] = (hashFrom(prefix, parts[index]!) >>> 0) * INDEX_SPAN + index;
  }
  keys.sort();
  const order: T[] = new Array(items.length);
  for (let at = 0; at < keys.length; at++) order[at] = items[keys[at]! % INDEX_SPAN]!;
  return order;
}

const INDEX_SPAN = 2 ** 21;

/**
 * The items in a stable, seeded random order, drawn one at a time (a Fisher–Yates shuffle that stops
 * when the caller does): stand-ins usually need the first three of a gazetteer list of a hundred.
 */
export function* drawn<T>(items: readonly T[], seed: string): Generator<T> {
  // Only the places a draw has moved are remembered, not a copy of the whole list.
  const moved = new Map<number, T>();
  let state = hash(seed) || 1;
  for (let i = 0; i < items.length; i++) {
    // xorshift32: small, fast and deterministic.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = i + ((state >>> 0) % (items.length - i));
    const picked = itemAt(items, moved, j);
    moved.set(j, itemAt(items, moved, i));
    yield picked;
  }
}

/** The item at `index` after the draws so far (a module-level function: drawn runs for every stand-in list). */
function itemAt<T>(items: readonly T[], moved: Map<number, T>, index: number): T {
  return moved.has(index) ? moved.get(index)! : items[index]!;
}

/** Several lists one after another, each drawn lazily. */
export function* inTurn<T>(...lists: Iterable<T>[]): Generator<T> {
  for (const list of lists) yield* list;
}
