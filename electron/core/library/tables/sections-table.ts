/** The one writer of `sections`: the reader's named, ordered groups of feeds, each in one account. */
import { get, run, type Db } from '../../db/sql';

export interface NewSection {
  /** The account whose feeds it groups. */
  accountId: string;
  /** The service's id for the folder (label); null in the local account. */
  remoteId: string | null;
  name: string;
  /** `last` puts it after every other section. */
  position: number | 'last';
  createdAt: number;
}

/** The position after every section's. */
export function nextSectionPosition(db: Db): number {
  return get<{ next: number }>(db, 'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM sections')?.next ?? 0;
}

export function insertSection(db: Db, section: NewSection): number {
  return get<{ id: number }>(
    db,
    'INSERT INTO sections (account_id, remote_id, name, position, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
    section.accountId,
    section.remoteId,
    section.name,
    section.position === 'last' ? nextSectionPosition(db) : section.position,
    section.createdAt,
  )!.id;
}

export function renameSectionRow(db: Db, id: number, name: string): void {
  run(db, 'UPDATE sections SET name = ? WHERE id = ?', name, id);
}

/** Ties a section to the service's folder (a folder made here reached the service), or unties it. */
export function setSectionRemoteId(db: Db, id: number, remoteId: string | null): void {
  run(db, 'UPDATE sections SET remote_id = ? WHERE id = ?', remoteId, id);
}

export function setSectionPosition(db: Db, id: number, position: number): void {
  run(db, 'UPDATE sections SET position = ? WHERE id = ?', position, id);
}

/** Its feeds (and their articles) are kept, unsectioned (foreign keys set their section to null). */
export function deleteSectionRow(db: Db, id: number): void {
  run(db, 'DELETE FROM sections WHERE id = ?', id);
}

/** Removing an account: its sections (its feeds are gone already). */
export function deleteAccountSections(db: Db, accountId: string): void {
  run(db, 'DELETE FROM sections WHERE account_id = ?', accountId);
}
