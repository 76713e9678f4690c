/**
 * npm run -s check:generation [-- --update]
 * Generates questions for every fixture article and hold-out text and compares the output, byte for
 * byte, with the recorded fingerprints (tests/fixtures/generation-output.json). Exit 1 on any difference.
 * --update rewrites the record: only for a change meant to alter the questions.
 */
import { writeFileSync } from "node:fs";
import { currentRecord, RECORD_FILE, savedRecord } from "./lib/generation-determinism";

const current = currentRecord();
if (process.argv.includes("--update")) {
  writeFileSync(RECORD_FILE, `${JSON.stringify(current, null, 2)}\n`);
  console.log(`Recorded ${Object.keys(current).length} articles in ${RECORD_FILE}.`);
  process.exit(0);
}
const saved = savedRecord();
const names = [...new Set([...Object.keys(saved), ...Object.keys(current)])].sort();
const changed = names.filter((name) => saved[name] !== current[name]);
for (const name of changed) {
  const how = !(name in saved) ? "new, not recorded" : !(name in current) ? "recorded, now missing" : "output differs";
  console.log(`✖ ${name}: ${how}`);
}
console.log(
  changed.length === 0
    ? `✔ ${names.length} articles: output byte-identical to the record.`
    : `${changed.length} of ${names.length} articles differ from the record.`,
);
process.exit(changed.length === 0 ? 0 : 1);
