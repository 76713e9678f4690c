import type { RemovalReason } from "../types";
import { CREDIT_PAREN, isAgencyAlone, isStandaloneCredit, PHOTO_CREDIT_AT_END } from "./credits";
import { isDateLine } from "../dates";
import {
  AD_LABELS,
  BYLINE_OPENERS,
  DESK_CREDITS,
  EDITOR_NOTES,
  IMAGE_LABELS,
  LINK_LABELS,
  LIST_LABELS,
  PAGE_BUTTONS,
  SHARE_BUTTONS,
  SHARE_LABELS,
  SOCIAL_NETWORKS,
  SUBSCRIBE_PROMPTS,
  WIDGET_LABELS,
} from "./page-furniture.data";
import { anyPhrase } from "./phrases";

/**
 * Rules that judge one line on its own. Each has a name (its unit test is named after it) and the
 * reason the preview shows. None names a site: they describe kinds of page furniture. The first rule
 * that matches decides; a line none matches is kept (rules err on keeping text).
 */
/** The footer of a social post shown in the page: "— Jane Doe (@janedoe) May 4, 2024". */
export const EMBEDDED_POST_FOOTER = /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*.{0,30}$/;

export interface LineRule {
  name: string;
  reason: RemovalReason;
  test: (line: string, words: number) => boolean;
}

