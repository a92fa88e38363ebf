/**
 * The words of a new-articles notification, shared by the desktop app (main
 * process) and the browser preview (Web Notification API): "5 new articles"
 * and "World 3 · Asia 2", the busiest section first.
 */
export function describeNewArticles(counts: { name: string; count: number }[]): { title: string; body: string } {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const sorted = [...counts].sort((a, b) => b.count - a.count);
  return {
    title: `${total} new ${total === 1 ? 'article' : 'articles'}`,
    body: sorted.map((entry) => `${entry.name} ${entry.count}`).join(' · '),
  };
}

/** The chosen sections' share of a run's new articles, with their names. */
export function chosenSectionCounts(
  newBySection: readonly { sectionId: string | null; newArticles: number }[],
  chosenIds: readonly string[],
  names: ReadonlyMap<string, string>,
): { name: string; count: number }[] {
  return newBySection
    .filter((entry) => entry.sectionId !== null && chosenIds.includes(entry.sectionId))
    .map((entry) => ({ name: names.get(entry.sectionId!) ?? 'A section', count: entry.newArticles }));
}

/**
 * The words of the notification for articles a `notify` rule flagged (issue 18): one article by its title and feed;
 * several by their number and the first titles.
 */
export function describeRuleNotified(notified: {
  count: number;
  articles: readonly { title: string; feedTitle: string }[];
}): { title: string; body: string } {
  const [first] = notified.articles;
  if (notified.count === 1 && first) return { title: first.title, body: first.feedTitle };
  return {
    title: `${notified.count} articles your rules asked to announce`,
    body: notified.articles
      .slice(0, 3)
      .map((article) => article.title)
      .join(' · '),
  };
}
