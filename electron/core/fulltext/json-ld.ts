/**
 * The few schema.org facts a reader needs from a page's JSON-LD: when the
 * article was published, by whom, and for which publication. Pages nest
 * them in arrays and `@graph`s; the first article-like object wins.
 */
export interface JsonLdFacts {
  jsonLdPublished: string | null;
  jsonLdAuthor: string | null;
  jsonLdPublisher: string | null;
}

const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 1_000;

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return null;
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
  const facts: JsonLdFacts = { jsonLdPublished: null, jsonLdAuthor: null, jsonLdPublisher: null };
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
      if (typeof node.datePublished === 'string' && !facts.jsonLdPublished) facts.jsonLdPublished = node.datePublished;
      if (node.datePublished !== undefined && node.author !== undefined && !facts.jsonLdAuthor)
        facts.jsonLdAuthor = nameOf(node.author);
      if (node.publisher !== undefined && !facts.jsonLdPublisher) facts.jsonLdPublisher = nameOf(node.publisher);
    }
  }
  return facts;
}
