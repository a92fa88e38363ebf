/**
 * Which articles the benchmark changes, and whether a side ended up with those changes. The same plan serves the
 * server's side ("another device" marks and stars before the incremental sync) and ours (the reader's clicks before
 * the push): half mark read, a tenth mark unread, a fifth star, a fifth unstar, each article changed once, picked
 * evenly over the list so every feed gets some. Deterministic, so two runs change the same articles.
 */
/** Which articles get which change. */
export interface StatePlan<T> {
  markRead: T[];
  markUnread: T[];
  star: T[];
  unstar: T[];
}

export interface HasState {
  read: boolean;
  starred: boolean;
}

const SHARES = { markRead: 0.5, markUnread: 0.1, star: 0.2, unstar: 0.2 } as const;

export function planStateChanges<T extends HasState>(articles: readonly T[], total: number): StatePlan<T> {
  const want = (share: number) => Math.round(total * share);
  const unstar = spread(
    articles.filter((article) => article.starred),
    want(SHARES.unstar),
  );
  const markUnread = spread(
    articles.filter((article) => article.read && !article.starred),
    want(SHARES.markUnread),
  );
  const unreadPlain = articles.filter((article) => !article.read && !article.starred);
  const markRead = spread(unreadPlain, want(SHARES.markRead));
  const taken = new Set(markRead);
  const star = spread(
    unreadPlain.filter((article) => !taken.has(article)),
    want(SHARES.star),
  );
  return { markRead, markUnread, star, unstar };
}

export function mapPlan<A, B>(plan: StatePlan<A>, to: (article: A) => B): StatePlan<B> {
  return {
    markRead: plan.markRead.map(to),
    markUnread: plan.markUnread.map(to),
    star: plan.star.map(to),
    unstar: plan.unstar.map(to),
  };
}

export function planEntries<T>(plan: StatePlan<T>): T[] {
  return [...plan.markRead, ...plan.markUnread, ...plan.star, ...plan.unstar];
}

export function planSize(plan: StatePlan<unknown>): number {
  return plan.markRead.length + plan.markUnread.length + plan.star.length + plan.unstar.length;
}

/** `count` elements evenly spaced over the list (all of it when it is shorter). */
export function spread<T>(list: readonly T[], count: number): T[] {
  if (count >= list.length) return [...list];
  return Array.from({ length: count }, (_, k) => list[Math.floor((k * list.length) / count)]!);
}

/** What the plan wants each changed article to be. */
export function expectedStates<T>(plan: StatePlan<T>): Map<T, { read?: boolean; starred?: boolean }> {
  const expected = new Map<T, { read?: boolean; starred?: boolean }>();
  for (const id of plan.markRead) expected.set(id, { read: true });
  for (const id of plan.markUnread) expected.set(id, { read: false });
  for (const id of plan.star) expected.set(id, { starred: true });
  for (const id of plan.unstar) expected.set(id, { starred: false });
  return expected;
}

/** How many planned changes a side shows, given its state of each planned article (undefined: it has none). */
export function changesSeen<T>(
  plan: StatePlan<T>,
  stateOf: (article: T) => HasState | undefined,
): { seen: number; of: number } {
  let seen = 0;
  const expected = expectedStates(plan);
  for (const [article, wanted] of expected) {
    const state = stateOf(article);
    if (!state) continue;
    if (wanted.read !== undefined && state.read !== wanted.read) continue;
    if (wanted.starred !== undefined && state.starred !== wanted.starred) continue;
    seen += 1;
  }
  return { seen, of: expected.size };
}
