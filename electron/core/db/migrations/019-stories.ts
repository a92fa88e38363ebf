/**
 * Issue 18, stories: articles about one event from different feeds share a story.
 *
 * - `articles.story_id`: the story an article belongs to — the id of the story's first article, on every member,
 *   the first included; NULL for a story of one (most articles). Indexed (only the non-NULL rows) so an article
 *   list counts a story's sources with one index lookup.
 * - `story_signatures`: what grouping compares a new article with, for articles stored since this version: its
 *   feed, the time it sorts by, its normalised link, its title and lead term counts, the days it names, and the
 *   story it was placed in (its own id when alone). Only recent articles matter (a story's copies arrive within about a day), so
 *   the library prunes old rows (`library/stories/`); an article's row goes with it.
 *
 * Existing libraries: nothing is rebuilt or grouped on upgrade (two ADD/CREATEs, constant time at any size); every
 * article stored before stays a story of one, and grouping starts with the first articles stored after.
 */
import type { Migration } from './migration';

export const stories: Migration = {
  version: 19,
  name: 'stories',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN story_id INTEGER;
      CREATE INDEX articles_story ON articles(story_id) WHERE story_id IS NOT NULL;
      CREATE TABLE story_signatures (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id INTEGER NOT NULL,
        feed_id INTEGER NOT NULL,
        time INTEGER NOT NULL,
        links TEXT NOT NULL,
        terms TEXT NOT NULL,
        days TEXT NOT NULL
      );
      CREATE INDEX story_signatures_time ON story_signatures(time);
    `);
  },
};
