/**
 * What an empty front page says depends on why it is empty: no feeds yet,
 * feeds being fetched for the first time, offline before anything arrived,
 * or feeds that have brought nothing. "Add a feed" to a reader who has ten
 * would be wrong, and offline is expected, not an error.
 */
export interface FrontPageEmpty {
  title: string;
  hint: string;
}

export function frontPageEmpty(state: { feeds: number; online: boolean; refreshing: boolean }): FrontPageEmpty {
  if (state.feeds === 0)
    return { title: 'Nothing on the front page yet', hint: 'Add a feed and its newest stories will appear here.' };
  if (state.refreshing)
    return { title: 'Fetching your feeds…', hint: 'Their newest stories will appear here as they arrive.' };
  if (!state.online) {
    return {
      title: 'Your feeds have not been fetched yet',
      hint: 'You’re offline. Broadsheet will fetch them when the connection returns.',
    };
  }
  return {
    title: 'No stories yet',
    hint: 'Your feeds have not brought any stories yet. Refresh with R, or look in the sidebar for a feed marked with a warning.',
  };
}
