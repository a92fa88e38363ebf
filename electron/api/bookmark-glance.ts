/**
 * What a bookmarks list row shows of a bookmark: its tags and the first line
 * of its note, shortened. The core sends it with the list; the renderer
 * recomputes it when the reader edits a bookmark, so both must cut the same.
 */
export const NOTE_GLANCE_CHARS = 160;

export interface BookmarkGlance {
  tags: string[];
  note: string;
}

export function bookmarkGlance(tags: readonly string[], note: string): BookmarkGlance {
  return { tags: [...tags], note: noteGlance(note) };
}

/** The note's first non-blank line, at most NOTE_GLANCE_CHARS code points with its ellipsis. */
export function noteGlance(note: string): string {
  const line =
    note
      .split(/\r?\n/)
      .find((text) => text.trim() !== '')
      ?.trim() ?? '';
  const chars = [...line];
  return chars.length > NOTE_GLANCE_CHARS ? `${chars.slice(0, NOTE_GLANCE_CHARS - 1).join('')}…` : line;
}
