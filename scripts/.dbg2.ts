import { normalizeAnswer, aliasesOf } from "../lib/generation/answer-matching";
console.log(JSON.stringify(normalizeAnswer("3")), aliasesOf("3"));
