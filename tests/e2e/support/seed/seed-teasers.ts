/**
 * A library for the reading-flow test: one section with one feed that sends teasers, whose articles live
 * on a site the test serves (`siteUrl`), so fetching the full text really downloads and extracts a page.
 * The feed is paused: the online preview's schedule must not refresh it while the test reads.
 */
import { join } from 'node:path';
import { upsertArticles } from '../../../../electron/core/library/articles/upsert-articles';
import { addFeed } from '../../../../electron/core/library/feeds';
import { openLibrary } from '../../../../electron/core/library/open-library';
import { createSection } from '../../../../electron/core/library/sections';

const HOUR = 3_600_000;

export const TEASERS = {
  section: 'Harbour',
  feed: 'Harbour Gazette',
  teaserTitle: 'The ferry line opens on Monday',
  teaserText: 'The new line will link the old docks with the island twice an hour, the harbour board said…',
  fullTextSentence: 'The first boat leaves the old docks at six in the morning',
  nextTitle: 'Lighthouse keeper retires after forty years',
  secondTeaserTitle: 'The harbour board publishes its winter timetable',
  /** The byline on the ferry story's page. */
  byline: 'Ines Duarte',
  /** A teaser whose page is only the site's sign-in bar: its full text cannot be extracted. */
  walledTitle: 'Harbour dues rise for private moorings',
} as const;

const paragraph = (n: number) =>
  `<p>${TEASERS.fullTextSentence}, and paragraph ${n} of the story goes on to say how the harbour board, the island's council and the ferry crews planned the timetable over a long winter of meetings, with fares kept at the price of a bus ticket so that schoolchildren, nurses and fishermen can all use it every day.</p>`;

/** The article's page on the site: enough text for the extractor to find and for Space to page through. */
export function teaserPage(): string {
  const body = Array.from({ length: 14 }, (_, n) => paragraph(n + 1)).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="author" content="${TEASERS.byline}"><title>${TEASERS.teaserTitle}</title></head><body><header><nav><a href="/">Harbour Gazette</a></nav></header><main><article><h1>${TEASERS.teaserTitle}</h1>${body}</article></main><footer>© Harbour Gazette</footer></body></html>`;
}

/** A page that holds only the site's chrome: what a paywalled article's page often serves. */
export function walledPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TEASERS.walledTitle}</title><meta name="author" content="https://gazette.example/people/staff"></head><body><div class="account"><a href="/login">Sign in</a> / <a href="/subscribe">Subscribe</a> / <a href="/">Harbour Gazette</a></div><div id="app"></div></body></html>`;
}

const longText = (topic: string) =>
  Array.from(
    { length: 10 },
    (_, n) =>
      `<p>${topic}: part ${n + 1}. The keeper climbed the hundred and twelve steps twice a night for forty years, trimming the wick, winding the clockwork and writing the weather in a ledger that the museum will now keep.</p>`,
  ).join('');

export function seedTeasers(dataDir: string, siteUrl: string, now = Date.now()): void {
  const library = openLibrary(join(dataDir, 'library.sqlite'), { skipIntegrityCheck: true });
  const db = library.db();
  try {
    const sectionId = createSection(db, TEASERS.section, now).id;
    const feedId = addFeed(
      db,
      { url: `${siteUrl}feed.xml`, title: TEASERS.feed, sectionId, options: { paused: true } },
      now,
    ).id;
    upsertArticles(
      db,
      feedId,
      [
        {
          guid: 'teaser',
          url: `${siteUrl}story/ferry`,
          title: TEASERS.teaserTitle,
          language: 'en',
          publishedAt: now - HOUR,
          contentHtml: `<p>${TEASERS.teaserText}</p>`,
        },
        {
          guid: 'keeper',
          url: `${siteUrl}story/keeper`,
          title: TEASERS.nextTitle,
          language: 'en',
          publishedAt: now - 2 * HOUR,
          contentHtml: longText('The keeper'),
        },
        {
          guid: 'market',
          url: `${siteUrl}story/market`,
          title: 'Fish market moves to the old docks',
          language: 'en',
          publishedAt: now - 3 * HOUR,
          contentHtml: longText('The market'),
        },
        {
          guid: 'timetable',
          url: `${siteUrl}story/timetable`,
          title: TEASERS.secondTeaserTitle,
          language: 'en',
          publishedAt: now - 4 * HOUR,
          contentHtml:
            '<p>Boats will run every forty minutes from November, with a late sailing on Fridays. <a href="/story/timetable">Read more</a></p>',
        },
        {
          guid: 'moorings',
          url: `${siteUrl}story/moorings`,
          title: TEASERS.walledTitle,
          language: 'en',
          publishedAt: now - 5 * HOUR,
          contentHtml: '<p>Owners of private moorings will pay a fifth more from April, the board said…</p>',
        },
      ],
      now,
    );
  } finally {
    library.close();
  }
}
