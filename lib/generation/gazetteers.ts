import countries from "world-countries";

/**
 * What we know about the world beyond the article, for typing entities and for distractors of the
 * same kind. Countries and capitals come from the `world-countries` package; organisations, news
 * agencies and office holders are curated here (dated: offices change, see `asOf`).
 */
export interface Country {
  name: string;
  demonym: string;
  capital?: string;
  region: string;
  subregion: string;
  /** No coast: no stand-in for a reef, a port or a coastline. */
  landlocked: boolean;
  aliases: string[];
}

export const COUNTRIES: Country[] = countries
  .filter((country) => country.independent !== false || country.unMember)
  .map((country) => ({
    name: country.name.common,
    demonym: country.demonyms?.eng?.m ?? "",
    capital: country.capital?.[0],
    region: country.region,
    subregion: country.subregion,
    landlocked: country.landlocked,
    aliases: [
      country.name.official,
      ...country.altSpellings.filter((spelling) => spelling.length > 3 && /^[A-Za-z .'-]+$/.test(spelling)),
    ],
  }));

const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
  Russia: ["Russian Federation"],
  China: ["People's Republic of China", "PRC", "mainland China"],
  "South Korea": ["Republic of Korea"],
  "North Korea": ["DPRK"],
  "United Arab Emirates": ["UAE"],
};

/** Every name a country goes by ("United Kingdom", "Britain", "U.K."). */
export function namesOfCountry(country: Country): string[] {
  return [country.name, ...country.aliases, ...(EXTRA_COUNTRY_ALIASES[country.name] ?? [])];
}

export const COUNTRY_BY_NAME = new Map<string, Country>();
for (const country of COUNTRIES) {
  for (const name of namesOfCountry(country)) COUNTRY_BY_NAME.set(name.toLowerCase(), country);
}

// "Brasília" and "Brasilia", "Reykjavík" and "Reykjavik": articles often drop the accents.
export const CAPITAL_TO_COUNTRY = new Map<string, Country>(
  COUNTRIES.filter((country) => country.capital).flatMap((country) => {
    const capital = country.capital!.toLowerCase();
    const folded = capital.normalize("NFKD").replace(/\p{M}/gu, "");
    return [[capital, country] as const, [folded, country] as const];
  }),
);

export const DEMONYM_TO_COUNTRY = new Map<string, Country>(
  COUNTRIES.filter((c) => c.demonym).map((country) => [country.demonym.toLowerCase(), country]),
);

/** Big cities that are not capitals, so "where" questions about them get city distractors. */
/** Well-known US bases, as stand-ins for a base. */
export const MILITARY_BASES = [
  "Camp Pendleton",
  "Camp Lejeune",
  "Fort Bragg",
  "Fort Hood",
  "Fort Benning",
  "Fort Campbell",
  "Fort Lewis",
  "Fort Knox",
];

/** Large cities that are not capitals, by country, so a city's stand-ins come from its own country first. */
export const CITIES_BY_COUNTRY: Record<string, string[]> = {
  // With places named like people in news copy ("Hollywood's", "Palo Alto office").
  "United States": [
    "New York",
    "Los Angeles",
    "Chicago",
    "Houston",
    "San Francisco",
    "Miami",
    "Boston",
    "Seattle",
    "Dallas",
    "Atlanta",
    "Washington",
    "Hollywood",
    "Palo Alto",
    "Silicon Valley",
    "Beverly Hills",
    "Las Vegas",
    "New Orleans",
    "Philadelphia",
    "Phoenix",
    "Denver",
    "Detroit",
    "Fort Worth",
    "Fort Lauderdale",
    "Austin",
    "San Diego",
  ],
  China: ["Shanghai", "Hong Kong", "Shenzhen", "Guangzhou"],
  India: ["Mumbai", "Kolkata", "Bengaluru", "Chennai"],
  Turkey: ["Istanbul"],
  Russia: ["St Petersburg", "Vladivostok"],
  Australia: ["Sydney", "Melbourne"],
  Canada: ["Toronto", "Montreal", "Vancouver"],
  Brazil: ["Sao Paulo", "Rio de Janeiro"],
  Nigeria: ["Lagos"],
  "South Africa": ["Johannesburg", "Cape Town"],
  "United Arab Emirates": ["Dubai"],
  Switzerland: ["Geneva", "Davos", "Zurich"],
  Germany: ["Frankfurt", "Munich", "Hamburg"],
  Italy: ["Milan", "Naples"],
  Spain: ["Barcelona"],
  Japan: ["Osaka"],
  Pakistan: ["Karachi", "Lahore"],
  Egypt: ["Alexandria"],
  Ukraine: ["Odesa", "Kharkiv"],
  Belgium: ["Brussels"],
};
export const MAJOR_CITIES = Object.values(CITIES_BY_COUNTRY).flat();
export const CITY_COUNTRY = new Map(
  Object.entries(CITIES_BY_COUNTRY).flatMap(([country, cities]) =>
    cities.map((city) => [city.toLowerCase(), country] as const),
  ),
);

export type OrganizationKind =
  | "international"
  | "news-agency"
  | "news-outlet"
  | "central-bank"
  | "alliance"
  | "company"
  | "government"
  | "sports"
  | "other"
  | "military"
  | "party"
  | "university"
  | "space-agency"
  | "football-club"
  | "competition";

export interface Organization {
  name: string;
  kind: OrganizationKind;
  /** For companies their trade ("internet", "motoring"…), for government bodies their country: stand-ins come from the same one. */
  sector?: string;
  aliases: string[];
  /** The body it belongs to: the IAEA is "the UN nuclear watchdog", so neither is a wrong answer beside the other. */
  partOf?: string;
}

function companies(sector: string, names: string[]): Organization[] {
  return names.map((name) => ({ name, kind: "company", sector, aliases: [] }));
}

export const ORGANIZATIONS: Organization[] = [
  { name: "United Nations", kind: "international", aliases: ["UN", "U.N."] },
  { name: "NATO", kind: "alliance", aliases: ["North Atlantic Treaty Organization"] },
  { name: "European Union", kind: "international", aliases: ["EU", "E.U."] },
  { name: "World Health Organization", kind: "international", aliases: ["WHO"], partOf: "United Nations" },
  { name: "International Monetary Fund", kind: "international", aliases: ["IMF"] },
  { name: "World Bank", kind: "international", aliases: [] },
  { name: "World Trade Organization", kind: "international", aliases: ["WTO"] },
  { name: "OPEC", kind: "international", aliases: ["Organization of the Petroleum Exporting Countries"] },
  { name: "African Union", kind: "international", aliases: ["AU"] },
  { name: "ASEAN", kind: "international", aliases: ["Association of Southeast Asian Nations"] },
  { name: "G7", kind: "international", aliases: ["Group of Seven"] },
  { name: "G20", kind: "international", aliases: ["Group of 20"] },
  { name: "BRICS", kind: "international", aliases: [] },
  { name: "Red Cross", kind: "international", aliases: ["ICRC", "International Committee of the Red Cross"] },
  { name: "UNICEF", kind: "international", aliases: [], partOf: "United Nations" },
  { name: "Interpol", kind: "international", aliases: [] },
  { name: "Shanghai Cooperation Organisation", kind: "alliance", aliases: ["SCO"] },
  { name: "Collective Security Treaty Organization", kind: "alliance", aliases: ["CSTO"] },
  { name: "Reuters", kind: "news-agency", aliases: [] },
  { name: "Agence France-Presse", kind: "news-agency", aliases: ["AFP"] },
  { name: "Associated Press", kind: "news-agency", aliases: ["AP"] },
  { name: "RIA Novosti", kind: "news-agency", aliases: ["RIA"] },
  { name: "TASS", kind: "news-agency", aliases: [] },
  { name: "Interfax", kind: "news-agency", aliases: [] },
  { name: "Xinhua", kind: "news-agency", aliases: ["Xinhua News Agency"] },
  { name: "Kyodo", kind: "news-agency", aliases: ["Kyodo News"] },
  { name: "Yonhap", kind: "news-agency", aliases: [] },
  { name: "Press Trust of India", kind: "news-agency", aliases: ["PTI"] },
  { name: "Bloomberg", kind: "news-agency", aliases: [] },
  { name: "Federal Reserve", kind: "central-bank", aliases: ["Fed", "the Fed", "US Federal Reserve"] },
  { name: "European Central Bank", kind: "central-bank", aliases: ["ECB"] },
  { name: "Bank of England", kind: "central-bank", aliases: ["BoE"] },
  { name: "Bank of Japan", kind: "central-bank", aliases: ["BoJ"] },
  { name: "Reserve Bank of India", kind: "central-bank", aliases: ["RBI"] },
  { name: "People's Bank of China", kind: "central-bank", aliases: ["PBOC"] },
  {
    name: "Census Bureau",
    kind: "government",
    sector: "us-federal",
    aliases: ["U.S. Census Bureau", "US Census Bureau"],
  },
  { name: "Congress", kind: "government", sector: "us-federal", aliases: ["US Congress", "U.S. Congress"] },
  { name: "Pentagon", kind: "government", sector: "us-federal", aliases: [] },
  { name: "Kremlin", kind: "government", sector: "russia", aliases: [] },
  { name: "White House", kind: "government", sector: "us-federal", aliases: [] },
  { name: "State Department", kind: "government", sector: "us-federal", aliases: ["U.S. State Department"] },
  { name: "NASA", kind: "space-agency", aliases: [] },
  // Government bodies carry their country as a "sector", so the Census Bureau's stand-ins are US agencies, not the NHS.
  ...["FBI", "CIA", "EPA", "NOAA", "NSA", "FEMA"].map((name) => ({
    name,
    kind: "government" as const,
    sector: "us-federal",
    aliases: [] as string[],
  })),
  { name: "FDA", kind: "government", sector: "us-federal", aliases: ["Food and Drug Administration"] },
  {
    name: "CDC",
    kind: "government",
    sector: "us-federal",
    aliases: ["Centers for Disease Control and Prevention", "Centers for Disease Control"],
  },
  {
    name: "Securities and Exchange Commission",
    kind: "government",
    sector: "us-federal",
    aliases: ["U.S. Securities and Exchange Commission"],
  },
  { name: "Department of Health and Human Services", kind: "government", sector: "us-federal", aliases: ["HHS"] },
  { name: "NHS", kind: "government", sector: "uk", aliases: ["National Health Service"] },
  { name: "IAEA", kind: "international", aliases: ["International Atomic Energy Agency"], partOf: "United Nations" },
  ...["NFL", "NBA", "MLB", "NHL", "NCAA", "FIFA", "UEFA", "IOC", "SEC"].map((name) => ({
    name,
    kind: "sports" as const,
    aliases: [] as string[],
  })),
  // Competitions: a cup's stand-ins are other competitions, not the bodies that run them.
  ...[
    "Premier League",
    "Champions League",
    "Europa League",
    "FA Cup",
    "World Cup",
    "Club World Cup",
    "La Liga",
    "Serie A",
    "Bundesliga",
  ].map((name) => ({
    name,
    kind: "competition" as const,
    sector: "football",
    aliases: [] as string[],
  })),
  ...["Super Bowl", "Stanley Cup", "World Series", "NBA Finals"].map((name) => ({
    name,
    kind: "competition" as const,
    sector: "us-sports",
    aliases: [] as string[],
  })),
  // Football clubs: named like people ("Real Madrid", "Bayer Leverkusen"), so they must be known by name.
  ...[
    "Real Madrid",
    "Barcelona",
    "Atletico Madrid",
    "Manchester United",
    "Manchester City",
    "Liverpool FC",
    "Chelsea",
    "Arsenal",
    "Tottenham Hotspur",
    "Bayern Munich",
    "Borussia Dortmund",
    "Bayer Leverkusen",
    "Juventus",
    "Inter Milan",
    "AC Milan",
    "Napoli",
    "Paris Saint-Germain",
    "Ajax",
    "Benfica",
    "Porto",
    "Celtic",
    "Rangers",
    "Inter Miami",
    "LA Galaxy",
  ].map((name) => ({
    name,
    kind: "football-club" as const,
    aliases: name === "Paris Saint-Germain" ? ["PSG"] : ([] as string[]),
  })),
  // Armed services: an army's stand-ins are other services, not companies.
  ...["Army", "Navy", "Air Force", "Marine Corps", "Coast Guard", "National Guard", "Space Force"].map((name) => ({
    name,
    kind: "military" as const,
    aliases: [] as string[],
  })),
  { name: "Interior Department", kind: "government", sector: "us-federal", aliases: [] },
  { name: "Justice Department", kind: "government", sector: "us-federal", aliases: [] },
  // Meta is Facebook's parent: never a wrong answer beside it.
  { name: "Facebook", kind: "company", sector: "internet", aliases: ["Meta", "Meta Platforms"] },
  // Companies carry their trade, so a social network's stand-ins are other internet companies, not Boeing.
  ...companies("internet", ["Google", "Twitter", "Yahoo", "Netflix", "Amazon", "MySpace", "LinkedIn", "eBay"]),
  ...companies("technology", [
    "Apple",
    "Microsoft",
    "IBM",
    "Intel",
    "Samsung",
    "Sony",
    "Motorola",
    "Nokia",
    "Dell",
    "HP",
  ]),
  ...companies("telecom", ["Verizon", "AT&T", "Comcast", "Sprint", "T-Mobile", "Vodafone"]),
  ...companies("motoring", ["Tesla", "Toyota", "General Motors", "Ford", "Volkswagen", "Honda"]),
  ...companies("aerospace", ["Boeing", "Airbus", "Lockheed Martin", "Northrop Grumman"]),
  // Airlines fly the planes that Boeing and Airbus build: "an ___ jet" takes airlines, not makers.
  ...companies("airline", [
    "Delta Air Lines",
    "United Airlines",
    "American Airlines",
    "Southwest Airlines",
    "British Airways",
    "Lufthansa",
    "Emirates",
    "Ryanair",
  ]),
  ...companies("retail", ["Walmart", "Target", "Costco", "Home Depot"]),
  ...companies("energy", ["Exxon Mobil", "BP", "Shell", "Chevron", "ConocoPhillips"]),
  ...companies("finance", [
    "Goldman Sachs",
    "Morgan Stanley",
    "JPMorgan Chase",
    "Citigroup",
    "Barclays",
    "Deutsche Bank",
    "HSBC",
    "UBS",
    "BNP Paribas",
    "Nomura",
    "Wells Fargo",
    "BlackRock",
  ]),
  // Newspapers and broadcasters: a paper's stand-ins are other papers, not news agencies or companies.
  { name: "The Guardian", kind: "news-outlet", aliases: ["Guardian"] },
  { name: "The New York Times", kind: "news-outlet", aliases: ["New York Times", "NYT"] },
  { name: "The Washington Post", kind: "news-outlet", aliases: ["Washington Post"] },
  { name: "The Wall Street Journal", kind: "news-outlet", aliases: ["Wall Street Journal", "WSJ"] },
  { name: "Financial Times", kind: "news-outlet", aliases: ["FT"] },
  { name: "BBC", kind: "news-outlet", aliases: ["British Broadcasting Corporation"] },
  { name: "CNN", kind: "news-outlet", aliases: [] },
  { name: "Al Jazeera", kind: "news-outlet", aliases: [] },
  { name: "Le Monde", kind: "news-outlet", aliases: [] },
  { name: "Der Spiegel", kind: "news-outlet", aliases: ["Spiegel"] },
  { name: "USA Today", kind: "news-outlet", aliases: [] },
  { name: "The Economist", kind: "news-outlet", aliases: [] },
  // Space agencies: NASA's stand-ins are other space agencies, not the FDA.
  { name: "European Space Agency", kind: "space-agency", aliases: ["ESA"] },
  ...["Roscosmos", "JAXA", "ISRO", "China National Space Administration", "Canadian Space Agency"].map((name) => ({
    name,
    kind: "space-agency" as const,
    aliases: [] as string[],
  })),
  // A party's stand-ins are parties, a university's universities (the article's own come first).
  ...["Democratic Party", "Republican Party", "Labour Party", "Conservative Party", "Green Party", "Liberal Party"].map(
    (name) => ({ name, kind: "party" as const, aliases: [] as string[] }),
  ),
  ...[
    "Harvard University",
    "Stanford University",
    "Yale University",
    "Princeton University",
    "Columbia University",
    "University of Oxford",
    "University of Cambridge",
  ].map((name) => ({
    name,
    kind: "university" as const,
    aliases: [] as string[],
  })),
];

/**
 * Continents and world regions. "Concern about Europe" takes "Asia" or "Latin America" as stand-ins,
 * never a US state.
 */
export const WORLD_REGIONS = [
  "Europe",
  "Asia",
  "Africa",
  "North America",
  "South America",
  "Latin America",
  "Middle East",
  "Southeast Asia",
  "Central Asia",
  "Eastern Europe",
  "Western Europe",
  "Scandinavia",
  "Caribbean",
  "Balkans",
  "Oceania",
];
export const WORLD_REGION_NAMES = new Set(WORLD_REGIONS.map((region) => region.toLowerCase()));

/** Words that make a story one about football, where "Barcelona" is the club and a World Cup football's. */
export const FOOTBALL_WORDS =
  /\b(?:football|soccer|goals?|goalkeeper|striker|midfielder|defender|FIFA|UEFA|Premier League|Champions League|Europa League|La Liga|Serie A|Bundesliga|FA Cup)\b/;

/** Every city and capital we know, lower-cased (with capitals also without their accents). */
export const CITY_NAMES = new Set([...MAJOR_CITIES.map((city) => city.toLowerCase()), ...CAPITAL_TO_COUNTRY.keys()]);

/** States that no longer exist: no organisation, and no country with stand-ins of its time. */
export const HISTORIC_STATES = new Set([
  "Soviet Union",
  "USSR",
  "East Germany",
  "West Germany",
  "Yugoslavia",
  "Czechoslovakia",
  "Ottoman Empire",
]);

/** Places and landmarks named like people ("storming Iwo Jima", "on Wall Street"): never a person. */
export const NAMED_LIKE_PEOPLE = new Set([
  "Iwo Jima",
  "Pearl Harbor",
  "Okinawa",
  "Normandy",
  "Gallipoli",
  "Guadalcanal",
  "Ground Zero",
  "Wall Street",
  "Silicon Valley",
  "Capitol Hill",
  "Downing Street",
  "Times Square",
  "Bel Air",
]);

/** Head words of unknown names that tell what kind of organisation it is: "National Party", "Massey University". */
export const KIND_HEADS: Record<string, OrganizationKind> = {
  party: "party",
  university: "university",
  college: "university",
  league: "competition",
  cup: "competition",
};

/** Head words of unknown names that tell a company's trade: "CRT Capital" is a finance firm. */
export const SECTOR_HEADS: Record<string, string> = {
  capital: "finance",
  securities: "finance",
  partners: "finance",
  investments: "finance",
  advisors: "finance",
  advisers: "finance",
  motors: "motoring",
  airlines: "airline",
  airways: "airline",
  technologies: "technology",
  systems: "technology",
  labs: "technology",
  energy: "energy",
  oil: "energy",
  petroleum: "energy",
};

/**
 * Jobs outside government, grouped by field, as stand-ins for a job in the same field ("senior
 * Treasury strategist" → "chief economist"). Each group's titles are different jobs, so none is
 * also true of the person unless the article says so (checked by the caller).
 */
export const PROFESSIONAL_ROLES: { field: RegExp; titles: string[] }[] = [
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
    field:
      /\b(?:director|head|chief) of (?:the )?(?:[\w'’]+\s+){0,3}(?:observatory|institute|laboratory|lab|survey|service|centre|center|agency|museum|programme|program|copernicus)\b/i,
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

export const ORGANIZATION_BY_NAME = new Map<string, Organization>();
for (const organization of ORGANIZATIONS) {
  for (const name of [organization.name, ...organization.aliases])
    ORGANIZATION_BY_NAME.set(name.toLowerCase(), organization);
}

/**
 * The parts of known names before an inner "and"/"for" ("centers", "centers for disease control",
 * "food"): a capitalised run that ends in one of these goes on across the small word.
 */
export const ORGANIZATION_NAME_PREFIXES = new Set(
  [...ORGANIZATION_BY_NAME.keys()].flatMap((name) =>
    [...name.matchAll(/ (?:and|for) /g)].map((match) => name.slice(0, match.index)),
  ),
);

/** Words that mark the end of an organisation's name ("Election Data Services", "Bank of England"). */
export const ORGANIZATION_HEADS = new Set(
  "agency bank party council committee association corporation corp co plc llc inc ltd company university ministry department commission institute union organization organisation court bureau service services authority group news times post fund foundation corps guard federation league assembly parliament senate congress board office network institute army navy cargo airlines airways motors foods systems energy media capital partners holdings logistics pharmaceuticals labs technologies industries records studios pictures entertainment rail railway railways transit utilities trust fc afc cf workers employees air investments investment invest advisors advisers ventures".split(
    " ",
  ),
);

/** Office titles, longest first, for appositions such as "Foreign Minister Sergei Lavrov". */
export const TITLES = [
  "Secretary-General",
  "Secretary General",
  "Secretary of State",
  "Deputy Prime Minister",
  "Prime Minister",
  "Foreign Minister",
  "Defence Minister",
  "Defense Secretary",
  "Defense Minister",
  "Finance Minister",
  "Interior Minister",
  "Trade Minister",
  "Health Minister",
  "Vice President",
  "President",
  "Chancellor",
  "Minister",
  "Secretary",
  "Governor",
  "Senator",
  "Ambassador",
  "Mayor",
  "Chairman",
  "Chairwoman",
  "Chair",
  "Spokesman",
  "Spokeswoman",
  "Spokesperson",
  "top diplomat",
  "envoy",
  "King",
  "Queen",
  "Pope",
  "General",
  "Commander",
  "Chief Executive",
  "CEO",
  "Chief",
  "Director",
  "Coach",
  "coach",
  "Congressman",
  "Congresswoman",
  "Representative",
  "Rep.",
  "Sen.",
  "Gov.",
  "Speaker",
  "Judge",
  "Justice",
  "Leader",
  "Attorney General",
  "Solicitor General",
  "Surgeon General",
  "Inspector General",
  "District Judge",
  "Circuit Judge",
  "Chief Justice",
  "Police Commissioner",
  "Police Chief",
  "Fire Chief",
  "Chief Constable",
  "Chief Inspector",
  "Commissioner",
  "Sheriff",
  "Defence Secretary",
  "Chief of Staff",
  "National Security Adviser",
  "data scientist",
  "chairman",
  "president",
  "manager",
  "Farmer",
  "farmer",
  "Owner",
  "owner",
  "Lawyer",
  "lawyer",
  "Attorney",
  "Officer",
  "Professor",
  "Dr.",
  "Mr.",
  "Mrs.",
  "Ms.",
];

export interface OfficeHolder {
  name: string;
  office: string;
  country: string;
  /** The date this entry was last checked: offices change. */
  asOf: string;
}

/** Heads of state and government and foreign ministers, for "who" distractors of the same rank. */
export const OFFICE_HOLDERS: OfficeHolder[] = [
  { name: "Xi Jinping", office: "President", country: "China", asOf: "2025-04-01" },
  { name: "Li Qiang", office: "Premier", country: "China", asOf: "2025-04-01" },
  { name: "Wang Yi", office: "Foreign Minister", country: "China", asOf: "2025-04-01" },
  { name: "Vladimir Putin", office: "President", country: "Russia", asOf: "2025-04-01" },
  { name: "Sergei Lavrov", office: "Foreign Minister", country: "Russia", asOf: "2025-04-01" },
  { name: "Donald Trump", office: "President", country: "United States", asOf: "2025-04-01" },
  { name: "Marco Rubio", office: "Secretary of State", country: "United States", asOf: "2025-04-01" },
  { name: "Volodymyr Zelensky", office: "President", country: "Ukraine", asOf: "2025-04-01" },
  { name: "Andrii Sybiha", office: "Foreign Minister", country: "Ukraine", asOf: "2025-04-01" },
  { name: "Emmanuel Macron", office: "President", country: "France", asOf: "2025-04-01" },
  { name: "Keir Starmer", office: "Prime Minister", country: "United Kingdom", asOf: "2025-04-01" },
  { name: "Narendra Modi", office: "Prime Minister", country: "India", asOf: "2025-04-01" },
  { name: "S. Jaishankar", office: "Foreign Minister", country: "India", asOf: "2025-04-01" },
  { name: "Recep Tayyip Erdogan", office: "President", country: "Turkey", asOf: "2025-04-01" },
  { name: "Benjamin Netanyahu", office: "Prime Minister", country: "Israel", asOf: "2025-04-01" },
  { name: "Shigeru Ishiba", office: "Prime Minister", country: "Japan", asOf: "2025-04-01" },
  { name: "Luiz Inacio Lula da Silva", office: "President", country: "Brazil", asOf: "2025-04-01" },
  { name: "Cyril Ramaphosa", office: "President", country: "South Africa", asOf: "2025-04-01" },
  {
    name: "Ursula von der Leyen",
    office: "European Commission President",
    country: "European Union",
    asOf: "2025-04-01",
  },
  { name: "Antonio Guterres", office: "Secretary-General", country: "United Nations", asOf: "2025-04-01" },
  { name: "Mark Rutte", office: "Secretary General", country: "NATO", asOf: "2025-04-01" },
  { name: "Barack Obama", office: "former President", country: "United States", asOf: "2025-04-01" },
  { name: "Joe Biden", office: "former President", country: "United States", asOf: "2025-04-01" },
  { name: "Angela Merkel", office: "former Chancellor", country: "Germany", asOf: "2025-04-01" },
  { name: "Dmitry Medvedev", office: "former President", country: "Russia", asOf: "2025-04-01" },
];

/**
 * People who speak for well-known companies, as "who said it" stand-ins in a story about that company
 * (a Facebook researcher's words beside Mark Zuckerberg's name). Founders and long-serving chiefs, so
 * the list does not go stale the way a current-office list would.
 */
export const COMPANY_PEOPLE: Record<string, string[]> = {
  Facebook: ["Mark Zuckerberg", "Sheryl Sandberg", "Chris Cox", "Dustin Moskovitz"],
  Google: ["Larry Page", "Sergey Brin", "Eric Schmidt", "Sundar Pichai"],
  Apple: ["Steve Jobs", "Tim Cook", "Jony Ive", "Phil Schiller"],
  Microsoft: ["Bill Gates", "Steve Ballmer", "Satya Nadella", "Brad Smith"],
  Amazon: ["Jeff Bezos", "Andy Jassy", "Werner Vogels"],
  Twitter: ["Jack Dorsey", "Evan Williams", "Biz Stone", "Dick Costolo"],
  Yahoo: ["Marissa Mayer", "Jerry Yang", "Carol Bartz"],
  Tesla: ["Elon Musk", "JB Straubel"],
  Netflix: ["Reed Hastings", "Ted Sarandos"],
  Verizon: ["Lowell McAdam", "Ivan Seidenberg", "Hans Vestberg"],
  Intel: ["Andy Grove", "Paul Otellini", "Pat Gelsinger"],
};

/** Common English first names that news readers take as a woman's or a man's (names used for both are left out). */
export const FEMALE_FIRST_NAMES = new Set(
  "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Hillary Condoleezza Sonia Elena Kamala Nikki Sharron Sheryl Marissa Ursula Jacinda Jill Melania Oprah Serena Venus Hope Gina Nina Tina Wendy Paula Linette Matina Corinne Sofia Lucia Giulia Giorgia Marta Ana Fatima Aisha Priya Ingrid Annalena Kristalina Roberta".split(
    " ",
  ),
);
export const MALE_FIRST_NAMES = new Set(
  "James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Barack Bill Jim Tom Mike Dave Steve Bob Ted Tim Nick Harry Jon Urban Dick Newt Mitt Vladimir Sergei Xi Boris Emmanuel Narendra Recep Luiz Cyril Antonio Dmitry Hosni Ian Dustin Chris Sergey Sundar Jeff Elon Reed Lowell Ivan Hans Andy Pat Jony Phil Brad Satya Evan Biz Franklin Reggie Carlos Luis Jorge Pedro Miguel Javier Marco Luca Giuseppe Matteo Pierre Olaf Friedrich Lars Sven Ahmed Mohammed Muhammad Ali Omar Hassan Novak Rafael Lionel Cristiano Kylian Erling".split(
    " ",
  ),
);

/** The women among the gazetteer's people; the rest of OFFICE_HOLDERS and COMPANY_PEOPLE are men. */
export const GAZETTEER_WOMEN = new Set([
  "Ursula von der Leyen",
  "Angela Merkel",
  "Sheryl Sandberg",
  "Marissa Mayer",
  "Carol Bartz",
]);
export const GAZETTEER_PEOPLE = new Set([
  ...OFFICE_HOLDERS.map((holder) => holder.name),
  ...Object.values(COMPANY_PEOPLE).flat(),
]);

export const US_STATES_LIST =
  "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York_State North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming"
    .split(" ")
    .map((state) => state.replaceAll("_", " "));
export const US_STATES = new Set(US_STATES_LIST.map((state) => state.toLowerCase()));

// Family name first: "Xi Jinping" is "Xi" for short, not "Jinping".
const FAMILY_FIRST = new Set(
  "Xi Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Hu Guo He Lin Gao Luo Zheng Liang Han".split(" "),
);

/** How news refers to a person on second mention. */
export function shortName(fullName: string): string {
  const words = fullName.split(" ");
  if (words.length === 2 && FAMILY_FIRST.has(words[0]!) && words[1]!.length <= 8) return words[0]!;
  // "Luis de la Fuente" is "de la Fuente", "Ursula von der Leyen" "von der Leyen".
  const particles = words.findIndex(
    (word, index) => index > 0 && /^(?:de|von|van|der|den|da|du|la|le|los|las|del)$/.test(word),
  );
  if (particles > 0 && particles < words.length - 1) return words.slice(particles).join(" ");
  return words.at(-1)!;
}

/** Offices that mean the same job, so neither is a wrong answer for the other. */
export const EQUIVALENT_ROLES = [
  ["top diplomat", "foreign minister", "secretary of state", "foreign secretary", "diplomat"],
];

/** Countries that news readers know, preferred as distractors over obscure ones. */
export const PROMINENT_COUNTRIES = new Set(
  "United States,China,Russia,India,Japan,Germany,United Kingdom,France,Italy,Canada,Brazil,Mexico,Australia,South Korea,North Korea,Indonesia,Turkey,Saudi Arabia,Argentina,South Africa,Iran,Israel,Ukraine,Poland,Pakistan,Egypt,Nigeria,Spain,Netherlands,Sweden,Norway,Belarus,Syria,Iraq,Afghanistan,Vietnam,Taiwan,Philippines,Kenya,Ethiopia,Qatar,United Arab Emirates,Switzerland,Greece,Cuba,Venezuela,Colombia,Chile".split(
    ",",
  ),
);

/** AP-style state abbreviations used in datelines ("MONTGOMERY, Ala. --"): they give a state away. */
export const STATE_ABBREVIATIONS: Record<string, string> = {
  Alabama: "Ala.",
  Arizona: "Ariz.",
  Arkansas: "Ark.",
  California: "Calif.",
  Colorado: "Colo.",
  Connecticut: "Conn.",
  Delaware: "Del.",
  Florida: "Fla.",
  Georgia: "Ga.",
  Illinois: "Ill.",
  Indiana: "Ind.",
  Kansas: "Kan.",
  Kentucky: "Ky.",
  Louisiana: "La.",
  Maryland: "Md.",
  Massachusetts: "Mass.",
  Michigan: "Mich.",
  Minnesota: "Minn.",
  Mississippi: "Miss.",
  Missouri: "Mo.",
  Montana: "Mont.",
  Nebraska: "Neb.",
  Nevada: "Nev.",
  "New Hampshire": "N.H.",
  "New Jersey": "N.J.",
  "New Mexico": "N.M.",
  "North Carolina": "N.C.",
  "North Dakota": "N.D.",
  Oklahoma: "Okla.",
  Oregon: "Ore.",
  Pennsylvania: "Pa.",
  "Rhode Island": "R.I.",
  "South Carolina": "S.C.",
  "South Dakota": "S.D.",
  Tennessee: "Tenn.",
  Vermont: "Vt.",
  Virginia: "Va.",
  Washington: "Wash.",
  "West Virginia": "W.Va.",
  Wisconsin: "Wis.",
  Wyoming: "Wyo.",
};
