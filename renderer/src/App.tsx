/**
 * The three-pane shell: sidebar, article list, reading pane, with messages
 * above. The library data, the accounts and the runtime info are provided
 * here, once, for every pane that shows them.
 */
import { useState } from 'react';
import type { CoreStatus } from '@contract/models';
import { AccountsProvider } from './accounts/accounts-data';
import { Banners } from './shell/Banners';
import { PaneResizers } from './shell/PaneResizers';
import { RuntimeInfoProvider } from './shell/runtime-info';
import { Sidebar } from './sidebar/Sidebar';
import { useCoreStatus } from './hooks/use-core-status';
import { useNotices } from './hooks/use-notices';
import { useSettings } from './hooks/use-settings';
import { ArticleStateProvider } from './library/article-state';
import { LibraryDataProvider } from './library/library-data';
import { MiddlePane } from './MiddlePane';
import { ReadingPane } from './article/ReadingPane';
import { ShortcutsDialog } from './keyboard/ShortcutsDialog';
import { SettingsView } from './settings/SettingsView';
import { useReader } from './use-reader';
import { RuleEditingProvider, useRuleEditing } from './rules/rule-editing';
import { RuleNoticeBanner } from './rules/RuleNoticeBanner';
import { useApiEvent } from './hooks/use-api-event';
import { useSync } from './sync/use-sync';
import { useWebNotifications } from './sync/use-web-notifications';
import { useThemeSetting } from './theme/use-theme-setting';
import { isFrontPage, showsBroadsheet } from './front-page/broadsheet';
import { useEscapeToBroadsheet } from './front-page/use-escape-to-broadsheet';
import './styles/layout.css';

export function App() {
  const { status, recoveries } = useCoreStatus();
  return (
    <RuntimeInfoProvider reloadKey={recoveries}>
      <AccountsProvider reloadKey={recoveries}>
        <LibraryDataProvider reloadKey={recoveries}>
          <ArticleStateProvider>
            <RuleEditingProvider>
              <Reader status={status} recoveries={recoveries} />
            </RuleEditingProvider>
          </ArticleStateProvider>
        </LibraryDataProvider>
      </AccountsProvider>
    </RuntimeInfoProvider>
  );
}

function Reader({ status, recoveries }: { status: CoreStatus | null; recoveries: number }) {
  const { notices, dismiss } = useNotices();
  const { theme, setTheme } = useThemeSetting();
  const settings = useSettings();
  const sync = useSync(recoveries);
  useWebNotifications(settings);
  const reader = useReader(settings, { refresh: () => sync.refresh() });
  // An empty list (e.g. a feed just added) loads again when a run brings articles; a list being read keeps its place.
  const [listReloads, setListReloads] = useState(0);
  // A rule applied or undone, or hidden articles shown again: the lists and the front page load again.
  const { articlesVersion } = useRuleEditing();
  useApiEvent('sync.finished', (finished) => {
    if (finished.newArticles > 0 && reader.items.length === 0) setListReloads((n) => n + 1);
  });
  // The front page's broadsheet takes the list's and the reading pane's width while no article is open.
  const broadsheet = showsBroadsheet(reader) && !reader.settingsOpen;
  useEscapeToBroadsheet(isFrontPage(reader.selection) && reader.openId !== null && !reader.helpOpen, reader.close);

  return (
    <div className="app">
      <Banners status={status} notices={notices} onDismissNotice={dismiss} offline={!sync.online} />
      <RuleNoticeBanner />
      <div className={broadsheet ? 'panes panes--broadsheet' : 'panes'}>
        <Sidebar
          selection={reader.selection}
          onSelect={(next) => {
            // Front page, chosen again while a story is open, is the whole front page again.
            if (isFrontPage(next)) reader.close();
            reader.select(next);
          }}
          theme={theme}
          onThemeChange={setTheme}
          searchRef={reader.searchRef}
          sync={sync}
          onOpenSettings={reader.openSettings}
          openArticleSectionId={reader.items.find((item) => item.id === reader.openId)?.sectionId ?? null}
        />
        {/* Settings take the place of the list and the reading pane, which stay mounted (and keep their place) while hidden. */}
        <div className="panes__reader" hidden={reader.settingsOpen}>
          <MiddlePane reader={reader} reloadKey={`${recoveries}:${listReloads}:${articlesVersion}`} sync={sync} />
          {/* The broadsheet has nothing to read yet: no empty pane beside it (front-page.css gives it the width). */}
          {!broadsheet && (
            <ReadingPane
              openId={reader.openId}
              previousId={reader.previousId}
              nextId={reader.nextId}
              onOpen={reader.open}
              onCategory={(category) => reader.select({ kind: 'category', id: category })}
              settings={settings}
              scrollRef={reader.readingRef}
              commandsRef={reader.articleCommands}
              online={sync.online}
            />
          )}
        </div>
        {reader.settingsOpen && <SettingsView settings={settings} onClose={reader.closeSettings} />}
        {/* Last in tab order: the panes' own controls come first. */}
        {/* The list column's edge exists only in the three-pane layout: not in settings, not on the broadsheet. */}
        <PaneResizers list={!reader.settingsOpen && !broadsheet} />
      </div>
      {reader.helpOpen && <ShortcutsDialog onClose={reader.closeHelp} />}
    </div>
  );
}
