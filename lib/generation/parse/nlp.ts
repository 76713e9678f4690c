import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The wink-nlp pass, turned into plain arrays with character offsets into the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  firstToken: number;
  lastToken: number;
}

export interface NumericEntity {
  type: "DATE" | "TIME" | "CARDINAL" | "ORDINAL" | "MONEY" | "PERCENT" | "DURATION" | "MEASURE" | string;
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface ParsedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  numeric: NumericEntity[];
}

const nlp = winkNLP(model);
const its = nlp.its;

// wink reads a sentence-final "in." as the inch abbreviation and runs the next sentence on ("many of
// our suggestions made it in. Beyond a fresh coat of paint, …"), tagging its first word a name. After a
// word rather than a number it is the particle, so wink reads "up." there: same length, same offsets.
const PARTICLE_IN = /(?<=[A-Za-z] )in\.(?=\s+["“]?[A-Z])/g;

// wink splits "($A4.47 billion)" after "$A4." (a currency's country letters before the figure); "$$4.47" it
// reads as one amount. Same length, same offsets.
const CURRENCY_LETTERS = /\$[A-Z]{1,2}(?=\d)/g;

export function parseText(text: string): ParsedText {
  const forWink = text.replace(PARTICLE_IN, "up.").replace(CURRENCY_LETTERS, (letters) => "$".repeat(letters.length));
  const doc = nlp.readDoc(forWink);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const start = forWink.indexOf(value, cursor);
    const at = start < 0 ? cursor : start;
    tokens.push({
      text: forWink === text ? value : text.slice(at, at + value.length),
      start: at,
      end: at + value.length,
      pos: pos[i] ?? "X",
      sentence: 0,
    });
    cursor = at + value.length;
  }

  const sentences: Sentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  let paragraph = 0;
  let previousEnd = 0;
  spans.forEach(([first, last], index) => {
    let start = tokens[first]?.start ?? 0;
    let end = tokens[last]?.end ?? start;
    // wink keeps line breaks as tokens; a sentence starts and ends on text.
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (index > 0 && text.slice(previousEnd, start).includes("\n\n")) paragraph++;
    for (let t = first; t <= last; t++) tokens[t]!.sentence = index;
    sentences.push({ index, start, end, text: text.slice(start, end), paragraph, firstToken: first, lastToken: last });
    previousEnd = end;
  });

  const numeric: NumericEntity[] = [];
  doc.entities().each((entity: { out: (field: unknown) => unknown }) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? start;
    numeric.push({
      type: entity.out(its.type) as string,
      text: text.slice(start, end),
      start,
      end,
      sentence: tokens[first]?.sentence ?? 0,
    });
  });
  return { text, tokens, sentences, numeric };
}

/** The first word or mark at or after an offset (tokens are in text order; line breaks skipped). */
export function tokenAfter(tokens: Token[], offset: number): Token | undefined {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  while (low < tokens.length && /^\s+$/.test(tokens[low]!.text)) low++;
  return tokens[low];
}
