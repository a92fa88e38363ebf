import { join } from 'node:path';
import { upsertArticles } from '../../../../electron/core/library/articles/upsert-articles';
import { addFeed } from '../../../../electron/core/library/feeds';
import { openLibrary } from '../../../../electron/core/library/open-library';
import { createSection } from '../../../../electron/core/library/sections';

const HOUR = 3_600_000;

export const STORY_GROUPS = {
  section: 'World',
  lead: 'Mongolian president arrives in Pyongyang for three-day visit',
  reprint: 'Mongolia’s leader lands in Pyongyang',
  rewrite: 'Why is Mongolia’s president in Pyongyang?',
  alone: 'Harbour strike ends after nine days',
  feeds: ['Meridian Wire', 'The Daily Courier', 'The Evening Post'],
} as const;

/**
 * Three outlets tell one event (a wire story, a newspaper's reprint of it at the wire's address, and a rewrite
 * that links the wire as its own), stored through the sync's own store step so the core groups them as it would
 * on arrival; and one story told once.
 */
export function seedStoryGroups(dataDir: string, now = Date.now()): void {
  const library = openLibrary(join(dataDir, 'library.sqlite'), { skipIntegrityCheck: true });
  const db = library.db();
  try {
    const world = createSection(db, STORY_GROUPS.section, now).id;
    const [wire, courier, post] = STORY_GROUPS.feeds.map(
      (title) =>
        addFeed(db, { url: `https://feeds.example/${encodeURIComponent(title)}.xml`, title, sectionId: world }, now).id,
    );
    const wireUrl = 'https://wire.example/2026/12/mongolia-pyongyang-visit';
    const lead = 'The president of Mongolia arrived in Pyongyang on a three-day state visit, the first in a decade.';
    upsertArticles(
      db,
      wire!,
      [{ guid: 'w1', url: wireUrl, title: STORY_GROUPS.lead, summary: lead, publishedAt: now - 5 * HOUR }],
      now,
    );
    upsertArticles(
      db,
      courier!,
      [
        { guid: 'c1', url: wireUrl, title: STORY_GROUPS.reprint, summary: lead, publishedAt: now - 4 * HOUR },
        {
          guid: 'c2',
          url: 'https://courier.example/harbour-strike',
          title: STORY_GROUPS.alone,
          summary: 'Dock workers return on Monday after a nine-day strike over shift pay.',
          publishedAt: now - 3 * HOUR,
        },
      ],
      now,
    );
    upsertArticles(
      db,
      post!,
      [{ guid: 'p1', url: wireUrl, title: STORY_GROUPS.rewrite, summary: lead, publishedAt: now - 2 * HOUR }],
      now,
    );
  } finally {
    library.close();
  }
}
