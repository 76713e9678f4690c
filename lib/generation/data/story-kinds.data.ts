/**
 * Words that say what kind of news a story is, and how a set's default title names it: "quake" → "Earthquake",
 * "rates" → "Interest rates". A title names the kind of story (and its country), never what happened in it,
 * so it gives no question away. Matched on the headline first, then the story's first two sentences.
 *
 * Source: curated by hand for Quizwire on 2026-12-05 from the kinds of story the news corpus covers
 * (disasters, crime and courts, politics, markets, companies, health, science, sport, culture).
 * "peace" names "Peace talks", not "Peace deal": a deal is an outcome, and "Peace deal in Congo" answered the
 * true/false "An agreement … has been struck" (judged round 15: both judges).
 */
// prettier-ignore
export const STORY_KINDS: Readonly<Record<string, string>> = {
  earthquake: "Earthquake", quake: "Earthquake", tsunami: "Tsunami", cyclone: "Cyclone", hurricane: "Hurricane",
  typhoon: "Typhoon", tornado: "Tornadoes", tornadoes: "Tornadoes", flood: "Floods", floods: "Floods",
  wildfire: "Wildfires", wildfires: "Wildfires", landslide: "Landslide", drought: "Drought", heatwave: "Heatwave",
  eruption: "Volcanic eruption", bleaching: "Coral bleaching", storm: "Storm",
  crash: "Crash", ravine: "Bus crash", derailment: "Train derailment", explosion: "Explosion", blast: "Blast",
  bomber: "Suicide bombing", bombing: "Bombing", airstrike: "Airstrike", shooting: "Shooting", attack: "Attack",
  murder: "Murder case", kidnapping: "Kidnapping", trial: "Trial", verdict: "Verdict", appeal: "Court appeal",
  conviction: "Court case", lawsuit: "Lawsuit", ruling: "Court ruling",
  election: "Election", referendum: "Referendum", vote: "Vote", talks: "Talks", summit: "Summit",
  ceasefire: "Ceasefire", protest: "Protests", protests: "Protests", coup: "Coup", budget: "Budget",
  rates: "Interest rates", rate: "Interest rates", inflation: "Inflation", dow: "Stock market",
  stocks: "Stock market", shares: "Share price", ipo: "Stock market debut", recall: "Recall", merger: "Merger",
  takeover: "Takeover", acquisition: "Takeover", recalls: "Recall", debut: "Stock market debut", penalty: "Fine",
  fine: "Fine", layoffs: "Job cuts",
  fees: "Tuition fees", exam: "Exam results", exams: "Exam results", strike: "Strike", teachers: "Teachers",
  vaccine: "Vaccine", outbreak: "Outbreak", ebola: "Ebola", epidemic: "Epidemic", pandemic: "Pandemic",
  spacecraft: "Spacecraft", rocket: "Rocket launch", launch: "Launch", exoplanet: "Exoplanet", planet: "Planet",
  telescope: "Telescope", climate: "Climate change", iphone: "iPhone", smartphone: "Smartphone", chatbot: "Chatbot",
  privacy: "Privacy", final: "Final", cup: "Cup match", match: "Match", century: "Cricket", cricket: "Cricket",
  olympics: "Olympics", medals: "Olympic medals", wimbledon: "Wimbledon", prize: "Prize", award: "Award",
  painting: "Painting", exhibition: "Exhibition", film: "Film", album: "Album", olympian: "Olympics",
  cricketer: "Cricket", peace: "Peace talks", bus: "Bus crash", agreement: "Agreement", deal: "Deal",
};

/**
 * Kinds a headline may name in passing ("shares slide after … recalls"): used only when no other kind is named,
 * the first in this order ("bank driven by inflation to hike key rate": "Interest rates").
 */
// prettier-ignore
export const WEAK_STORY_KINDS: readonly string[] = [
  "debut", "rate", "inflation", "shares", "stocks", "vote", "launch", "final", "cup", "match", "fine", "strike",
  "teachers", "privacy", "climate", "planet", "outbreak", "agreement", "deal",
];

/** Kinds between two countries: "India–Pakistan talks". */
export const STORY_KINDS_BETWEEN: readonly string[] = ["Talks", "Summit", "Peace talks", "Ceasefire", "Match"];
