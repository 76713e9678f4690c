/**
 * One comparable form of an answer or a name: case, punctuation, diacritics, spacing, a possessive "'s"
 * and a leading "the"/"a"/"an" do not count. Every stage compares names in this form.
 */

// Generation normalises the same few hundred strings thousands of times; remember them.
const normalized = new Map<string, string>();

export function normalizeAnswer(value: string): string {
  const known = normalized.get(value);
  if (known !== undefined) return known;
  const result = normalizeUncached(value);
  if (normalized.size > 50_000) normalized.clear();
  normalized.set(value, result);
  return result;
}

function normalizeUncached(value: string): string {
  // Plain ASCII has no accents to fold: skip the (slow) Unicode decomposition.
  const folded = /^[\x00-\x7f]*$/.test(value) ? value : value.normalize("NFKD").replace(/\p{M}/gu, "");
  return folded
    .toLowerCase()
    .replace(/[’'`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/^(?:the|a|an)\s+/, "")
    .trim();
}
