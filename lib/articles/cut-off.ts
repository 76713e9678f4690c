import type { TextSpan } from "./types";

/**
 * A paste copied only part way stops in the middle of a sentence ("… as the market went on. The
 * minister said the talks would"). The text is kept whole, but that last sentence is marked so no
 * question rests on half a sentence. Sentence boundaries skip abbreviations and initials ("Dr.", "U.S.").
 */
const ABBREVIATIONS = [
  ...["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Prof", "Sgt"],
  ...["Rev", "No", "vs", "Inc", "Co", "Corp", "Ltd", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept?", "Oct", "Nov", "Dec"],
  // An initial ("J."), or the last letter of "a.m." or "U.S.".
  ...["[A-Z]", String.raw`[a-z]\.[a-z]`, String.raw`[A-Z]\.[A-Z]`],
];
const ABBREVIATION = new RegExp(String.raw`(?:^|\s)(?:${ABBREVIATIONS.join("|")})$`);
// A sentence may end with the agency's credit after it: "… in Nature. (ANI)".
const SENTENCE_END = /[.!?…]["”’')\]]*(?:\s*\(\s*[A-Z][A-Za-z.]{1,12}\s*\))?$/;

export function cutOffSentence(text: string): TextSpan | undefined {
  const trimmed = text.trimEnd();
  if (!trimmed || SENTENCE_END.test(trimmed)) return undefined;
  const lastBreak = trimmed.lastIndexOf("\n\n");
  const paragraphStart = lastBreak < 0 ? 0 : lastBreak + 2;
  const paragraph = trimmed.slice(paragraphStart);
  let start = 0;
  for (const boundary of paragraph.matchAll(/([.!?…])["”’')\]]*\s+(?=["“‘'(]?[A-Z0-9])/g)) {
    const before = paragraph.slice(0, boundary.index);
    if (boundary[1] === "." && ABBREVIATION.test(before)) continue;
    start = boundary.index + boundary[0].length;
  }
  return {
    start: paragraphStart + start,
    end: trimmed.length,
    text: trimmed.slice(paragraphStart + start),
  };
}
