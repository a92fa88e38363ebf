/** Sections: the reader's named, ordered groups of feeds. */
import { ApiError } from '../../api/errors';
import type { Section } from '../../api/models';
import { all, get, transaction, type Db } from '../db/sql';
import { notFound, toIdString, toRowId } from './row-ids';
import { LOCAL_ACCOUNT_ID, requireAccount } from './tables/accounts-table';
import { deleteSectionRow, insertSection, renameSectionRow, setSectionPosition } from './tables/sections-table';

interface SectionRow {
  id: number;
  account_id: string;
  name: string;
  position: number;
  feed_count: number;
  unread_count: number;
}

export function listSections(db: Db): Section[] {
  const rows = all<SectionRow>(
    db,
    `SELECT s.id, s.account_id, s.name, s.position,
            COUNT(f.id) AS feed_count, COALESCE(SUM(f.unread_count), 0) AS unread_count
     FROM sections s LEFT JOIN feeds f ON f.section_id = s.id AND f.archived = 0
     GROUP BY s.id ORDER BY s.position, s.id`,
  );
  return rows.map((row) => ({
    id: toIdString(row.id),
    accountId: row.account_id,
    name: row.name,
    position: row.position,
    feedCount: row.feed_count,
    unreadCount: row.unread_count,
  }));
}

export function getSection(db: Db, id: string): Section {
  const section = listSections(db).find((candidate) => candidate.id === id);
  if (!section) throw notFound('section', id);
  return section;
}

export function requireSection(db: Db, id: string): number {
  const rowId = toRowId(id, 'section');
  if (!get(db, 'SELECT 1 AS x FROM sections WHERE id = ?', rowId)) throw notFound('section', id);
  return rowId;
}

/** The account of a section the caller has already found (`requireSection`). */
export function sectionAccount(db: Db, rowId: number): string {
  return get<{ account_id: string }>(db, 'SELECT account_id FROM sections WHERE id = ?', rowId)!.account_id;
}

export function createSection(db: Db, name: string, now: number, accountId = LOCAL_ACCOUNT_ID): Section {
  const id = transaction(db, () =>
    toIdString(
      insertSection(db, {
        accountId: requireAccount(db, accountId),
        remoteId: null,
        name,
        position: 'last',
        createdAt: now,
      }),
    ),
  );
  return getSection(db, id);
}

export function renameSection(db: Db, id: string, name: string): Section {
  const rowId = requireSection(db, id);
  renameSectionRow(db, rowId, name);
  return getSection(db, id);
}

/** Feeds of a deleted section are kept, unsectioned: subscriptions are the reader's. */
export function deleteSection(db: Db, id: string): void {
  const rowId = requireSection(db, id);
  deleteSectionRow(db, rowId);
}

/** `ids` must name every section exactly once, in the new order. */
export function reorderSections(db: Db, ids: readonly string[]): Section[] {
  transaction(db, () => {
    const existing = all<{ id: number }>(db, 'SELECT id FROM sections').map((row) => toIdString(row.id));
    const wanted = new Set(ids);
    if (wanted.size !== ids.length || existing.length !== ids.length || existing.some((id) => !wanted.has(id))) {
      throw new ApiError('INVALID_ARGUMENTS', 'The new order must list every section exactly once.');
    }
    ids.forEach((id, position) => setSectionPosition(db, Number(id), position));
  });
  return listSections(db);
}
