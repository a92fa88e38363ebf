import fc from 'fast-check';
import { MAX_DEPTH } from '../../../electron/core/fulltext/page-size';

/**
 * Hostile article pages for extractor fuzzing: HTML built from the parts real pages and hostile ones are made of
 * (boilerplate class names Readability scores, author and date markup, JSON-LD, scripts, broken nesting, entities,
 * raw-text elements, odd URLs), plus raw bytes in odd charsets. Kept small per document so a run tries many shapes.
 */
const TAGS = [
  'div',
  'p',
  'a',
  'article',
  'main',
  'section',
  'nav',
  'header',
  'footer',
  'aside',
  'span',
  'h1',
  'h2',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'pre',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'br',
  'hr',
  'time',
  'form',
  'button',
  'iframe',
  'svg',
  'math',
  'template',
  'noscript',
  'select',
  'textarea',
  'xmp',
  'plaintext',
  'title',
  'base',
  'meta',
  'body',
  'html',
  'head',
  'frameset',
  'object',
  'video',
  'picture',
  'source',
] as const;

const WORDS = [
  'article',
  'content',
  'body',
  'post',
  'story',
  'entry',
  'main',
  'comment',
  'share',
  'social',
  'related',
  'login',
  'sidebar',
  'byline',
  'author',
  'meta',
  'footer',
  'newsletter',
  'ad',
  'sponsor',
  'hidden',
  'caption',
  'hentry',
  'page',
  'text',
  'paywall',
  'subscribe',
  'breadcrumb',
  'back-to-top',
];

const URLS = [
  '/relative/path',
  '../../up',
  'https://news.example/a?b=c#d',
  'http://[::1]:80/',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  '//protocol.relative/x',
  'https://evil.example/'.padEnd(5_000, 'a'),
  'http://lejournal.example/auteur/jean-dupont/',
  'mailto:desk@news.example',
  '\u0000\u0001',
  '%zz%',
  'https://xn--nxasmq6b.example/',
];

const TEXTS = [
  'Se connecter / S’inscrire / Se déconnecter',
  'Back to top',
  'Share on Facebook',
  'Paragraph of the full story, long enough that Readability treats it as the body of an article, with commas, clauses, and detail.',
  '今日は東京で大きな会議が開かれ、多くの専門家が新しい計画について意見を述べました。',
  'أعلنت الحكومة اليوم عن خطة جديدة لتحسين النقل العام في المدن الكبرى.',
  '&amp;&lt;&gt;&quot;&#0;&#x110000;&#xD800;&nbsp;&unknown;&#99999999999;',
  ']]><![CDATA[',
  '<!-- unterminated comment',
  '<?xml version="1.0"?>',
  '\u202e\u200f\u200b\ufeff',
  '</div></div></article>',
  '<',
  '"\'><script>alert(1)</script>',
];

const JSON_LD = [
  '{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Jane Doe","url":"https://x.example/jane"},"datePublished":"2025-01-01T00:00:00Z","articleBody":"Body"}',
  '{"@graph":[{"@type":["Article"],"author":[{"name":null},"https://x.example/a"],"publisher":{"name":{}}}]}',
  '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]',
  '{"@type":"NewsArticle","datePublished":"99999-99-99","author":"' + 'a'.repeat(10_000) + '"}',
  '{"__proto__":{"polluted":true},"@type":"Article"}',
  '{ not json',
  '</script><script>',
];

const word = fc.constantFrom(...WORDS);
const attribute = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('class', 'id', 'role', 'itemprop', 'rel', 'name', 'property'),
      fc.array(word, { maxLength: 3 }),
    )
    .map(([name, values]) => `${name}="${values.join(' ')}"`),
  fc
    .tuple(
      fc.constantFrom('href', 'src', 'srcset', 'content', 'datetime', 'lang', 'dir'),
      fc.constantFrom(...URLS, 'rtl', 'ar', '2025-13-45', ''),
    )
    .map(([name, value]) => `${name}="${value}"`),
  fc.constantFrom('hidden', 'style="display:none"', 'aria-hidden="true"', "x='unterminated", 'a=b=c', '"', '=x'),
);

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** An element tree, with some closing tags left out or misplaced, as real pages have. */
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(attribute, { maxLength: 4 }),
        fc.array(tie('node'), { maxLength: 5 }),
        fc.constantFrom('close', 'close', 'close', 'open', 'wrong'),
      )
      .map(([tag, attributes, children, ending]) => {
        const open = `<${tag}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`;
        const close = ending === 'close' ? `</${tag}>` : ending === 'wrong' ? '</p></span>' : '';
        return `${open}${children.join('')}${close}`;
      }),
  ),
}));

const jsonLd = fc.constantFrom(...JSON_LD).map((json) => `<script type="application/ld+json">${json}</script>`);
const head = fc
  .array(
    fc.oneof(
      jsonLd,
      fc.constantFrom(
        '<meta name="author" content="http://lejournal.example/auteur/jean-dupont/">',
        '<meta property="og:site_name" content="The Courier">',
        '<meta property="article:published_time" content="not a date">',
        '<base href="javascript:alert(1)">',
        '<base href="https://other.example/deep/">',
        '<title>Title - Site | Section</title>',
        '<meta charset="shift_jis">',
      ),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''));

/**
 * Deep nesting, on both sides of the extractor's depth limit (page-size.ts, MAX_DEPTH): under it Readability runs
 * (its cost grows faster than the square of the depth, so this is where the slow pages are), past it the page is
 * refused right after parsing, up to the element limit.
 */
export const deepNesting = fc
  .tuple(
    fc.constantFrom('div', 'section', 'blockquote', 'span', 'table', 'a'),
    fc.oneof(fc.integer({ min: 50, max: MAX_DEPTH }), fc.integer({ min: MAX_DEPTH + 1, max: 25_000 })),
    fc.boolean(),
  )
  .map(([tag, depth, closed]) => ({ tag, depth, closed }));

export const nestedPage = ({ tag, depth, closed }: { tag: string; depth: number; closed: boolean }) =>
  `<body>${`<${tag}>`.repeat(depth)}deep text${closed ? `</${tag}>`.repeat(depth) : ''}</body>`;

/** Whole pages, from plausible to nonsense. */
export const hostilePage = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(head, fc.array(node, { maxLength: 8 }))
      .map(([h, body]) => `<!doctype html><html><head>${h}</head><body>${body.join('')}</body></html>`),
  },
  { weight: 1, arbitrary: fc.array(node, { maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: deepNesting.map(nestedPage) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
);

/** Raw bytes with the charset a server claimed, for the decoding path. */
export const hostileBytes = fc.tuple(
  fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    hostilePage.map((page) => new TextEncoder().encode(page)),
  ),
  fc.constantFrom(
    null,
    'text/html',
    'text/html; charset=utf-16le',
    'text/html; charset=shift_jis',
    'text/html; charset=x-no-such-charset',
    'text/html; charset="',
    'application/octet-stream',
  ),
);
