import { join } from 'node:path';
import type { ParsedEntry } from '../../../../electron/core/library/articles/parsed-entry';
import { upsertArticles } from '../../../../electron/core/library/articles/upsert-articles';
import { addFeed } from '../../../../electron/core/library/feeds';
import { openLibrary } from '../../../../electron/core/library/open-library';
import { createSection } from '../../../../electron/core/library/sections';
import { HOSTILE_HTML, HOSTILE_TITLE } from './hostile-article';
import { dataUrlBytes, keepPicture } from './keep-pictures';
import { CULTURE, TECH, WORLD, image, longBody, type StorySeed } from './seed-stories';

const HOUR = 3_600_000;

export const SEEDED = {
  sections: ['World', 'Technology', 'Culture'],
  firstWorldTitle: WORLD[0]!.title,
  hostileTitle: HOSTILE_TITLE,
  hostileFeed: 'Hostile Wire',
  arabicTitle: 'المدن الساحلية تضع خطة مشتركة لمواجهة ارتفاع البحر',
  hebrewTitle: 'ספריות כפריות יישארו פתוחות בזכות חוק חדש',
  japaneseTitle: '夜行列車が国境の町に帰ってきた',
  failingFeed: 'Broken Wire',
  failingError: 'HTTP 503 Service Unavailable',
} as const;

/**
 * Writes `<dataDir>/library.sqlite` with the core's own modules before the
 * preview starts: three sections, feeds in several languages, a hostile
 * article and a feed whose last refresh failed. Times are relative to now so
 * "Today" and the day headings mean what they say. The stories' lead pictures
 * are in the offline image cache, as a refresh leaves them, so lists show them
 * (their thumbnails are made by the core's catch-up once it runs).
 */
export function seedLibrary(dataDir: string, now = Date.now()): void {
  const library = openLibrary(join(dataDir, 'library.sqlite'), { skipIntegrityCheck: true });
  const db = library.db();
  try {
    const [world, tech, culture] = SEEDED.sections.map((name) => createSection(db, name, now).id);
    let age = 0;
    const leadPictures = new Map<string, { url: string; bytes: Uint8Array }>();
    const leadPicture = (prefix: string, index: number) => {
      const url = `https://images.example/${prefix}/${index}.png`;
      leadPictures.set(url, { url, bytes: dataUrlBytes(image(index + prefix.length)) });
      return url;
    };
    const feed = (title: string, sectionId: string | undefined, entries: ParsedEntry[]) => {
      const id = addFeed(
        db,
        { url: `https://feeds.example/${encodeURIComponent(title)}.xml`, title, sectionId },
        now,
      ).id;
      const { ids } = upsertArticles(db, id, entries, now);
      entries.forEach((entry, index) => {
        const picture = entry.leadImageUrl ? leadPictures.get(entry.leadImageUrl) : undefined;
        if (picture) keepPicture(db, dataDir, { articleId: ids[index]!, ...picture, mimeType: 'image/png' }, now);
      });
      return id;
    };
    const stories = (prefix: string, seeds: StorySeed[], language = 'en'): ParsedEntry[] =>
      seeds.map((seed, index) => ({
        guid: `${prefix}-${index}`,
        url: `https://news.example/${prefix}/${index}`,
        title: seed.title,
        summary: seed.summary,
        author: seed.author ?? null,
        categories: seed.categories ?? [],
        language,
        publishedAt: now - (age += 2.5) * HOUR,
        leadImageUrl: leadPicture(prefix, index),
        contentHtml: longBody(seed, index),
      }));

    feed('The Daily Courier', world, stories('courier', WORLD));
    feed('الجزيرة نت', world, [
      inScript(
        'ar',
        SEEDED.arabicTitle,
        'اتفقت اثنتا عشرة مدينة ساحلية على تبادل البيانات وفرق الهندسة لمواجهة ارتفاع منسوب البحر.',
        now - 1.2 * HOUR,
      ),
    ]);
    feed('Ars Machina', tech, stories('ars', TECH));
    feed(SEEDED.hostileFeed, tech, [
      {
        guid: 'hostile-1',
        title: HOSTILE_TITLE,
        summary: 'Revenue grew modestly in the quarter.',
        publishedAt: now - 30 * HOUR,
        contentHtml: HOSTILE_HTML,
      },
    ]);
    feed('Culture Weekly', culture, stories('culture', CULTURE));
    feed('東京だより', culture, [
      inScript(
        'ja',
        SEEDED.japaneseTitle,
        '寝台列車の本数はこの二年で三倍になり、駅の喫茶店は朝四時に開くようになった。',
        now - 3 * HOUR,
      ),
    ]);
    feed('חדשות הבוקר', world, [
      inScript(
        'he',
        SEEDED.hebrewTitle,
        'סניפים כפריים ישמרו על שעות הפתיחה שלהם לאחר הצבעה חוצת מפלגות.',
        now - 5 * HOUR,
      ),
    ]);
    const broken = feed(SEEDED.failingFeed, world, []);
    db.prepare(
      "UPDATE feed_sync SET last_attempt_at = ?, last_error = ?, last_error_cause = 'http', consecutive_failures = 3 WHERE feed_id = ?",
    ).run(now - HOUR, SEEDED.failingError, Number(broken));
  } finally {
    library.close();
  }
}

/** A short article in another script (Arabic, Hebrew, Japanese), with its language set. */
function inScript(language: string, title: string, text: string, publishedAt: number): ParsedEntry {
  return {
    guid: `${language}-1`,
    url: `https://news.example/${language}/1`,
    title,
    summary: text,
    language,
    publishedAt,
    contentHtml: `<p>${text}</p><p>${text}</p><p>${text}</p>`,
  };
}
