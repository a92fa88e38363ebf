/**
 * The few schema.org facts a reader needs from a page's JSON-LD: when the
 * article was published, by whom, for which publication, its headline, and
 * its body when the page carries it there (client-rendered pages often do,
 * with nothing in the HTML). Pages nest them in arrays and `@graph`s; the
 * first article-like object wins.
 */
export interface JsonLdFacts {
  jsonLdPublished: string | null;
  /** People only: an organisation as "author" is the publisher again, not a byline. */
  jsonLdAuthor: string | null;
  jsonLdPublisher: string | null;
  jsonLdHeadline: string | null;
  jsonLdArticleBody: string | null;
  /** The page says it is an article (`Article`, `NewsArticle`, `BlogPosting`…): never answer "not an article". */
  jsonLdIsArticle: boolean;
}

const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 1_000;
const ARTICLE_TYPE = /(?:Article|BlogPosting|SocialMediaPosting|Report|APIReference)$/;

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return null;
}

/** Authors that are people: `{"@type": "Organization"}` entries are left out. */
function personNames(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const people = list.filter(
    (item) => !(item && typeof item === 'object' && typesOf(item as Record<string, unknown>).includes('Organization')),
  );
  return nameOf(people);
}

/** Breadth-first over objects, bounded: JSON-LD is page data, and pages are hostile. */
function* objects(root: unknown): Generator<Record<string, unknown>> {
  const queue: unknown[] = [root];
  for (let seen = 0; queue.length > 0 && seen < MAX_NODES; seen++) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      yield record;
      if (record['@graph']) queue.push(record['@graph']);
      if (record.mainEntity) queue.push(record.mainEntity);
    }
  }
}

export function readJsonLd(scripts: readonly string[]): JsonLdFacts {
  const facts: JsonLdFacts = {
    jsonLdPublished: null,
    jsonLdAuthor: null,
    jsonLdPublisher: null,
    jsonLdHeadline: null,
    jsonLdArticleBody: null,
    jsonLdIsArticle: false,
  };
  for (const script of scripts) {
    if (script.length > MAX_SCRIPT_CHARS) continue;
    let parsed: unknown;
    try {
      // Some CMSs wrap JSON-LD in CDATA or HTML comments.
      parsed = JSON.parse(script.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    for (const node of objects(parsed)) {
      const isArticle = typesOf(node).some((type) => ARTICLE_TYPE.test(type));
      if (isArticle) facts.jsonLdIsArticle = true;
      if (typeof node.datePublished === 'string' && !facts.jsonLdPublished) facts.jsonLdPublished = node.datePublished;
      if ((isArticle || node.datePublished !== undefined) && node.author !== undefined && !facts.jsonLdAuthor)
        facts.jsonLdAuthor = personNames(node.author);
      if (node.publisher !== undefined && !facts.jsonLdPublisher) facts.jsonLdPublisher = nameOf(node.publisher);
      if (isArticle && typeof node.headline === 'string' && !facts.jsonLdHeadline)
        facts.jsonLdHeadline = node.headline.trim() || null;
      if (isArticle && typeof node.articleBody === 'string' && !facts.jsonLdArticleBody)
        facts.jsonLdArticleBody = node.articleBody.trim() || null;
    }
  }
  return facts;
}
