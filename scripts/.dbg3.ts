import { parseText } from "../lib/generation/nlp";
const p = parseText("Southern California Edison said it had cut power to about 60,000 customers. Newsom declared a state of emergency for Los Angeles County and said so.");
console.log(p.tokens.map((t) => `${t.text}/${t.pos}`).join(" "));
