/**
 * People the generator knows: heads of state and government and foreign ministers (for "who" stand-ins
 * of the same rank), people who speak for well-known companies, and first names news readers take as a
 * woman's or a man's.
 *
 * Source: curated by hand for Quizwire, 2026-11-24 to 2026-12-04; OFFICE_HOLDERS as of 2025-04-01 (offices
 * change, so every entry carries the date it was last checked). No npm package ships a dated list of
 * office holders, nor of the people who speak for companies.
 */

export interface OfficeHolder {
  name: string;
  office: string;
  country: string;
  /**
   * When they took the office (or, for a former holder, the office they are known by): they are no
   * stand-in in a story published before it (no 2025 ministers in a 2017 story).
   */
  since: string;
  /** The date this entry was last checked: offices change. */
  asOf: string;
}

/** Heads of state and government and foreign ministers, for "who" distractors of the same rank. */
export const OFFICE_HOLDERS: readonly OfficeHolder[] = [
  { name: "Xi Jinping", office: "President", country: "China", since: "2013-03-14", asOf: "2025-04-01" },
  { name: "Li Qiang", office: "Premier", country: "China", since: "2023-03-11", asOf: "2025-04-01" },
  { name: "Wang Yi", office: "Foreign Minister", country: "China", since: "2013-03-16", asOf: "2025-04-01" },
  { name: "Vladimir Putin", office: "President", country: "Russia", since: "2000-05-07", asOf: "2025-04-01" },
  { name: "Sergei Lavrov", office: "Foreign Minister", country: "Russia", since: "2004-03-09", asOf: "2025-04-01" },
  { name: "Donald Trump", office: "President", country: "United States", since: "2017-01-20", asOf: "2025-04-01" },
  {
    name: "Marco Rubio",
    office: "Secretary of State",
    country: "United States",
    since: "2025-01-21",
    asOf: "2025-04-01",
  },
  { name: "Volodymyr Zelensky", office: "President", country: "Ukraine", since: "2019-05-20", asOf: "2025-04-01" },
  { name: "Andrii Sybiha", office: "Foreign Minister", country: "Ukraine", since: "2024-09-05", asOf: "2025-04-01" },
  { name: "Emmanuel Macron", office: "President", country: "France", since: "2017-05-14", asOf: "2025-04-01" },
  {
    name: "Keir Starmer",
    office: "Prime Minister",
    country: "United Kingdom",
    since: "2024-07-05",
    asOf: "2025-04-01",
  },
  { name: "Narendra Modi", office: "Prime Minister", country: "India", since: "2014-05-26", asOf: "2025-04-01" },
  { name: "S. Jaishankar", office: "Foreign Minister", country: "India", since: "2019-05-31", asOf: "2025-04-01" },
  { name: "Recep Tayyip Erdogan", office: "President", country: "Turkey", since: "2003-03-14", asOf: "2025-04-01" },
  { name: "Benjamin Netanyahu", office: "Prime Minister", country: "Israel", since: "2009-03-31", asOf: "2025-04-01" },
  { name: "Shigeru Ishiba", office: "Prime Minister", country: "Japan", since: "2024-10-01", asOf: "2025-04-01" },
  {
    name: "Luiz Inacio Lula da Silva",
    office: "President",
    country: "Brazil",
    since: "2003-01-01",
    asOf: "2025-04-01",
  },
  { name: "Cyril Ramaphosa", office: "President", country: "South Africa", since: "2018-02-15", asOf: "2025-04-01" },
  {
    name: "Ursula von der Leyen",
    office: "European Commission President",
    country: "European Union",
    since: "2019-12-01",
    asOf: "2025-04-01",
  },
  {
    name: "Antonio Guterres",
    office: "Secretary-General",
    country: "United Nations",
    since: "2017-01-01",
    asOf: "2025-04-01",
  },
  { name: "Mark Rutte", office: "Secretary General", country: "NATO", since: "2024-10-01", asOf: "2025-04-01" },
  {
    name: "Barack Obama",
    office: "former President",
    country: "United States",
    since: "2009-01-20",
    asOf: "2025-04-01",
  },
  { name: "Joe Biden", office: "former President", country: "United States", since: "2009-01-20", asOf: "2025-04-01" },
  { name: "Angela Merkel", office: "former Chancellor", country: "Germany", since: "2005-11-22", asOf: "2025-04-01" },
  { name: "Dmitry Medvedev", office: "former President", country: "Russia", since: "2008-05-07", asOf: "2025-04-01" },
];

/**
 * People who speak for well-known companies, as "who said it" stand-ins in a story about that company
 * (a Facebook researcher's words beside Mark Zuckerberg's name). Founders and long-serving chiefs, so
 * the list does not go stale the way a current-office list would.
 */
