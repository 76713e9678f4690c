import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * A title for a paste that has no headline, made from its lead sentence's subject and verb: "On
 * February 22, 2024, …, the Odysseus spacecraft, which carried no crew, set down softly close to the
 * south pole of the Moon." → "Odysseus spacecraft set down softly close to the south pole of the Moon".
 * Leading time and place phrases, relative clauses and appositions go; so do "has been" and a leading
 * article, as headlines drop them. When no subject and verb are found there is no title: the preview
 * asks for one rather than show a fragment.
 */
const nlp = winkNLP(model);
const its = nlp.its;

interface Word {
  text: string;
  pos: string;
  /** Whether whitespace came before it in the sentence. */
  spaceBefore: boolean;
}

const MAX_WORDS = 14;
const RELATIVE = /^(?:which|who|whom|whose|where|that)$/i;
const TEMPORAL = /^(?:after|before|ago|later|earlier|since|until|during)$/i;
const CLAUSE_END = /^(?:after|as|when|while|because|since|although|though|before|despite|amid|following|but)$/i;
const PASSIVE_AUX = /^(?:has|have|had|been|was|were|is|are|be|being)$/i;

function wordsOf(sentence: string): Word[] {
  const doc = nlp.readDoc(sentence);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  return values.map((text, index) => ({ text, pos: tags[index] ?? "X", spaceBefore: (spaces[index] ?? "") !== "" }));
}

const isNominal = (word: Word) => word.pos === "NOUN" || word.pos === "PROPN" || word.pos === "PRON";
const isFiniteVerb = (word: Word) => word.pos === "AUX" || (word.pos === "VERB" && !/ing$/i.test(word.text));

/** A subject and a verb after it, in this order, inside the chunk. */
function hasClause(chunk: Word[]): boolean {
  const subject = chunk.findIndex(isNominal);
  return subject >= 0 && chunk.slice(subject + 1).some(isFiniteVerb);
}

function isAdverbial(chunk: Word[]): boolean {
  const first = chunk[0];
  if (!first) return true;
  if (["ADP", "SCONJ", "ADV", "NUM", "PUNCT"].includes(first.pos)) return true;
  return !hasClause(chunk) && chunk.some((word) => TEMPORAL.test(word.text));
}

function splitChunks(words: Word[]): Word[][] {
  const chunks: Word[][] = [[]];
  for (const word of words) {
    if (word.pos === "PUNCT" && /^[,—–;]$/.test(word.text)) chunks.push([]);
    else if (!(word.pos === "PUNCT" && /^[.!?]$/.test(word.text))) chunks.at(-1)!.push(word);
  }
  return chunks.filter((chunk) => chunk.length > 0);
}

/** The subject's chunks and the chunk that carries the verb, joined; undefined when there is no verb. */
function mainClause(chunks: Word[][]): Word[] | undefined {
  let at = 0;
  while (at < chunks.length && isAdverbial(chunks[at]!)) at++;
  const subject: Word[] = [];
  for (; at < chunks.length; at++) {
    const chunk = chunks[at]!;
    if (RELATIVE.test(chunk[0]!.text)) continue;
    if (subject.length === 0) {
      if (hasClause(chunk)) return chunk;
      if (!chunk.some(isNominal)) return undefined;
      subject.push(...chunk);
      continue;
    }
    const first = chunk[0]!;
    if (first.pos === "CCONJ" && hasClause(chunk)) return [...subject, ...chunk];
    // "This month, the government released …": what came first was an opening phrase, not the subject.
    if (hasClause(chunk) && first.pos !== "CCONJ") return chunk;
    if (isFiniteVerb(first) || (first.pos === "ADV" && chunk.some(isFiniteVerb))) return [...subject, ...chunk];
    // An apposition ("the former India all-rounder") between the subject and its verb.
  }
  return undefined;
}

function headlineWords(clause: Word[]): Word[] {
  const firstVerb = clause.findIndex(
    (word, index) => index > 0 && isFiniteVerb(word) && clause.slice(0, index).some(isNominal),
  );
  let words = clause.filter((word, index) => {
    if (index < firstVerb || !PASSIVE_AUX.test(word.text) || word.pos !== "AUX") return true;
    // "has been found" → "found"; "is ready" and "has grown" keep their verb.
    const rest = clause.slice(index + 1);
    const next = rest.find((other) => other.pos !== "ADV" && !PASSIVE_AUX.test(other.text));
    const beenOrBe = /^(?:been|was|were|is|are|be|being)$/i.test(word.text) || /^been$/i.test(rest[0]?.text ?? "");
    return !(beenOrBe && next?.pos === "VERB" && !/ing$/i.test(next.text));
  });
  const end = words.findIndex((word, index) => index > firstVerb && CLAUSE_END.test(word.text));
  if (end > 0) words = words.slice(0, end);
  if (/^(?:a|an|the)$/i.test(words[0]?.text ?? "")) words = words.slice(1);
  return words;
}

function render(words: Word[]): string {
  return words
    .map((word, index) => (index > 0 && word.spaceBefore ? " " : "") + word.text)
    .join("")
    .trim();
}

export function titleFromLead(sentence: string): string | undefined {
  const clause = mainClause(splitChunks(wordsOf(sentence)));
  if (!clause || !clause.some(isFiniteVerb)) return undefined;
  let words = headlineWords(clause);
  let cut = false;
  const counted = () => words.filter((word) => word.pos !== "PUNCT" && word.pos !== "PART").length;
  if (counted() > MAX_WORDS) {
    const limit = words.findIndex(
      (_, index) => words.slice(0, index + 1).filter((w) => w.pos !== "PUNCT").length > MAX_WORDS,
    );
    const boundary = words.slice(0, limit).findLastIndex((word) => word.pos === "ADP" || word.pos === "CCONJ");
    words = words.slice(0, boundary > 3 ? boundary : limit);
    cut = true;
  }
  if (counted() < 3) return undefined;
  const title = render(words).replace(/[,;:\s]+$/, "");
  return `${title.charAt(0).toUpperCase()}${title.slice(1)}${cut ? "…" : ""}`;
}
