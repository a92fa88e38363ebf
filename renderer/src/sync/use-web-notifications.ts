/**
 * New-article notifications in the browser preview, through the Web
 * Notification API when the page already has permission. The desktop app
 * notifies from the main process instead (it denies the page every
 * permission), so this stays silent there. Articles a `notify` rule flagged are announced whatever the sections
 * chosen, as the desktop app does (electron/host/new-article-notifier.ts).
 */
import { chosenSectionCounts, describeNewArticles, describeRuleNotified } from '@contract/new-articles-message';
import type { SyncFinished } from '@contract/methods/sync';
import type { Settings } from '@contract/settings-schema';
import { useApiEvent } from '../hooks/use-api-event';
import { useLibraryData } from '../library/library-data';
import { useRuntime } from '../shell/runtime-info';

export function useWebNotifications(settings: Settings): void {
  const { sections } = useLibraryData();
  const runtime = useRuntime();
  const notify = (
    finished: Pick<SyncFinished, 'newArticles' | 'newBySection'> & { ruleNotified?: SyncFinished['ruleNotified'] },
  ) => {
    const { enabled, sectionIds } = settings.notifications;
    if (runtime !== 'preview' || !enabled || finished.newArticles === 0) return;
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    if (finished.ruleNotified && finished.ruleNotified.count > 0) {
      const flagged = describeRuleNotified(finished.ruleNotified);
      new Notification(flagged.title, { body: flagged.body, tag: 'broadsheet-rule-notified' });
    }
    const counts = chosenSectionCounts(
      finished.newBySection,
      sectionIds,
      new Map(sections.map((section) => [section.id, section.name])),
    );
    if (counts.length === 0) return;
    const message = describeNewArticles(counts);
    new Notification(message.title, { body: message.body, tag: 'broadsheet-new-articles' });
  };
  // New articles come from this computer's refreshes and from sync services' syncs alike.
  useApiEvent('sync.finished', notify);
  useApiEvent('accounts.synced', notify);
}
