/**
 * Organisations the generator knows by name: international bodies, news agencies and outlets, central
 * banks, government bodies, sports bodies and competitions, football clubs, armed services, parties,
 * universities and well-known companies with their trade. Stand-ins for an organisation come from the
 * same kind (and, for companies and government bodies, the same sector). Competitions and football clubs are
 * in sports-organizations.data.ts, space agencies, parties, universities and the last additions in
 * agencies-parties-universities.data.ts, each spliced in at its place.
 *
 * Source: curated by hand for Quizwire from the news fixtures (tests/fixtures/articles), 2026-11-24 to
 * 2026-12-04. No npm package ships such a list. The order matters: seeded draws depend on it.
 */
import { AGENCIES_PARTIES_AND_UNIVERSITIES } from "./agencies-parties-universities.data";
import { COMPETITIONS_AND_CLUBS } from "./sports-organizations.data";

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

export interface OrganizationEntry {
  name: string;
  kind: OrganizationKind;
  /**
   * For companies their trade ("internet", "motoring"…), for government bodies their country: stand-ins
   * come from the same one.
   */
  sector?: string;
  aliases: string[];
  /**
   * The body it belongs to: the IAEA is "the UN nuclear watchdog", so neither is a wrong answer beside
   * the other.
   */
  partOf?: string;
  /** A national body's country: a stem that names it ("the US has gone back to the Moon") gives the body away. */
  country?: string;
  /** For blocs, the part of the world whose countries join it: a bloc's stand-ins come from the same part. */
  region?: "europe" | "asia" | "africa" | "americas" | "eurasia" | "middle-east";
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  { name: "United Nations", kind: "international", aliases: ["UN", "U.N."] },
  { name: "NATO", kind: "alliance", aliases: ["North Atlantic Treaty Organization"] },
  { name: "European Union", kind: "international", sector: "bloc", region: "europe", aliases: ["EU", "E.U."] },
  { name: "World Health Organization", kind: "international", aliases: ["WHO"], partOf: "United Nations" },
  { name: "International Monetary Fund", kind: "international", sector: "lender", aliases: ["IMF"] },
  { name: "World Bank", kind: "international", sector: "lender", aliases: [] },
  { name: "World Trade Organization", kind: "international", aliases: ["WTO"] },
  { name: "OPEC", kind: "international", aliases: ["Organization of the Petroleum Exporting Countries"] },
  { name: "African Union", kind: "international", sector: "bloc", region: "africa", aliases: ["AU"] },
  {
    name: "ASEAN",
    kind: "international",
    sector: "bloc",
    region: "asia",
    aliases: ["Association of Southeast Asian Nations"],
  },
  { name: "G7", kind: "international", sector: "forum", aliases: ["Group of Seven"] },
  { name: "G20", kind: "international", sector: "forum", aliases: ["Group of 20"] },
  { name: "BRICS", kind: "international", sector: "forum", aliases: [] },
  // Blocs that countries join and leave by treaty: the stand-ins for a bloc, before lenders or charities.
  { name: "Mercosur", kind: "international", sector: "bloc", region: "americas", aliases: [] },
  { name: "Eurasian Economic Union", kind: "international", sector: "bloc", region: "eurasia", aliases: ["EAEU"] },
  { name: "Gulf Cooperation Council", kind: "international", sector: "bloc", region: "middle-east", aliases: ["GCC"] },
  {
    name: "European Free Trade Association",
    kind: "international",
    sector: "bloc",
    region: "europe",
    aliases: ["EFTA"],
  },
  { name: "Council of Europe", kind: "international", sector: "bloc", region: "europe", aliases: [] },
  { name: "European Economic Area", kind: "international", sector: "bloc", region: "europe", aliases: ["EEA"] },
  { name: "SAARC", kind: "international", sector: "bloc", region: "asia", aliases: [] },
  // Asia's other groupings, so ASEAN ("a regional grouping to which Myanmar belongs") takes no G7 or OPEC.
  {
    name: "Asia-Pacific Economic Cooperation",
    kind: "international",
    sector: "bloc",
    region: "asia",
    aliases: ["APEC"],
  },
  {
    name: "Economic Cooperation Organization",
    kind: "international",
    sector: "bloc",
    region: "asia",
    aliases: ["ECO"],
  },
  { name: "ECOWAS", kind: "international", sector: "bloc", region: "africa", aliases: [] },
  {
    name: "Southern African Development Community",
    kind: "international",
    sector: "bloc",
    region: "africa",
    aliases: ["SADC"],
  },
  { name: "East African Community", kind: "international", sector: "bloc", region: "africa", aliases: [] },
  { name: "CARICOM", kind: "international", sector: "bloc", region: "americas", aliases: [] },
  {
    name: "Organization of American States",
    kind: "international",
    sector: "bloc",
    region: "americas",
    aliases: ["OAS"],
  },
  { name: "Arab League", kind: "international", sector: "bloc", region: "middle-east", aliases: [] },
  {
    name: "Commonwealth of Independent States",
    kind: "international",
    sector: "bloc",
    region: "eurasia",
    aliases: ["CIS"],
  },
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
  {
    name: "Federal Reserve",
    kind: "central-bank",
    country: "United States",
    aliases: ["Fed", "the Fed", "US Federal Reserve"],
  },
  { name: "European Central Bank", kind: "central-bank", aliases: ["ECB"] },
  { name: "Bank of England", kind: "central-bank", country: "United Kingdom", aliases: ["BoE"] },
  { name: "Bank of Japan", kind: "central-bank", country: "Japan", aliases: ["BoJ"] },
  { name: "Reserve Bank of India", kind: "central-bank", country: "India", aliases: ["RBI"] },
  { name: "People's Bank of China", kind: "central-bank", country: "China", aliases: ["PBOC"] },
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
  { name: "NASA", kind: "space-agency", country: "United States", aliases: [] },
  // Government bodies carry their country as a "sector": the Census Bureau's stand-ins are US agencies, not the NHS.
  // Federal law enforcement: the FBI's stand-ins are other police agencies, never the SEC or the White House, and
  // never the Justice Department it belongs to.
  {
    name: "FBI",
    kind: "government",
    sector: "us-law-enforcement",
    aliases: ["Federal Bureau of Investigation"],
    partOf: "Justice Department",
  },
  {
    name: "Drug Enforcement Administration",
    kind: "government",
    sector: "us-law-enforcement",
    aliases: ["DEA"],
    partOf: "Justice Department",
  },
  {
    name: "Bureau of Alcohol, Tobacco, Firearms and Explosives",
    kind: "government",
    sector: "us-law-enforcement",
    aliases: ["ATF"],
    partOf: "Justice Department",
  },
  {
    name: "US Marshals Service",
    kind: "government",
    sector: "us-law-enforcement",
    aliases: ["U.S. Marshals Service", "US Marshals"],
    partOf: "Justice Department",
  },
  { name: "Secret Service", kind: "government", sector: "us-law-enforcement", aliases: ["US Secret Service"] },
  { name: "Homeland Security Investigations", kind: "government", sector: "us-law-enforcement", aliases: ["HSI"] },
  { name: "CIA", kind: "government", sector: "us-federal", aliases: [] },
  // Science agencies take science agencies: NOAA's Storm Prediction Center is never the CDC's or the State
  // Department's; health agencies take health agencies.
  { name: "EPA", kind: "government", sector: "us-science", aliases: ["Environmental Protection Agency"] },
  {
    name: "NOAA",
    kind: "government",
    sector: "us-science",
    aliases: ["National Oceanic and Atmospheric Administration"],
  },
  {
    name: "US Geological Survey",
    kind: "government",
    sector: "us-science",
    aliases: ["USGS", "U.S. Geological Survey"],
  },
  { name: "National Science Foundation", kind: "government", sector: "us-science", aliases: ["NSF"] },
  {
    name: "National Institute of Standards and Technology",
    kind: "government",
    sector: "us-science",
    aliases: ["NIST"],
  },
  { name: "NSA", kind: "government", sector: "us-federal", aliases: [] },
  { name: "FEMA", kind: "government", sector: "us-federal", aliases: [] },
  { name: "FDA", kind: "government", sector: "us-health", aliases: ["Food and Drug Administration"] },
  { name: "National Institutes of Health", kind: "government", sector: "us-health", aliases: ["NIH"] },
  {
    name: "CDC",
    kind: "government",
    sector: "us-health",
    aliases: ["Centers for Disease Control and Prevention", "Centers for Disease Control"],
  },
  {
    name: "Securities and Exchange Commission",
    kind: "government",
    sector: "us-federal",
    aliases: ["U.S. Securities and Exchange Commission"],
  },
  { name: "Department of Health and Human Services", kind: "government", sector: "us-health", aliases: ["HHS"] },
  { name: "NHS", kind: "government", sector: "uk", aliases: ["National Health Service"] },
  { name: "IAEA", kind: "international", aliases: ["International Atomic Energy Agency"], partOf: "United Nations" },
  { name: "NFL", kind: "sports", aliases: [] },
  { name: "NBA", kind: "sports", aliases: [] },
  { name: "MLB", kind: "sports", aliases: [] },
  { name: "NHL", kind: "sports", aliases: [] },
  { name: "NCAA", kind: "sports", aliases: [] },
  { name: "FIFA", kind: "sports", aliases: [] },
  { name: "UEFA", kind: "sports", aliases: [] },
  { name: "IOC", kind: "sports", aliases: [] },
  { name: "SEC", kind: "sports", aliases: [] },
  ...COMPETITIONS_AND_CLUBS,
  // Armed services: an army's stand-ins are other services, not companies.
  { name: "Army", kind: "military", aliases: [] },
  { name: "Navy", kind: "military", aliases: [] },
  { name: "Air Force", kind: "military", aliases: [] },
  { name: "Marine Corps", kind: "military", aliases: [] },
  { name: "Coast Guard", kind: "military", aliases: [] },
  { name: "National Guard", kind: "military", aliases: [] },
  { name: "Space Force", kind: "military", aliases: [] },
  { name: "Interior Department", kind: "government", sector: "us-federal", aliases: [] },
  { name: "Justice Department", kind: "government", sector: "us-federal", aliases: [] },
  // Meta is Facebook's parent: never a wrong answer beside it.
  { name: "Facebook", kind: "company", sector: "internet", aliases: ["Meta", "Meta Platforms"] },
  // Companies carry their trade, so a social network's stand-ins are other internet companies, not Boeing.
  { name: "Google", kind: "company", sector: "internet", aliases: [] },
  { name: "Twitter", kind: "company", sector: "internet", aliases: [] },
  { name: "Yahoo", kind: "company", sector: "internet", aliases: [] },
  { name: "Netflix", kind: "company", sector: "internet", aliases: [] },
  { name: "Amazon", kind: "company", sector: "internet", aliases: [] },
  { name: "MySpace", kind: "company", sector: "internet", aliases: [] },
  { name: "LinkedIn", kind: "company", sector: "internet", aliases: [] },
  { name: "eBay", kind: "company", sector: "internet", aliases: [] },
  { name: "Apple", kind: "company", sector: "technology", aliases: [] },
  { name: "Microsoft", kind: "company", sector: "technology", aliases: [] },
  { name: "IBM", kind: "company", sector: "technology", aliases: [] },
  { name: "Intel", kind: "company", sector: "technology", aliases: [] },
  { name: "Samsung", kind: "company", sector: "technology", aliases: [] },
  { name: "Sony", kind: "company", sector: "technology", aliases: [] },
  { name: "Motorola", kind: "company", sector: "technology", aliases: [] },
  { name: "Nokia", kind: "company", sector: "technology", aliases: [] },
  { name: "Dell", kind: "company", sector: "technology", aliases: [] },
  { name: "HP", kind: "company", sector: "technology", aliases: [] },
  { name: "Verizon", kind: "company", sector: "telecom", aliases: [] },
  { name: "AT&T", kind: "company", sector: "telecom", aliases: [] },
  { name: "Comcast", kind: "company", sector: "telecom", aliases: [] },
  { name: "Sprint", kind: "company", sector: "telecom", aliases: [] },
  { name: "T-Mobile", kind: "company", sector: "telecom", aliases: [] },
  { name: "Vodafone", kind: "company", sector: "telecom", aliases: [] },
  { name: "Tesla", kind: "company", sector: "motoring", aliases: [] },
  { name: "Toyota", kind: "company", sector: "motoring", aliases: [] },
  { name: "General Motors", kind: "company", sector: "motoring", aliases: [] },
  { name: "Ford", kind: "company", sector: "motoring", aliases: [] },
  { name: "Volkswagen", kind: "company", sector: "motoring", aliases: [] },
  { name: "Honda", kind: "company", sector: "motoring", aliases: [] },
  { name: "Boeing", kind: "company", sector: "aerospace", aliases: [] },
  { name: "Airbus", kind: "company", sector: "aerospace", aliases: [] },
  { name: "Lockheed Martin", kind: "company", sector: "aerospace", aliases: [] },
  { name: "Northrop Grumman", kind: "company", sector: "aerospace", aliases: [] },
  // Airlines fly the planes that Boeing and Airbus build: "an ___ jet" takes airlines, not makers.
  { name: "Delta Air Lines", kind: "company", sector: "airline", aliases: [] },
  { name: "United Airlines", kind: "company", sector: "airline", aliases: [] },
  { name: "American Airlines", kind: "company", sector: "airline", aliases: [] },
  { name: "Southwest Airlines", kind: "company", sector: "airline", aliases: [] },
  { name: "British Airways", kind: "company", sector: "airline", aliases: [] },
  { name: "Lufthansa", kind: "company", sector: "airline", aliases: [] },
  { name: "Emirates", kind: "company", sector: "airline", aliases: [] },
  { name: "Ryanair", kind: "company", sector: "airline", aliases: [] },
  { name: "Walmart", kind: "company", sector: "retail", aliases: [] },
  { name: "Target", kind: "company", sector: "retail", aliases: [] },
  { name: "Costco", kind: "company", sector: "retail", aliases: [] },
  { name: "Home Depot", kind: "company", sector: "retail", aliases: [] },
  { name: "Exxon Mobil", kind: "company", sector: "energy", aliases: [] },
  { name: "BP", kind: "company", sector: "energy", aliases: [] },
  { name: "Shell", kind: "company", sector: "energy", aliases: [] },
  { name: "Chevron", kind: "company", sector: "energy", aliases: [] },
  { name: "ConocoPhillips", kind: "company", sector: "energy", aliases: [] },
  // A "power company" takes power companies, not oil majors (judged round 9: Enel beside Chevron and Exxon).
  { name: "Enel", kind: "company", sector: "utility", aliases: [] },
  { name: "EDF", kind: "company", sector: "utility", aliases: ["Electricite de France"] },
  { name: "Iberdrola", kind: "company", sector: "utility", aliases: [] },
  { name: "Engie", kind: "company", sector: "utility", aliases: [] },
  { name: "Duke Energy", kind: "company", sector: "utility", aliases: [] },
  { name: "Goldman Sachs", kind: "company", sector: "finance", aliases: [] },
  { name: "Morgan Stanley", kind: "company", sector: "finance", aliases: [] },
  { name: "JPMorgan Chase", kind: "company", sector: "finance", aliases: [] },
  { name: "Citigroup", kind: "company", sector: "finance", aliases: [] },
  { name: "Barclays", kind: "company", sector: "finance", aliases: [] },
  { name: "Deutsche Bank", kind: "company", sector: "finance", aliases: [] },
  { name: "HSBC", kind: "company", sector: "finance", aliases: [] },
  { name: "UBS", kind: "company", sector: "finance", aliases: [] },
  { name: "BNP Paribas", kind: "company", sector: "finance", aliases: [] },
  { name: "Nomura", kind: "company", sector: "finance", aliases: [] },
  { name: "Wells Fargo", kind: "company", sector: "finance", aliases: [] },
  { name: "BlackRock", kind: "company", sector: "finance", aliases: [] },
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
  ...AGENCIES_PARTIES_AND_UNIVERSITIES,
];
