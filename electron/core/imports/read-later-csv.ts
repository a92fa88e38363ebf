/**
 * Read-later exports as CSV (Pocket, Instapaper, Wallabag, Omnivore,
 * Raindrop and the like). Columns are found by their header, whatever their
 * order: the first header that names each field wins.
 */
import { parseCsv } from './csv';
import { parseTime, splitTags, type ImportedBookmark } from './imported-bookmark';

const COLUMNS = {
  url: ['url', 'link', 'href', 'uri', 'given_url', 'resolved_url'],
  title: ['title', 'name', 'given_title', 'resolved_title'],
  time: [
    'time_added',
    'time added',
    'created',
    'created_at',
    'created at',
    'createdat',
    'saved_at',
    'savedat',
    'date added',
    'added',
    'date',
    'timestamp',
  ],
  tags: ['tags', 'tag', 'labels', 'label'],
  folder: ['folder', 'folders', 'collection'],
  note: ['note', 'notes', 'selection', 'annotation', 'annotations', 'highlights', 'excerpt', 'description', 'comment'],
  status: ['status', 'state', 'is_archived', 'archived', 'read'],
} as const;

/** Folders that say where an item sits in the other app, not what it is about. */
const STATE_FOLDERS = new Set(['unread', 'archive', 'archived', 'home', 'inbox']);
const READ_VALUES = new Set(['archive', 'archived', 'read', '1', 'true', 'yes']);

type Field = keyof typeof COLUMNS;

export function csvColumns(header: readonly string[]): Partial<Record<Field, number>> | null {
  const names = header.map((h) => h.trim().toLowerCase());
  const found: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(COLUMNS) as Field[]) {
    for (const candidate of COLUMNS[field]) {
      const index = names.indexOf(candidate);
      if (index !== -1) {
        found[field] = index;
        break;
      }
    }
  }
  return found.url === undefined ? null : found;
}

export function parseReadLaterCsv(text: string): ImportedBookmark[] | null {
  const [header, ...rows] = parseCsv(text);
  const columns = header ? csvColumns(header) : null;
  if (!columns) return null;
  const cell = (row: string[], field: Field) =>
    columns[field] === undefined ? undefined : row[columns[field]]?.trim();
  return rows.map((row) => {
    const folder = cell(row, 'folder');
    const status = cell(row, 'status')?.toLowerCase();
    const folderTag = folder && !STATE_FOLDERS.has(folder.toLowerCase()) ? [folder] : [];
    return {
      url: cell(row, 'url') ?? '',
      title: cell(row, 'title') ?? '',
      addedAt: parseTime(cell(row, 'time')),
      tags: [...new Set([...splitTags(cell(row, 'tags')), ...folderTag])],
      note: cell(row, 'note') ?? '',
      read: (status !== undefined && READ_VALUES.has(status)) || folder?.toLowerCase() === 'archive',
    };
  });
}
