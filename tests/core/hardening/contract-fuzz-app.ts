import { rmSync } from 'node:fs';
import { coreCallSpec, type CoreCallName, type EventEmitter } from '../../../electron/api/contract';
import { failure, success } from '../../../electron/api/envelope';
import { ApiError } from '../../../electron/api/errors';
import { upsertArticles } from '../../../electron/core/library/articles/upsert-articles';
import { createCoreService, type CoreService } from '../../../electron/core/service';
import { createHostHandlers } from '../../../electron/host/host-handlers';
import { memorySecretStore } from '../../support/memory-secret-store';
import { MemoryConf } from '../../../electron/host/memory-conf';
import { NoticeBoard } from '../../../electron/host/notices';
import { createRouter, type CoreCaller, type Router } from '../../../electron/host/router';
import { openSettingsService, type SettingsService } from '../../../electron/host/settings-service';
import { NOW, tempDir } from '../library/support/library-fixture';
import { DEFAULTS_OPML, fakeTimers } from '../sync/support/sync-harness';

/**
 * The app's call path without its transports: the host router (with the
 * real host handlers) in front of the real core service on a temporary
 * library, reached the way the core worker reaches it (structured clone,
 * validation again, the handler, an envelope). The library holds a section,
 * feeds, articles, a read mark and a tagged bookmark, so a call that wrote
 * anything would show in the store's fingerprint.
 */
export interface FuzzApp {
  router: Router;
  core: CoreService;
  settings: SettingsService;
  dispose(): Promise<void>;
}

export async function startFuzzApp(): Promise<FuzzApp> {
  const dir = tempDir();
  const emit: EventEmitter = () => undefined;
  const core = createCoreService({
    dataDir: dir,
    appName: 'Broadsheet',
    appVersion: '0.0.0-fuzz',
    runtime: 'preview',
    platform: process.platform,
    electronVersion: null,
    chromeVersion: null,
    emit,
    now: () => NOW,
    defaultSubscriptions: DEFAULTS_OPML,
    // The schedule never fires on its own during the fuzz.
    sync: { timers: fakeTimers() },
  });
  const caller: CoreCaller = {
    async call(method: CoreCallName, args: unknown[]) {
      try {
        const spec = coreCallSpec(method);
        if (!spec) throw new ApiError('UNKNOWN_METHOD', `The core has no method "${method}".`);
        const parsed = spec.args.safeParse(structuredClone(args));
        if (!parsed.success) throw new ApiError('INVALID_ARGUMENTS', `Invalid arguments for ${method}.`);
        const handler = core.handlers[method] as (...a: unknown[]) => unknown;
        return success(await handler(...(parsed.data as unknown[])));
      } catch (error) {
        return failure(error);
      }
    },
  };
  const notices = new NoticeBoard(emit);
  const settings = openSettingsService({ open: () => new MemoryConf(), notices, emit });
  const router = createRouter({
    host: createHostHandlers({
      settings,
      notices,
      openExternal: async () => false,
      saveExport: async (token) => ({ kind: 'download', url: `/exports/${token}` }),
      pickFile: async () => null,
      core: () => caller,
      secrets: memorySecretStore(),
      passwordStorage: { kind: 'private-file' },
    }),
    core: caller,
  });
  await seed(router, core);
  return {
    router,
    core,
    settings,
    async dispose() {
      await core.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function seed(router: Router, core: CoreService): Promise<void> {
  const ok = async (method: string, ...args: unknown[]) => {
    const envelope = await router.dispatch(method, args);
    if (!envelope.ok) throw new Error(`seeding ${method} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.value as { id: string };
  };
  // The fuzz must never reach the network; offline, no refresh starts.
  await ok('sync.setOnline', false);
  const section = await ok('sections.create', 'World');
  const feeds = [
    await ok('feeds.add', { url: 'http://127.0.0.1:9/world.xml', title: 'World', sectionId: section.id }),
    await ok('feeds.add', { url: 'http://127.0.0.1:9/tech.xml', title: 'Tech' }),
  ];
  for (const feed of feeds) {
    upsertArticles(
      core.library.db(),
      feed.id,
      Array.from({ length: 5 }, (_, i) => ({
        guid: `${feed.id}-${i}`,
        title: `Story ${i}`,
        summary: `Summary ${i}`,
        url: `http://127.0.0.1:9/${feed.id}/${i}`,
        publishedAt: NOW - i * 60_000,
        categories: ['news'],
      })),
      NOW,
    );
  }
  const page = (await ok('articles.list', { scope: { kind: 'all' }, limit: 3 })) as unknown as {
    items: { id: string }[];
  };
  const [first, second] = page.items;
  await ok('articles.markRead', { kind: 'articles', ids: [first!.id] }, true);
  await ok('bookmarks.set', second!.id, { note: 'keep me', tags: ['fuzz'] });
  await ok('settings.update', { theme: 'dark' });
}