const short = (max: number) => (words: number) => words <= max;
const endsSentence = (line: string) => /[.!?…]["”’')\]]*$/.test(line);

/** Labels over a list of other stories or videos. */
const LIST_LABEL_WORDS = anyPhrase(LIST_LABELS);
/**
 * A label alone ("Related Stories", "Most Popular:"), or run together with its copy ("Most Popular
 * newsMost Popular").
 */
export const LIST_LABEL = new RegExp(`^${LIST_LABEL_WORDS}(?:\\s*[:»›>]|\\s+\\w*[a-z]${LIST_LABEL_WORDS})?$`, "i");

const LINK_LABEL_LINE = new RegExp(String.raw`^\(?${anyPhrase(LINK_LABELS)}\s*[:|–—-]`, "i");
const AD_LABEL_LINE = new RegExp(String.raw`^${anyPhrase(AD_LABELS)}\s*[.:]?$`, "i");
const SHARE_LABEL_LINE = new RegExp(String.raw`^${anyPhrase(SHARE_LABELS)}\s*:?$`, "i");
const SHARE_BUTTON_ROW = new RegExp(String.raw`^(?:${anyPhrase(SHARE_BUTTONS)}\s*[|·•,]?\s*){2,}$`, "i");
const PAGE_BUTTON_LINE = new RegExp(String.raw`^${anyPhrase(PAGE_BUTTONS)}\b`, "i");
const FOLLOW_PROMPT = new RegExp(
  String.raw`^(?:(?:please\s+)?follow\s+.{1,60}?\s+on\s+${anyPhrase(SOCIAL_NETWORKS)}\b` +
    String.raw`|ask\s+.{1,40}\s+a\s+question\s*[>›»]?$)`,
  "i",
);
const SUBSCRIBE_PROMPT = new RegExp(String.raw`^${anyPhrase(SUBSCRIBE_PROMPTS)}\b`, "i");
const NAME_WORD = String.raw`[A-Z][\w.'’-]+`;
const BYLINE_LINE = new RegExp(
  String.raw`^${anyPhrase(BYLINE_OPENERS)}\s*:?\s+${NAME_WORD}` +
    String.raw`(?:\s+(?:${NAME_WORD}|and|&|de|van|von|al))*(?:\s*[,|·]?\s*.{0,80})?$`,
);
const MATERIAL_NOTE = new RegExp(
  String.raw`^(?:some\s+)?(?:information|material)\b.{0,80}` +
    String.raw`\b(?:was|were|has\s+been)\s+(?:used|provided|taken|contributed)\b`,
  "i",
);
const EDITOR_NOTE_LINE = new RegExp(`^${anyPhrase(EDITOR_NOTES)}`, "i");
const DESK_CREDIT_LINE = new RegExp(String.raw`^\(?\s*${anyPhrase(DESK_CREDITS)}\s+by\b[^.!?]{0,100}\)?\.?$`, "i");
const IMAGE_LABEL_LINE = new RegExp(String.raw`^${anyPhrase(IMAGE_LABELS)}(?:\s+credit)?s?\s*[:|–—-]`, "i");
const WIDGET_LABEL_LINE = new RegExp(`^${anyPhrase(WIDGET_LABELS)}`, "i");

export const LINE_RULES: LineRule[] = [
  {
    name: "also-read link",
    reason: "related-link",
    test: (line, words) =>
      short(40)(words) &&
      (LINK_LABEL_LINE.test(line) ||
        /^(?:also\s+read|read\s+more|related\s+stories|recommended|more\s+stories|trending\s+now)\s*$/i.test(line)),
  },
  {
    name: "tag list",
    // "Related Items research facebook explanation …": a tag list that links to other stories.
    reason: "related-link",
    test: (line, words) =>
      /^related\s+(?:items|tags|topics|content)\b/i.test(line) && words <= 30 && !/[.!?]$/.test(line),
  },
  {
    name: "headline-list label",
    reason: "ticker",
    test: (line, words) =>
      short(6)(words) &&
      (LIST_LABEL.test(line) ||
        // "Watch CBS News", "Watch Live": a video player's label.
        /^[Ww]atch\s+(?:live|now|[A-Z][\w]*(?:\s+[A-Z][\w]*){0,3})$/.test(line)),
  },
  {
    name: "empty headline list",
    reason: "ticker",
    test: (line) => /^no\s+(?:stories|articles|posts|results|videos)\s+(?:found|available)\.?$/i.test(line),
  },
  {
    name: "headline ticker",
    // "Markets slide as oil falls • Talks resume in Doha • Storm nears the coast": other stories, one line.
    reason: "ticker",
    test: (line) => {
      const parts = line.split(/\s*[•·|▪◆]\s*/).filter((part) => part.trim());
      return parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 16 && !/[.!?]["”]?$/.test(part));
    },
  },
  {
    name: "video time code",
    reason: "ticker",
    test: (line) => /^\d{1,2}:\d{2}(?::\d{2})?$/.test(line),
  },
  {
    name: "ad marker",
    reason: "advertisement",
    test: (line, words) =>
      /^\[\s*ad_?\d*\s*\]$/i.test(line) ||
      AD_LABEL_LINE.test(line) ||
      (short(15)(words) && /\bbrought\s+to\s+you\s+by\b/i.test(line) && !/["“”]/.test(line)),
  },
  {
    name: "comment prompt",
    reason: "comment-prompt",
    test: (line, words) =>
      short(10)(words) &&
      (/^(?:\d+\s+)?comments?(?:\s*[/(:]\s*\d+\s*\)?)?\s*:?$/i.test(line) ||
        /^(?:no|view|show|hide|load|loading|read|see)\s+(?:all\s+)?comments?\b/i.test(line) ||
        /^(?:add|post|leave|write|submit)\s+(?:a|your)\s+comment\b/i.test(line) ||
        /^(?:be\s+the\s+first\s+to\s+comment|join\s+the\s+(?:conversation|discussion)|have\s+your\s+say)\b/i.test(
          line,
        )),
  },
  {
    name: "read counter",
    reason: "comment-prompt",
    test: (line, words) =>
      short(14)(words) &&
      (/^(?:this\s+(?:news|story|article|post)\s+has\s+been\s+)?(?:read|viewed)\s+\d[\d,.]*\s+times?\b/i.test(line) ||
        /^\d[\d,.]*\s*k?\s+(?:views|reads|shares)\.?$/i.test(line)),
  },
  {
    name: "share prompt",
    reason: "share-prompt",
    test: (line, words) =>
      short(14)(words) &&
      (SHARE_LABEL_LINE.test(line) ||
        /^SHARE\b/.test(line) ||
        /^follow\s+us\b/i.test(line) ||
        /^["“]?questions\?\s*comments\?/i.test(line) ||
        SHARE_BUTTON_ROW.test(line) ||
        /^(?:click\s+here|tap\s+here)\b.*\b(?:share|follow|app|download)\b/i.test(line) ||
        /\b(?:download|get)\s+(?:the|our)\s+\w*\s*app\b/i.test(line) ||
        /^(?:open|continue|read)\s+in\s+(?:the\s+)?app$/i.test(line) ||
        /^(?:adjust|change)?\s*(?:font|text)\s+size\s*:?$/i.test(line) ||
        PAGE_BUTTON_LINE.test(line)),
  },
  {
    name: "follow prompt",
    // "Please follow Money Game on Twitter and Facebook. Follow Linette Lopez on Twitter. Ask Linette A Question >"
    reason: "share-prompt",
    test: (line, words) => short(30)(words) && line.split(/(?<=[.!?>])\s+/).every((part) => FOLLOW_PROMPT.test(part)),
  },
  {
    name: "embed prompt",
    reason: "share-prompt",
    test: (line, words) => short(24)(words) && /^to\s+embed\s+this\s+(?:post|story|article|video)\b/i.test(line),
  },
  {
    name: "subscription or trial prompt",
    reason: "newsletter-prompt",
    test: (line, words) =>
      short(30)(words) &&
      !/["“”]/.test(line) &&
      (/^enter\s+(?:you|your)\s+e-?mail\s+address\b/i.test(line) ||
        SUBSCRIBE_PROMPT.test(line) ||
        /\b(?:start|begin)\s+your\s+(?:free\s+)?\d+[- ]day\s+(?:free\s+)?trial\b/i.test(line) ||
        (/\bnewsletters?\b/i.test(line) && !/\b(?:said|says|told|reported)\b/i.test(line) && words <= 25)),
  },
  {
    name: "cookie notice",
    reason: "cookie-notice",
    test: (line, words) =>
      short(60)(words) &&
      /\bcookies?\b/i.test(line) &&
      /\b(?:we\s+use|this\s+(?:site|website)\s+uses|accept|consent|privacy\s+policy|by\s+continuing)\b/i.test(line),
  },
  {
    name: "byline",
    reason: "byline",
    test: (line, words) =>
      short(14)(words) &&
      (BYLINE_LINE.test(line) ||
        /^by\s*:?$/i.test(line) ||
        isAgencyAlone(line) ||
        /^by\s+@?[\w.-]+$/i.test(line) ||
        // "(AFP) -": the agency's credit on a line of its own.
        /^\(\s*[A-Z][A-Za-z.]{1,12}\s*\)\s*[-–—:]*$/.test(line)) &&
      // "By Tuesday, officials had agreed." is a sentence, not a byline.
      !/[.!?"”]$/.test(line) &&
      !/,\s+[a-z]/.test(line),
  },
  {
    name: "contributor credit",
    // "Associated Press writers Jay Reeves and Dave Martin contributed to this report."
    reason: "byline",
    test: (line, words) =>
      short(40)(words) && /\bcontributed(?:\s+(?:to\s+this\s+report|reporting|to\s+this\s+story))\.?$/i.test(line),
  },
  {
    name: "editor sign-off",
    reason: "sign-off",
    test: (line, words) =>
      short(60)(words) &&
      (/^\(?the\s+above\s+(?:story|article|report|news)\s+(?:is|was|has\s+been)\b/i.test(line) ||
        (MATERIAL_NOTE.test(line) && /\b(?:report|story)\b/i.test(line)) ||
        /^this\s+is\s+a\s+breaking\s+news\s+(?:update|story)\b/i.test(line) ||
        EDITOR_NOTE_LINE.test(line) ||
        /^source\s+link\.?$/i.test(line) ||
        DESK_CREDIT_LINE.test(line) ||
        // "EDITED BY: JOHN DOE", "==Kyodo", "-30-", "/ENDS", "(ks/ps)": a desk's sign-off.
        (/^[^a-z]*$/.test(line) && /\b(?:EDITED|EDITING|REPORTING|WRITTEN|COMPILED|ENDS?|SUB-?EDITED)\b/.test(line)) ||
        /^(?:={2,}|-{2,}|\/)\s*\w[\w ]{0,30}(?:={2,}|-{2,}|\/)?$/.test(line) ||
        /^-\s*30\s*-$|^#{3}$/.test(line) ||
        /^[([]?\s*[A-Za-z]{1,4}(?:\s*\/\s*[A-Za-z]{1,4}){1,3}\s*[)\]]$/.test(line)),
  },
  {
    name: "wire end mark",
    reason: "wire-end-mark",
    test: (line) => /^(?:end\s?item|\(end\)|-\s*end\s*-|\/?ends)\.?$/i.test(line),
  },
  {
    name: "timestamp",
    reason: "timestamp",
    test: (line, words) =>
      short(20)(words) &&
      ((/^(?:published|updated|posted|last\s+updated|first\s+published|modified)\b\s*(?:on|at)?\s*:?\s*.*\d/i.test(
        line,
      ) &&
        short(16)(words)) ||
        /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(line) ||
        /^\d+\s+(?:min|mins|minutes?|hours?|hrs?|days?)\s+(?:read|ago)$/i.test(line) ||
        /^this\s+(?:article|story)\s+is\s+(?:more\s+than|over)\s+\w+\s+(?:years?|months?)\s+old\.?$/i.test(line) ||
        isDateLine(line)),
  },
  {
    name: "web address",
    reason: "web-address",
    test: (line, words) => short(3)(words) && /^\S*(?:https?:\/\/|www\.)\S+$/i.test(line),
  },
  {
    name: "breadcrumb",
    reason: "breadcrumb",
    test: (line, words) =>
      short(12)(words) &&
      !endsSentence(line) &&
      (/^you\s+are\s+here\b/i.test(line) ||
        /^home\s*[>»›/|]/i.test(line) ||
        /^[\w&'’ .-]{1,30}(?:\s*[>»›]\s*[\w&'’ .-]{1,30})+$/.test(line) ||
        /^(?:posted|filed|published)\s+(?:in|under)\s*:/i.test(line) ||
        /^(?:tags?|topics?|categor(?:y|ies)|sections?)\s*:/i.test(line) ||
        // "FinanceFederal Reserve": menu labels run together when the page is copied.
        (short(4)(words) && /[a-z]{3,}[A-Z][a-z]/.test(line) && !/[,;:]/.test(line))),
  },
  {
    name: "image description",
    reason: "image-alt",
    test: (line, words) =>
      short(30)(words) &&
      (IMAGE_LABEL_LINE.test(line) ||
        /^(?:representational|representative|file|stock|illustrative)\s+(?:image|photo|picture)\.?$/i.test(line)),
  },
  {
    name: "embedded post",
    // A social post shown in the page: its text ("… pic.twitter.com/…") and its footer ("— Name (@handle) date").
    reason: "page-furniture",
    test: (line, words) =>
      (short(60)(words) && /\bpic\.twitter\.com\/\w+|\bhttps?:\/\/t\.co\/\w+$/.test(line)) ||
      EMBEDDED_POST_FOOTER.test(line),
  },
  {
    name: "credited caption",
    // A whole line that is a caption: short and ending in a credit such as "(AFP)" or "(Photo: Reuters)".
    reason: "photo-caption",
    test: (line, words) =>
      short(30)(words) &&
      new RegExp(`${CREDIT_PAREN.source}\\s*$`, "i").test(line) &&
      !/["“”]/.test(line) &&
      // One caption, not a paragraph with a caption glued on (that case cuts only the caption).
      !/[.!?]["”’]?\s+[A-Z]/.test(line),
  },
  {
    name: "photo credit",
    reason: "photo-caption",
    test: (line, words) =>
      isStandaloneCredit(line, words) ||
      (short(90)(words) && PHOTO_CREDIT_AT_END.test(line) && !/["“”]/.test(line)) ||
      /^(?:courtesy(?:\s+of)?|photo(?:graph)?s?\s+by|photograph\s*:|credit\s*:)\s+\S.{0,60}$/i.test(line) ||
      /^\([^()]{1,60}\b(?:photo|photography|photos|images?|pictures?)\)$/i.test(line),
  },
  {
    name: "caption with credit after its full stop",
    // "Travelers at Hartsfield-Jackson … into the United States. VPC"
    reason: "photo-caption",
    test: (line, words) =>
      short(45)(words) &&
      /[.!?]\s+(?:VPC|AP|AFP|EPA|Getty Images|Reuters|USA TODAY)$/.test(line) &&
      !/["“”]/.test(line),
  },
  {
    name: "caption ending on its date",
    // "Ricky Breaux wades in … in Grand Isle, La., on Aug. 11, 2010": a caption ends on its date, no full stop.
    reason: "photo-caption",
    test: (line, words) =>
      short(45)(words) &&
      /,?\s+(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}$/.test(
        line,
      ) &&
      !/["“”]/.test(line),
  },
  {
    name: "teaser link",
    // Teasers that link elsewhere: "… → Learn More", "Continue reading »"
    reason: "related-link",
    test: (line) =>
      /(?:→|»|>>|\.\.\.|…)\s*(?:learn\s+more|read\s+more|full\s+bio|continue\s+reading)\s*[»›]?$/i.test(line),
  },
  {
    name: "page furniture",
    reason: "page-furniture",
    test: (line, words) =>
      short(12)(words) &&
      (/^\|/.test(line) ||
        // "© 2011 CNBC.com", "Copyright 2014 Vox Media": the page's footer.
        /^(?:©|\(c\)|copyright\b)\s*(?:\d{4}|[A-Z])/i.test(line) ||
        // "Via Engadget", "Source Adam Kramer (Facebook) The Guardian": a blog's source links, not a sentence.
        (/^(?:[Vv]ia|[Ss]ources?)\s+[A-Z]/.test(line) && !/[.!?"”]$/.test(line)) ||
        WIDGET_LABEL_LINE.test(line) ||
        (short(5)(words) && /\b(?:button|icon)\b/i.test(line) && !endsSentence(line))),
  },
];

/** The first rule a line breaks, or undefined. Bullets ("• Share") are judged without the bullet. */
export function lineRuleFor(line: string, words: number): LineRule | undefined {
  const bare = line.replace(/^[•·▪►◦*]\s*/, "");
  const bareWords = bare === line ? words : Math.max(0, words - 1);
  return LINE_RULES.find((rule) => rule.test(bare, bareWords));
}
