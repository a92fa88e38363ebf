/**
 * The sectioned front page in one call: the latest `perSection` articles of
 * every section in the reader's order, then of feeds in no section. Each
 * section is one short walk down the (section, time) index.
 */
import type { FrontPage } from '../../../api/library-queries';
import { all, get, type Db } from '../../db/sql';
import { listSections } from '../sections';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './article-rows';

export function frontPage(db: Db, perSection: number): FrontPage {
  const latest = (clause: string, ...params: (number | null)[]) =>
    all<SummaryRow>(
      db,
      `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE ${clause} AND a.hidden_by_rule = 0 ORDER BY a.sort_time DESC, a.id DESC LIMIT ?`,
      ...params,
      perSection,
    ).map(toSummary);

  const sections: FrontPage['sections'] = listSections(db).map((section) => ({
    sectionId: section.id,
    name: section.name,
    unreadCount: section.unreadCount,
    articles: latest('a.section_id = ?', Number(section.id)),
  }));
  const loose = get<{ unread: number; feeds: number }>(
    db,
    'SELECT COALESCE(SUM(unread_count), 0) AS unread, COUNT(*) AS feeds FROM feeds WHERE section_id IS NULL AND archived = 0',
  );
  if (loose && loose.feeds > 0) {
    sections.push({
      sectionId: null,
      name: 'Other feeds',
      unreadCount: loose.unread,
      articles: latest('a.section_id IS NULL'),
    });
  }
  return { sections };
}