export const COMPANY_PEOPLE: Readonly<Record<string, readonly string[]>> = {
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

/** The women among the people above; the rest of OFFICE_HOLDERS and COMPANY_PEOPLE are men. */
export const WOMEN_AMONG_KNOWN_PEOPLE: readonly string[] = [
  "Ursula von der Leyen",
  "Angela Merkel",
  "Sheryl Sandberg",
  "Marissa Mayer",
  "Carol Bartz",
];

/**
 * Common first names that news readers take as a woman's or a man's (names used for both are left out):
 * the most common English given names, and the first names of women and men in the news fixtures.
 */
// prettier-ignore
export const FEMALE_FIRST_NAMES: readonly string[] = [
  "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy",
  "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol",
  "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela",
  "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra",
  "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Maria", "Heather", "Diane", "Virginia", "Julie", "Joyce",
  "Victoria", "Olivia", "Kelly", "Christina", "Lauren", "Joan", "Evelyn", "Judith", "Megan", "Cheryl", "Andrea",
  "Hannah", "Martha", "Jacqueline", "Frances", "Gloria", "Ann", "Teresa", "Kathryn", "Sara", "Janice", "Jean",
  "Alice", "Madison", "Doris", "Abigail", "Julia", "Judy", "Grace", "Denise", "Amber", "Marilyn", "Beverly",
  "Danielle", "Theresa", "Sophia", "Marie", "Diana", "Brittany", "Natalie", "Isabella", "Charlotte", "Rose",
  "Alexis", "Kayla", "Hillary", "Condoleezza", "Sonia", "Elena", "Kamala", "Nikki", "Sharron", "Sheryl", "Marissa",
  "Ursula", "Jacinda", "Jill", "Melania", "Oprah", "Serena", "Venus", "Hope", "Gina", "Nina", "Tina", "Wendy",
  "Paula", "Linette", "Matina", "Corinne", "Sofia", "Lucia", "Giulia", "Giorgia", "Marta", "Ana", "Fatima", "Aisha",
  "Priya", "Ingrid", "Annalena", "Kristalina", "Roberta",
];

// prettier-ignore
export const MALE_FIRST_NAMES: readonly string[] = [
  "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Charles", "Christopher",
  "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin",
  "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric",
  "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander",
  "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry",
  "Douglas", "Zachary", "Peter", "Kyle", "Ethan", "Walter", "Noah", "Jeremy", "Christian", "Keith", "Roger", "Terry",
  "Gerald", "Harold", "Sean", "Austin", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Jordan", "Bryan", "Billy",
  "Joe", "Bruce", "Gabriel", "Logan", "Albert", "Willie", "Alan", "Juan", "Wayne", "Elijah", "Randy", "Roy",
  "Vincent", "Ralph", "Eugene", "Russell", "Bobby", "Mason", "Philip", "Louis", "Barack", "Bill", "Jim", "Tom",
  "Mike", "Dave", "Steve", "Bob", "Ted", "Tim", "Nick", "Harry", "Jon", "Urban", "Dick", "Newt", "Mitt", "Vladimir",
  "Sergei", "Xi", "Boris", "Emmanuel", "Narendra", "Recep", "Luiz", "Cyril", "Antonio", "Dmitry", "Hosni", "Ian",
  "Dustin", "Chris", "Sergey", "Sundar", "Jeff", "Elon", "Reed", "Lowell", "Ivan", "Hans", "Andy", "Pat", "Jony",
  "Phil", "Brad", "Satya", "Evan", "Biz", "Franklin", "Reggie", "Carlos", "Luis", "Jorge", "Pedro", "Miguel",
  "Javier", "Marco", "Luca", "Giuseppe", "Matteo", "Pierre", "Olaf", "Friedrich", "Lars", "Sven", "Ahmed",
  "Mohammed", "Muhammad", "Ali", "Omar", "Hassan", "Novak", "Rafael", "Lionel", "Cristiano", "Kylian", "Erling",
];

/** Family name first: "Xi Jinping" is "Xi" for short, not "Jinping". */
// prettier-ignore
export const FAMILY_NAME_FIRST: readonly string[] = [
  "Xi", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Hu", "Guo",
  "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Han",
];

/**
 * Leaders whose office every news reader knows: "What is Donald Trump's position?" asks world knowledge, not the
 * story. (The office holders above count too.)
 */
export const WORLD_FAMOUS_LEADERS: readonly string[] = [
  "George W. Bush",
  "George Bush",
  "Bill Clinton",
  "Barack Obama",
  "Hu Jintao",
  "Tony Blair",
  "Gordon Brown",
  "David Cameron",
  "Theresa May",
  "Boris Johnson",
  "Rishi Sunak",
  "Keir Starmer",
  "Nicolas Sarkozy",
  "Francois Hollande",
  "Shinzo Abe",
];
