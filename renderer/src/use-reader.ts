import { useCallback, useRef, useState } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import type { Settings } from '@contract/settings-schema';
import type { ListOptions } from './article-list/ListControls';
import { useApiEvent } from './hooks/use-api-event';
import { useStoredState } from './hooks/use-stored-state';
import { isUnread, stepArticle } from './keyboard/navigation';
import { useShortcuts } from './keyboard/use-shortcuts';
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
  const searchRef = useRef<HTMLInputElement>(null);
  const readingRef = useRef<HTMLDivElement>(null);
  const setItems = useCallback((next: ArticleSummary[]) => setItemsState(next), []);
  const current = items.find((item) => item.id === openId) ?? null;

  const open = (id: string | null) => {
    if (!id) return;
    setOpenId(id);
    const article = items.find((item) => item.id === id);
    if (settings.markReadOnOpen && article && !article.isRead) actions.setRead([id], true);
  };

  // The desktop app's menu (File or app menu › Settings…, Ctrl/Cmd+,).
  useApiEvent('app.openSettings', () => setSettingsOpen(true));
  useShortcuts(
    {
      next: () => open(stepArticle(items, openId, 1)),
      previous: () => open(stepArticle(items, openId, -1)),
      nextUnread: () => open(stepArticle(items, openId, 1, isUnread)),
      previousUnread: () => open(stepArticle(items, openId, -1, isUnread)),
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
    select: (next: Selection) => {
      setSettingsOpen(false);
      setSelection(next);
    },
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
    searchRef,
    /** The open article's scrolling text, where `o` puts the focus. */
    readingRef,
    helpOpen,
    closeHelp: () => setHelpOpen(false),
    settingsOpen,
    openSettings: () => setSettingsOpen(true),
    closeSettings: () => setSettingsOpen(false),
  };
}

export type Reader = ReturnType<typeof useReader>;
