import { franc } from "franc-min";

const names = new Intl.DisplayNames(["en"], { type: "language" });

/** ISO 639-3 code of the text's language ("eng"), or "und" when too little text to tell. */
export function detectLanguage(text: string): string {
  return franc(text.slice(0, 6000), { minLength: 40 });
}

export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The page's declared language ("en-US", "fr") reduced to its primary subtag. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  return tag?.trim().toLowerCase().split(/[-_]/)[0] || undefined;
}
