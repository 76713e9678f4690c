/**
 * Titles and jobs: the office titles read in appositions ("Foreign Minister Sergei Lavrov"), offices that
 * mean the same job, and jobs outside government grouped by field for stand-ins of the same field.
 *
 * Source: curated by hand for Quizwire from the news fixtures (tests/fixtures/articles), 2026-11-24 to
 * 2026-12-04. No npm package ships job titles grouped this way.
 */

/** Office titles for appositions such as "Foreign Minister Sergei Lavrov" (matched longest first). */
// prettier-ignore
export const TITLES: readonly string[] = [
  "Secretary-General", "Secretary General", "Secretary of State", "Deputy Prime Minister", "Prime Minister",
  "Foreign Minister", "Defence Minister", "Defense Secretary", "Defense Minister", "Finance Minister",
  "Interior Minister", "Trade Minister", "Health Minister", "Vice President", "President", "Chancellor", "Minister",
  "Secretary", "Governor", "Senator", "Ambassador", "Mayor", "Chairman", "Chairwoman", "Chair", "Spokesman",
  "Spokeswoman", "Spokesperson", "top diplomat", "envoy", "King", "Queen", "Pope", "General", "Commander",
  "Chief Executive", "CEO", "Chief", "Director", "Coach", "coach", "Congressman", "Congresswoman", "Representative",
  "Rep.", "Sen.", "Gov.", "Speaker", "Judge", "Justice", "Leader", "Attorney General", "Solicitor General",
  "Surgeon General", "Inspector General", "District Judge", "Circuit Judge", "Chief Justice", "Police Commissioner",
  "Police Chief", "Fire Chief", "Chief Constable", "Chief Inspector", "Commissioner", "Sheriff", "Defence Secretary",
  "Chief of Staff", "National Security Adviser", "data scientist", "chairman", "president", "manager", "Farmer",
  "farmer", "Owner", "owner", "Lawyer", "lawyer", "Attorney", "Officer", "Professor", "Dr.", "Mr.", "Mrs.", "Ms.",
];

/** Offices that mean the same job, so neither is a wrong answer for the other. */
export const EQUIVALENT_ROLES: readonly (readonly string[])[] = [
  ["top diplomat", "foreign minister", "secretary of state", "foreign secretary", "diplomat"],
  // A police force's head goes by any of these: "Police Chief" is also true of a Police Commissioner.
  ["police commissioner", "police chief", "chief of police", "commissioner of police", "police head"],
  ["spokesperson", "spokesman", "spokeswoman", "press secretary", "spokesperson for"],
];

/**
 * Jobs outside government, grouped by field, as stand-ins for a job in the same field ("senior
 * Treasury strategist" → "chief economist"). Each group's titles are different jobs, so none is
 * also true of the person unless the article says so (checked by the caller). The first group whose
 * field matches is used.
 */
