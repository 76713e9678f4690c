/**
 * The words of page furniture, as phrases for `anyPhrase` (a space matches any whitespace). Collected
 * from the fixtures and the development corpus (2010–2026 news pages, gathered 2026-11); each list is the
 * label a kind of furniture carries on many sites, never one site's wording.
 */

/** Labels over a list of other stories or videos: "Related Stories", "Most Popular". */
export const LIST_LABELS = [
  "related(?: (?:stories|articles|news|posts|content|coverage|reading|videos?))?",
  "latest(?: (?:stories|news|articles|videos?|headlines))?",
  "trending(?: (?:stories|now|news|topics))?",
  "top (?:stories|news|headlines)",
  String.raw`more (?:stories|news|headlines|videos?|from (?:this section|the author|\w+))`,
  "most (?:popular|read|viewed|shared|watched)",
  "popular(?: now)?",
  "recommended(?: (?:for you|stories|videos?))?",
  "you may (?:also )?like",
  "you might (?:also )?like",
  "also in the news",
  "in other news",
  "editor['’]?s picks?",
  "off the wire",
  "just in",
  "breaking(?: news)?",
  "live updates",
  "up next",
  "watch next",
  "what to read next",
  "go to video",
  "more videos?",
  "videos?",
];

/** The label of a link to another story: "Also read: …", "Don't miss - …". */
export const LINK_LABELS = [
  "also read",
  "read (?:more|also|next|this)",
  "related(?: (?:stories|articles|news|coverage|reading))?",
  "recommended(?: for you)?",
  "must read",
  "don['’]t miss",
  "see also",
  "more",
  "more on this(?: story)?",
  "trending",
  "top stories",
  "latest news",
  "you may also like",
  "watch(?: video)?",
  "listen",
];

/** A line that only marks an advertisement's place. */
export const AD_LABELS = [
  "advertisement",
  "advertisements",
  "advert",
  "sponsored(?: content)?",
  "paid content",
  "promoted(?: content)?",
  "ad",
  "ads",
  "hide ad",
  "skip ad",
  "close ad",
  "ad feedback",
  "remove ads",
  "story continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?",
  "continue reading below",
  "scroll to continue(?: with content)?",
];

/** Share and save buttons, each alone on its line. */
export const SHARE_LABELS = [
  "share(?: (?:this|article|story|post|page))?",
  String.raw`share (?:on|via) \w+`,
  "tweet(?: this)?",
  "email(?: this)?",
  "print(?: this)?(?: (?:article|story|page))?",
  "copy link",
  "save(?: (?:article|story|for later))?",
  "read later",
  "bookmark(?: and share)?",
  "click to (?:follow|share|subscribe|print|email)",
];

/** A row of share buttons: "Facebook Twitter WhatsApp". */
export const SHARE_BUTTONS = [
  "facebook",
  "twitter",
  "x",
  "whatsapp",
  "linkedin",
  "reddit",
  "telegram",
  "pinterest",
  "email",
  "print",
  "copy link",
];

/** Buttons of the page's own widgets. */
export const PAGE_BUTTONS = [
  "listen to (?:this|the) (?:article|story)",
  "buy tickets",
  "expand all",
  "collapse all",
  "show more",
  "load more",
  "see more",
];

/** Networks named in "Follow … on …". */
export const SOCIAL_NETWORKS = ["twitter", "facebook", "x", "instagram", "linkedin", "threads", "bluesky", "tiktok"];

/** How a subscription, newsletter or trial prompt opens. */
export const SUBSCRIBE_PROMPTS = [
  "subscribe",
  "sign up",
  "join (?:our|the)",
  "get (?:the latest|our|breaking|browser|push|email)",
  "never miss",
  "stay (?:informed|up to date)",
  "already (?:a subscriber|have an account)",
  "become a (?:member|subscriber)",
  "be the first to know",
  String.raw`start (?:your|a) (?:free )?(?:\d+[- ]day )?(?:free )?trial`,
  String.raw`try (?:it )?(?:free|\d+ days)`,
  "unlock (?:this|unlimited|full)",
  "log in to (?:continue|read)",
];

/** How a byline opens (case kept: "By" starts a byline, "by" inside a sentence does not). */
export const BYLINE_OPENERS = ["[Bb]y", "[Ww]ritten by", "[Rr]eported by", "[Ss]tory by", "[Ww]ords by"];

/** An editor's note above or below the story. */
export const EDITOR_NOTES = [
  "this (?:story|article) (?:has been|was|is being) updated",
  String.raw`editor['’]?s note\s*:`,
  String.raw`disclaimer\s*:`,
];

/** The desk's credits: "(Edited by …)", "Additional reporting by …". */
export const DESK_CREDITS = [
  "edited",
  "editing",
  "reporting",
  "writing",
  "compiled",
  "additional reporting",
  "sub-?edited",
];

/** The label of an image's alt text or credit line. */
export const IMAGE_LABELS = [
  "image",
  "photo",
  "picture",
  "file photo",
  "representational image",
  "representative image",
  "illustration",
  "graphic",
];

/** Labels of a page's video, comment and accessibility widgets. */
export const WIDGET_LABELS = [
  "video (?:keywords|transcript)",
  "automatically generated transcript",
  "view comments",
  "more activity",
  "facebook activity",
  "recommend",
  "skip to (?:main )?content",
  "jump to",
  "accessibility links",
  String.raw`loading(?:\.\.\.|…)?$`,
];

/** Labels of a summary box: "Highlights", "At a glance". */
export const BOX_LABELS = [
  "highlights",
  "summary",
  "in brief",
  "at a glance",
  "what (?:we|you) (?:know|need to know)",
  "the big number",
  "big number",
];

/** An agency named alone on a line: the story's (or a photo's) credit. */
export const CREDIT_AGENCIES = [
  "AP",
  "AFP",
  "Reuters",
  "PTI",
  "ANI",
  "IANS",
  "Xinhua",
  "Bloomberg",
  "EPA",
  "Sputnik",
  "TASS",
  "UPI",
  "Kyodo",
  "Anadolu",
  "dpa",
  "Yonhap",
  "Associated Press",
  "Agence France-Presse",
  "Press Association",
];

/** What people in a photo are described doing: "joins", "looks on", "is pictured". */
export const CAPTION_VERBS = [
  "joins",
  "poses",
  "gestures",
  "waves",
  "arrives",
  "attends",
  "addresses",
  "listens",
  "looks on",
  "shows off",
  "greets",
  "shakes hands",
  "celebrates",
  "reacts",
  "gather",
  "gathers",
  "is pictured",
  "are pictured",
];

/** Roles a portrait's caption gives after a name: "Matthew Varley, Police Commissioner". */
export const CAPTION_ROLES = [
  "minister",
  "commissioner",
  "president",
  "secretary",
  "chairman",
  "chairwoman",
  "chair",
  "ceo",
  "director",
  "governor",
  "spokes(?:man|woman|person)",
  "mayor",
  "senator",
  "leader",
  "chief",
  "ambassador",
  "coach",
  "captain",
  "founder",
  "chancellor",
  "premier",
  "king",
  "queen",
  "prince",
  "princess",
  "judge",
  "commander",
  "general",
  "manager",
  "envoy",
  "official",
  "head",
  "adviser",
  "advisor",
  "editor",
  "mp",
  "mla",
];
