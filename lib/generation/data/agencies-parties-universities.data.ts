import type { OrganizationEntry } from "./organizations.data";

/** The end of ORGANIZATIONS, in its order (kept apart only for the file's length): new entries go last. */
export const AGENCIES_PARTIES_AND_UNIVERSITIES: readonly OrganizationEntry[] = [
  // Space agencies: NASA's stand-ins are other space agencies, not the FDA.
  { name: "European Space Agency", kind: "space-agency", aliases: ["ESA"] },
  { name: "Roscosmos", kind: "space-agency", country: "Russia", aliases: [] },
  { name: "JAXA", kind: "space-agency", country: "Japan", aliases: [] },
  { name: "ISRO", kind: "space-agency", country: "India", aliases: [] },
  { name: "China National Space Administration", kind: "space-agency", country: "China", aliases: [] },
  { name: "Canadian Space Agency", kind: "space-agency", country: "Canada", aliases: [] },
  // A party's stand-ins are parties, a university's universities (the article's own come first).
  { name: "Democratic Party", kind: "party", aliases: [] },
  { name: "Republican Party", kind: "party", aliases: [] },
  { name: "Labour Party", kind: "party", aliases: [] },
  { name: "Conservative Party", kind: "party", aliases: [] },
  { name: "Green Party", kind: "party", aliases: [] },
  { name: "Liberal Party", kind: "party", aliases: [] },
  { name: "Harvard University", kind: "university", aliases: [] },
  { name: "Stanford University", kind: "university", aliases: [] },
  { name: "Yale University", kind: "university", aliases: [] },
  { name: "Princeton University", kind: "university", aliases: [] },
  { name: "Columbia University", kind: "university", aliases: [] },
  { name: "University of Oxford", kind: "university", aliases: [] },
  { name: "University of Cambridge", kind: "university", aliases: [] },
  // "Intergovernmental Panel on Climate Change" is one body, not two people split at "on" (facts/names.ts).
  {
    name: "Intergovernmental Panel on Climate Change",
    kind: "international",
    sector: "climate",
    aliases: ["IPCC"],
    partOf: "United Nations",
  },
  // The NIH's institutes take each other as stand-ins, never the FDA or the CDC (nor theirs an institute).
  {
    name: "National Institute of Allergy and Infectious Diseases",
    kind: "government",
    sector: "us-nih",
    aliases: ["NIAID"],
    partOf: "National Institutes of Health",
  },
  {
    name: "National Cancer Institute",
    kind: "government",
    sector: "us-nih",
    aliases: [],
    partOf: "National Institutes of Health",
  },
  {
    name: "National Institute of Mental Health",
    kind: "government",
    sector: "us-nih",
    aliases: ["NIMH"],
    partOf: "National Institutes of Health",
  },
  {
    name: "National Human Genome Research Institute",
    kind: "government",
    sector: "us-nih",
    aliases: [],
    partOf: "National Institutes of Health",
  },
];