export const PROFESSIONAL_ROLES: readonly { field: RegExp; titles: readonly string[] }[] = [
  {
    field: /strategist|economist|analyst|trader|banker|investor|fund manager|portfolio/i,
    titles: [
      "chief economist",
      "senior bond trader",
      "head of currency research",
      "equity analyst",
      "portfolio manager",
      "senior credit analyst",
    ],
  },
  // Police and fire ranks take other ranks, never an envoy or a minister ("local police spokesman").
  {
    field: /\b(?:police|constable|sheriff|detective|fire chief)\b/i,
    titles: [
      "deputy commissioner",
      "police chief",
      "chief superintendent",
      "detective inspector",
      "assistant commissioner",
      "police spokesperson",
    ],
  },
  // Before the technology jobs: a meteorologist or an astronomer is offered other sciences, not a product manager.
  {
    field: /meteorolog|climatolog|climate scientist|oceanograph|geolog|seismolog|volcanolog|hydrolog|glaciolog/i,
    titles: ["climatologist", "oceanographer", "geologist", "hydrologist", "glaciologist", "meteorologist"],
  },
  {
    field: /astronom|astrophysic|planetary scientist|cosmolog|space scientist/i,
    titles: ["astrophysicist", "planetary scientist", "cosmologist", "astronomer", "space engineer"],
  },
  {
    field: /epidemiolog|virolog|immunolog|physician|doctor|surgeon|infectious disease|public health/i,
    titles: ["epidemiologist", "virologist", "immunologist", "public health official", "infectious disease specialist"],
  },
  {
    field: /scientist|engineer|researcher|developer|programmer|technologist/i,
    titles: [
      "software engineer",
      "product manager",
      "privacy officer",
      "chief technology officer",
      "user researcher",
      "head of communications",
    ],
  },
  {
    field: /journalist|reporter|correspondent|editor|columnist|writer|commentator|blogger/i,
    titles: [
      "government spokesperson",
      "economist",
      "opposition lawmaker",
      "central bank official",
      "political analyst",
      "union leader",
    ],
  },
  // Before the company jobs: "director of Copernicus", "director of the institute's Etna observatory" run
  // science, not a sales floor.
  {
    field: new RegExp(
      String.raw`\b(?:director|head|chief) of (?:the )?(?:[\w'’]+\s+){0,3}` +
        String.raw`(?:observatory|institute|laboratory|lab|survey|service|centre|center|agency|museum|` +
        String.raw`programme|program|copernicus)\b`,
      "i",
    ),
    titles: ["chief scientist", "deputy director", "senior researcher", "head of research", "lead scientist"],
  },
  // Before the company jobs: "director" in a story about a film is a film director.
  {
    field: /film director|filmmaker|director of the film|actor|actress|producer|screenwriter|cinematographer/i,
    titles: ["producer", "screenwriter", "cinematographer", "film editor", "casting director", "composer"],
  },
  {
    field: /director|manager|officer|executive|head of|president|founder|chief/i,
    titles: [
      "Chief Operating Officer",
      "Director of Marketing",
      "Vice President of Engineering",
      "Head of Customer Support",
      "Chief Financial Officer",
      "Director of Design",
    ],
  },
  {
    field: /lawyer|attorney|counsel|judge|prosecutor/i,
    titles: ["prosecutor", "defence lawyer", "judge", "legal analyst", "court clerk"],
  },
  {
    field: /professor|lecturer|teacher|academic|scholar/i,
    titles: ["research fellow", "department chair", "visiting scholar", "graduate student", "university dean"],
  },
  {
    field: /coach|player|captain|manager of the|quarterback|striker/i,
    titles: ["assistant coach", "team captain", "general manager", "team owner", "athletic director"],
  },
];

/** Offices of state offered for an office of state, by how the answer is written. */
export const SECRETARY_OFFICES: readonly string[] = [
  "Defense Secretary",
  "Navy Secretary",
  "Army Secretary",
  "Air Force Secretary",
  "Treasury Secretary",
  "Energy Secretary",
  "Homeland Security Secretary",
];

/** Britain's secretaries of state, for a "Secretary" in a British story ("Education Secretary Justine Greening"). */
export const BRITISH_SECRETARY_OFFICES: readonly string[] = [
  "Home Secretary",
  "Foreign Secretary",
  "Health Secretary",
  "Business Secretary",
  "Transport Secretary",
  "Culture Secretary",
  "Defence Secretary",
  "Education Secretary",
  "Justice Secretary",
  "Environment Secretary",
];
export const LOWER_CASE_OFFICES: readonly string[] = [
  "top diplomat",
  "spokesman",
  "envoy",
  "chief negotiator",
  "defence chief",
  "finance chief",
];
/** Britain's offices of state beside its Prime Minister: no President there, and its ministers are secretaries. */
export const BRITISH_CAPITALISED_OFFICES: readonly string[] = [
  "Prime Minister",
  "Chancellor of the Exchequer",
  "Foreign Secretary",
  "Home Secretary",
  "Leader of the Opposition",
];

export const CAPITALISED_OFFICES: readonly string[] = [
  "President",
  "Prime Minister",
  "Foreign Minister",
  "Defence Minister",
  "Finance Minister",
  "Vice President",
  "Ambassador",
];

/** More of a cabinet, for a minister's stand-ins (a minister takes ministers: judged round 8). */
export const MINISTER_OFFICES: readonly string[] = [
  "Interior Minister",
  "Health Minister",
  "Trade Minister",
  "Energy Minister",
  "Justice Minister",
  "Education Minister",
];
