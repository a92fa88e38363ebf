import { useCallback, useRef, useState } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import type { Settings } from '@contract/settings-schema';
import type { ListOptions } from './article-list/ListControls';
import { useApiEvent } from './hooks/use-api-event';
import { useStoredState } from './hooks/use-stored-state';
import type { ArticleCommands } from './article/article-commands';
import { isUnread, stepArticle, stepFeed, stepSection } from './keyboard/navigation';
import { pageThrough } from './keyboard/reading-flow';
import { useShortcuts } from './keyboard/use-shortcuts';
import { useAccountList } from './accounts/accounts-data';
import { useLibraryData } from './library/library-data';
import { useArticleActions } from './library/use-article-actions';
import { DEFAULT_SELECTION, type Selection } from './library/views';

const DEFAULT_LIST_OPTIONS: ListOptions = { order: 'newest', unreadOnly: false, layout: 'cards' };

function isListOptions(value: unknown): value is ListOptions {
  const options = value as Partial<ListOptions> | null;
  return (
    typeof options === 'object' &&
    options !== null &&
    (options.order === 'newest' || options.order === 'oldest') &&
    typeof options.unreadOnly === 'boolean' &&
    (options.layout === 'compact' || options.layout === 'cards') &&
    (options.grouping === undefined || options.grouping === 'day' || options.grouping === 'section')
  );
}

/**
 * What the reader is looking at and doing: the selected view, the open
 * article, the articles the middle pane shows (for previous/next and the
 * keyboard), list options, and the shortcuts that act on them.
 */
export function useReader(settings: Settings, sync: { refresh: () => unknown } = { refresh: () => undefined }) {
  const [selection, setSelection] = useState<Selection>(DEFAULT_SELECTION);
  const [openId, setOpenId] = useState<string | null>(null);
  const [items, setItemsState] = useState<ArticleSummary[]>([]);
  const [helpOpen, setHelpOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [listOptions, setListOptions] = useStoredState('broadsheet.listOptions', DEFAULT_LIST_OPTIONS, isListOptions);
  const actions = useArticleActions();
  const library = useLibraryData();
  const accountOrder = useAccountList().map((account) => account.id);
  const searchRef = useRef<HTMLInputElement>(null);
  const readingRef = useRef<HTMLDivElement>(null);
  const articleCommands = useRef<ArticleCommands | null>(null);
  const setItems = useCallback((next: ArticleSummary[]) => setItemsState(next), []);
  const current = items.find((item) => item.id === openId) ?? null;

  const open = (id: string | null, known?: ArticleSummary) => {
    if (!id) return;
    setOpenId(id);
    const article = items.find((item) => item.id === id) ?? known;
    if (!settings.markReadOnOpen || !article) return;
    // A story is read by reading one of its sources (Settings: or only that article).
    if (article.story && settings.storyReadMarksAll) {
      const storyId = article.story.id;
      actions.markStoryRead(
        storyId,
        items.filter((item) => item.story?.id === storyId).map((item) => item.id),
        article.id,
      );
    } else if (!article.isRead) actions.setRead([id], true);
  };

  const select = (next: Selection) => {
    setSettingsOpen(false);
    setSelection(next);
  };
  const readOn = (direction: 1 | -1) => {
    const pane = readingRef.current;
    // With nothing open, Space starts the reading at the first unread.
    if (!openId || !pane) return direction === 1 ? open(stepArticle(items, openId, 1, isUnread)) : undefined;
    if (pageThrough(pane, direction) === 'at-end') open(stepArticle(items, openId, 1, isUnread));
  };
  const goTo = (kind: 'section' | 'feed', id: string | null) => id && select({ kind, id });

  // The desktop app's menu (File or app menu › Settings…, Ctrl/Cmd+,).
  useApiEvent('app.openSettings', () => setSettingsOpen(true));
  useShortcuts(
    {
      next: () => open(stepArticle(items, openId, 1)),
      previous: () => open(stepArticle(items, openId, -1)),
      nextUnread: () => open(stepArticle(items, openId, 1, isUnread)),
      previousUnread: () => open(stepArticle(items, openId, -1, isUnread)),
      scrollDown: () => readOn(1),
      scrollUp: () => readOn(-1),
      openOriginal: () => articleCommands.current?.openOriginal(),
      fetchFullText: () => articleCommands.current?.fetchFullText(),
      nextSection: () => goTo('section', stepSection(library.sections, library.feeds, selection, 1, accountOrder)),
      previousSection: () => goTo('section', stepSection(library.sections, library.feeds, selection, -1, accountOrder)),
      nextFeed: () => goTo('feed', stepFeed(library.sections, library.feeds, selection, 1, accountOrder)),
      previousFeed: () => goTo('feed', stepFeed(library.sections, library.feeds, selection, -1, accountOrder)),
      open: () => (current ? readingRef.current?.focus() : open(items[0]?.id ?? null)),
      toggleRead: () => current && actions.setRead([current.id], !current.isRead),
      toggleBookmark: () => current && actions.toggleBookmark(current),
      markAllRead: () => actions.markAllRead(selection, items),
      focusSearch: () => searchRef.current?.focus(),
      refresh: () => sync.refresh(),
      openSettings: () => setSettingsOpen(true),
      showHelp: () => setHelpOpen(true),
    },
    // The settings view has its own keys (Escape leaves it); j, k and the rest would act unseen.
    !helpOpen && !settingsOpen,
  );

  return {
    selection,
    select,
    openId,
    open,
    /** No article open (the front page shows its broadsheet again). */
    close: () => setOpenId(null),
    items,
    setItems,
    previousId: stepArticle(items, openId, -1),
    nextId: openId ? stepArticle(items, openId, 1) : null,
    listOptions,
    setListOptions,
    markReadOnScroll: settings.markReadOnScroll,
    searchRef,
    /** The open article's scrolling text, where `o` puts the focus. */
    readingRef,
    /** What the open article offers the keyboard (v, f); null while none is open. */
    articleCommands,
    helpOpen,
    closeHelp: () => setHelpOpen(false),
    settingsOpen,
    openSettings: () => setSettingsOpen(true),
    closeSettings: () => setSettingsOpen(false),
  };
}

export type Reader = ReturnType<typeof useReader>;
