/**
 * What counts as page furniture rather than article. Readability scores
 * blocks by text density, and dense furniture (a long "related" list, a
 * breadcrumb trail, a newsletter pitch) can win a place in the body; these
 * rules take it out first. Tables are matched word by word in class and id,
 * so `share-bar` and `article__related` match but `shared-history` does not.
 */

/** Never article, whatever it holds. */
export const ALWAYS_FURNITURE = [
  'nav',
  '[role="navigation"]',
  'button',
  'input',
  'select',
  'textarea',
  'template',
  'script',
  'style',
  'link',
  'object',
  'embed',
  'a[href="#top"]',
  'a[href="#"]',
];

/** Furniture unless it holds most of the page (ASP.NET pages wrap everything in one `<form>`). */
export const USUALLY_FURNITURE = [
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="search"]',
  '[role="dialog"]',
  'form',
  'dialog',
  '[aria-label*="breadcrumb" i]',
  '[aria-label*="share" i]',
  '[hidden]',
];

/** Furniture unless it is inside the article (an article's own header holds its title and byline). */
export const OUTSIDE_ARTICLE_SELECTORS = ['header', 'footer', 'aside', '[role="complementary"]'];

const FURNITURE_WORDS = [
  'breadcrumb',
  'breadcrumbs',
  'share',
  'shares',
  'sharing',
  'sharebar',
  'social',
  'socials',
  'related',
  'recommended',
  'recommendations',
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'promo',
  'promotion',
  'sponsor',
  'sponsored',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'adslot',
  'cookie',
  'cookies',
  'consent',
  'comments',
  'comment',
  'popular',
  'trending',
  'outbrain',
  'taboola',
  'backtotop',
  'back-to-top',
  'to-top',
  'scroll-top',
  'skip-link',
  'skiplink',
  'toolbar',
  'paywall',
  'more-stories',
  'read-more',
  'readmore',
  'most-read',
  'also-read',
  'read-also',
  'tags',
  // MediaWiki and print stylesheets mark what is not the article: "From Wikipedia, the free encyclopedia", edit links.
  'noprint',
  'no-print',
  'hide-for-print',
];
const WORD_PATTERN = new RegExp(
  `(?:^|[\\s_-])(?:${FURNITURE_WORDS.map((w) => w.replaceAll('-', '[-_]?')).join('|')})(?=$|[\\s_-])`,
  'i',
);

/** True when a class or id names furniture (`c-share-bar`, `related_links`, `newsletterBox` → no, camelCase is one word). */
export function namesFurniture(classOrId: string): boolean {
  return WORD_PATTERN.test(classOrId);
}

/** Link and button texts of "go back up" controls. */
const BACK_TO_TOP =
  /^(?:[↑⬆▲^]\s*)?(?:back to top|top of page|to top|top|scroll to top|return to top|go to top|back to the top|retour en haut|nach oben|맨 위로|トップへ戻る)(?:\s*[↑⬆▲^])?$/i;

export function isBackToTop(text: string): boolean {
  return BACK_TO_TOP.test(text.replace(/\s+/g, ' ').trim());
}

/** Headings that introduce a list of other stories rather than the story. */
const RELATED_HEADING =
  /^(?:related(?: stories| articles| coverage| content| topics)?|more (?:stories|on this story|from [\w\s]+|news)|read (?:more|next|also)|you (?:may|might) also like|most (?:read|popular|viewed)|recommended(?: for you)?|top stories|latest news|share this(?: article| story)?|sign up for (?:our|the) newsletter)\s*:?$/i;

export function isRelatedHeading(text: string): boolean {
  return RELATED_HEADING.test(text.replace(/\s+/g, ' ').trim());
}

/** Where account, subscription and newsletter links go, in several languages' URL words. */
const ACCOUNT_HREF =
  /(?:^|[/?#=._-])(?:subscribe|subscription|sign-?in|sign-?up|log-?in|register|account|newsletters?|abonnement|abonnieren|connexion|inscription|anmelden|suscri(?:be|pcion)|assine|abbonati|member(?:ship)?)(?:$|[/?#=._-])/i;

/** True for a link to logging in, registering, subscribing or a newsletter: chrome whatever its text says. */
export function isAccountLink(href: string | null): boolean {
  return href !== null && ACCOUNT_HREF.test(href);
}

/** A form that signs a reader up (an e-mail field, or an action that says so). */
export const SIGNUP_FORM = 'form:has(input[type="email"]), form[action*="newsletter" i], form[action*="subscribe" i]';
