/**
 * The sidebar's order, in one place for what draws it and for the keys that walk it (Alt+↓, Shift+J): each
 * account in the accounts' order (this computer first), its sections by position with their feeds, then its
 * feeds in no section. With one account this is today's sidebar: every section, then "Other feeds".
 */
import type { Feed } from '@contract/library-models';
import { LOCAL_ACCOUNT_ID } from '@contract/methods/accounts';
import type { Section } from '@contract/models';

export interface SectionEntry {
  section: Section;
  feeds: Feed[];
}

export interface AccountEntry {
  accountId: string;
  sections: SectionEntry[];
  /** Feeds in no section (or in a section the list does not hold). */
  loose: Feed[];
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/**
 * With several accounts, one entry per account in `accountOrder`, then one for any other account a section or
 * feed names, so nothing the library holds is left out. With one account (or none known yet: the list loads
 * beside the sections) a single entry holds everything, in today's order.
 */
export function sidebarLayout(
  accountOrder: readonly string[],
  sections: readonly Section[],
  feeds: readonly Feed[],
): AccountEntry[] {
  const known = new Set(sections.map((section) => section.id));
  const entry = (accountId: string, inAccount: (item: { accountId: string }) => boolean): AccountEntry => ({
    accountId,
    sections: sections
      .filter(inAccount)
      .sort(byPosition)
      .map((section) => ({ section, feeds: feeds.filter((feed) => feed.sectionId === section.id).sort(byPosition) })),
    loose: feeds
      .filter((feed) => inAccount(feed) && (feed.sectionId === null || !known.has(feed.sectionId)))
      .sort(byPosition),
  });
  if (accountOrder.length <= 1) return [entry(accountOrder[0] ?? LOCAL_ACCOUNT_ID, () => true)];
  const ids = [...accountOrder];
  for (const item of [...sections, ...feeds]) if (!ids.includes(item.accountId)) ids.push(item.accountId);
  return ids.map((accountId) => entry(accountId, (item) => item.accountId === accountId));
}

/** The sections in the sidebar's order. */
export function orderedSections(layout: readonly AccountEntry[]): Section[] {
  return layout.flatMap((account) => account.sections.map((entry) => entry.section));
}

/** The feeds in the sidebar's order: each account's sections' feeds, then its feeds in no section. */
export function orderedFeeds(layout: readonly AccountEntry[]): Feed[] {
  return layout.flatMap((account) => [...account.sections.flatMap((entry) => entry.feeds), ...account.loose]);
}
