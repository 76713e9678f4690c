/** Small display helpers shared by the live screens (plain functions, usable on server and client). */
const rules = new Intl.PluralRules("en", { type: "ordinal" });
const SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };

/** 1 → "1st", 22 → "22nd". */
export function ordinal(value: number): string {
  return `${value}${SUFFIX[rules.select(value)] ?? "th"}`;
}

/** "123456" → "123 456", easier to read from the back of a room. */
export const formatPin = (pin: string) => `${pin.slice(0, 3)} ${pin.slice(3)}`;

export const formatPoints = (value: number) => value.toLocaleString("en");
