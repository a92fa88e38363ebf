/**
 * Desktop notifications for new articles in the sections the reader chose
 * (settings.notifications). In the desktop app the renderer cannot ask for
 * notification permission (main denies every permission request), so the host
 * listens to the core's `sync.finished`, which says how many new articles each
 * section got, and the platform shows them. Articles a `notify` rule flagged come in the same events and are
 * announced whatever sections were chosen.
 */
import type { EventEmitter, EventName, EventPayload } from '../api/contract';
import type { Envelope } from '../api/envelope';
import type { SyncFinished } from '../api/methods/sync';
import { chosenSectionCounts, describeNewArticles, describeRuleNotified } from '../api/new-articles-message';
import type { Section } from '../api/models';
import type { Settings } from '../api/settings-schema';
import { hostLog } from './log/loggers';
import type { CoreCaller } from './router';

export interface NewArticleNotifierOptions {
  settings: () => Settings;
  core: () => CoreCaller | undefined;
  /** Shows one notification (the desktop app's native one). */
  show: (title: string, body: string) => void;
}

export interface NewArticleNotifier {
  /** Wraps an event emitter: passes every event on and notifies after a run with new articles. */
  observe(emit: EventEmitter): EventEmitter;
}

export function createNewArticleNotifier(options: NewArticleNotifierOptions): NewArticleNotifier {
  const { show } = options;
  const onFinished = async (finished: Pick<SyncFinished, 'newArticles' | 'newBySection' | 'ruleNotified'>) => {
    const { enabled, sectionIds } = options.settings().notifications;
    if (!enabled || finished.newArticles === 0) return;
    // What a `notify` rule flagged is announced whatever the sections chosen (issue 18).
    if (finished.ruleNotified && finished.ruleNotified.count > 0) {
      const flagged = describeRuleNotified(finished.ruleNotified);
      show(flagged.title, flagged.body);
    }
    if (!finished.newBySection.some((entry) => entry.sectionId !== null && sectionIds.includes(entry.sectionId)))
      return;
    const counts = chosenSectionCounts(finished.newBySection, sectionIds, await sectionNames(options.core()));
    const message = describeNewArticles(counts);
    show(message.title, message.body);
  };
  return {
    observe: (emit) => (event, payload) => {
      emit(event, payload);
      // A refresh of this computer's feeds and a sync service's sync both bring new articles.
      if (isFinished(event, payload) || isAccountSynced(event, payload))
        onFinished(payload).catch((error: unknown) =>
          hostLog.warning('A new-articles notification failed: {error}', { error }),
        );
    },
  };
}

function isAccountSynced(event: EventName, payload: unknown): payload is EventPayload<'accounts.synced'> {
  return event === 'accounts.synced' && typeof payload === 'object' && payload !== null;
}

function isFinished(event: EventName, payload: unknown): payload is EventPayload<'sync.finished'> {
  return event === 'sync.finished' && typeof payload === 'object' && payload !== null;
}

async function sectionNames(core: CoreCaller | undefined): Promise<Map<string, string>> {
  if (!core) return new Map();
  const envelope = (await core.call('sections.list', [])) as Envelope<Section[]>;
  return new Map(envelope.ok ? envelope.value.map((section) => [section.id, section.name]) : []);
}
