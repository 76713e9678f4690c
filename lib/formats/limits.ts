/**
 * How much one import may hold, and the checks that refuse hostile files in words before any parser sees
 * them: no DOCTYPE or entity declarations in XML (so no entity expansion and no external entities), no
 * deeper nesting than a question file needs, no zip that unpacks to more than a question file could.
 */
export const MAX_IMPORT_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_QUESTIONS = 500;
export const MAX_CSV_ROWS = 500;
export const MAX_XML_DEPTH = 40;
export const MAX_ZIP_ENTRIES = MAX_IMPORT_QUESTIONS + 20;
export const MAX_ZIP_ENTRY_BYTES = 2 * 1024 * 1024;
export const MAX_ZIP_TOTAL_BYTES = 10 * 1024 * 1024;

/** Why an XML document is refused before parsing, or null when it may be parsed. */
export function xmlRefusal(source: string): string | null {
  if (/<!DOCTYPE|<!ENTITY/i.test(source))
    return (
      "This XML file declares a DOCTYPE or entities. Question files never need them, and Quizwire does not " +
      "read them, so that nothing outside the file is fetched or expanded."
    );
  let depth = 0;
  let deepest = 0;
  // Comments, CDATA sections and processing instructions cannot hold elements; skip them when counting.
  const tags = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)[A-Za-z_][^>]*?(\/?)>/g;
  for (const match of source.matchAll(tags)) {
    if (match[0].startsWith("<!") || match[0].startsWith("<?")) continue;
    if (match[1]) depth--;
    else if (!match[2]) depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_XML_DEPTH)
      return `This XML file nests elements more than ${MAX_XML_DEPTH} levels deep; question files never do.`;
  }
  return null;
}

export function tooManyQuestions(count: number): string {
  return (
    `This file holds ${count} questions; Quizwire imports up to ${MAX_IMPORT_QUESTIONS} at a time. ` +
    "Split it into smaller files."
  );
}
