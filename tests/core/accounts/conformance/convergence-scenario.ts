/**
 * One run of the convergence property (convergence-property.ts): the server with three feeds in two folders, the
 * account added and synced, then each step done on the app and the server and applied to the model
 * (convergence-model.ts), and both sides and the outbox compared with the model after every step; at the end, with
 * the server up, a sync and one more must leave both sides equal, from their own data alone.
 */
import { expect } from 'vitest';
import type { Account } from '../../../../electron/api/methods/accounts';
import { ConvergenceModel, type LocalChange, type LocalStep, type RuleTally, type Step } from './convergence-model';
import type { LocalSide } from './local-side';
import type { RemoteSide } from './remote-side';
import { outboxWishes, storedStates, storeProblems, type ItemState } from './store-state';

/** Three feeds in two folders (sections), three items each, all unread at first. */
const FEEDS = [
  { title: 'World', folder: 'World News', section: 0 },
  { title: 'Seoul', folder: 'Korea', section: 1 },
  { title: 'Wire', folder: 'World News', section: 0 },
] as const;
const SECTIONS = ['World News', 'Korea'] as const;
const ITEMS_PER_FEED = 3;

export class Scenario {
  private constructor(
    private readonly remote: RemoteSide,
    private readonly local: LocalSide,
    private readonly account: Account,
    private readonly feeds: readonly string[],
    private readonly model: ConvergenceModel,
    private readonly onRequest: (hook: (() => void) | null) => void,
  ) {}

  static async start(
    remote: RemoteSide,
    local: LocalSide,
    tally: RuleTally,
    onRequest: (hook: (() => void) | null) => void,
  ) {
    const model = new ConvergenceModel(
      FEEDS.map((feed) => feed.section),
      tally,
    );
    const feeds: string[] = [];
    for (const [index, feed] of FEEDS.entries()) {
      const before = new Set(await remote.itemIds());
      feeds.push(await remote.addFeed(feed.title, feed.folder, ITEMS_PER_FEED));
      model.added(
        index,
        (await remote.itemIds()).filter((id) => !before.has(id)),
      );
    }
    const account = await local.accounts.add(remote.input);
    model.markAllOnServer = account.capabilities.markAllOnServer;
    const run = new Scenario(remote, local, account, feeds, model, onRequest);
    expect(await run.sync()).toMatchObject({ status: 'ok', newArticles: FEEDS.length * ITEMS_PER_FEED });
    model.sync();
    await run.check('after the first sync');
    return run;
  }

  async step(step: Step): Promise<void> {
    const { model, remote } = this;
    switch (step.do) {
      case 'read':
      case 'bookmark':
      case 'readSection':
      case 'readAll': {
        const change = model.choose(step);
        if (change === null) return;
        this.perform(change);
        return model.applyLocal(change);
      }
      case 'remoteRead':
      case 'remoteStar': {
        const ids = [...new Set(step.items.map((index) => model.serverItem(index).id))];
        if (step.do === 'remoteRead') await remote.markRead(ids, step.read);
        else await remote.star(ids, step.on);
        return model.remoteSet(
          ids,
          step.do === 'remoteRead' ? 'read' : 'starred',
          step.do === 'remoteRead' ? step.read : step.on,
        );
      }
      case 'remoteAdd': {
        const feed = step.feed % this.feeds.length;
        return model.added(feed, await remote.addItems(this.feeds[feed]!, step.count));
      }
      case 'sync':
        return this.syncStep(step.during);
      case 'down':
        await remote.down();
        model.up = false;
        return;
      case 'up':
        await remote.up();
        model.up = true;
    }
  }

  /** With the server up: a sync brings both sides together, and one more finds nothing left to do. */
  async converge(): Promise<void> {
    await this.remote.up();
    this.model.up = true;
    expect(await this.sync(), 'the last sync').toMatchObject({ status: 'ok', error: null });
    this.model.sync();
    await this.check('after the last sync');
    expect(await this.sync(), 'one more sync').toMatchObject({
      status: 'ok',
      newArticles: 0,
      pushed: 0,
      pulledStates: 0,
    });
    await this.check('after one more sync');
    // The same, from the two sides alone: every item the server has is here once, in the server's state.
    const server = await this.serverStates();
    const db = this.local.library.db();
    expect(Object.fromEntries(storedStates(db, this.account.id)), 'both sides converged').toEqual(
      Object.fromEntries(server),
    );
    expect(this.local.outboxSize(this.account.id), 'nothing waits in the outbox').toBe(0);
  }

  /** Both sides and the outbox are what the model says; the store is sound. */
  async check(when: string): Promise<void> {
    const { model } = this;
    const db = this.local.library.db();
    const here = model.items.flatMap((item) => (item.local ? [[item.id, item.local] as const] : []));
    expect(Object.fromEntries(storedStates(db, this.account.id)), `${when}: the articles here`).toEqual(
      Object.fromEntries(here),
    );
    expect(Object.fromEntries(outboxWishes(db, this.account.id)), `${when}: the outbox`).toEqual(
      Object.fromEntries([...model.wishes].map(([key, wish]) => [key, wish.value])),
    );
    expect(Object.fromEntries(await this.serverStates()), `${when}: the server`).toEqual(
      Object.fromEntries(model.items.map((item) => [item.id, item.server])),
    );
    expect(storeProblems(db, this.account.id), `${when}: the store`).toEqual([]);
  }

  /**
   * A sync; the change `during` is made as its `at`-th request goes out, after the model learnt from the store how
   * far the sync got (which taken wishes the server confirmed, which new items are stored). A sync that makes fewer
   * requests ends first; the change is then made after it.
   */
  private async syncStep(during: { change: LocalStep; at: number } | null): Promise<void> {
    const { model } = this;
    const change = during === null ? null : model.choose(during.change);
    const taken = model.beginSync();
    let requests = 0;
    let made = false;
    let failure: unknown = null;
    this.onRequest(() => {
      requests += 1;
      if (change === null || requests !== during!.at) return;
      made = true;
      try {
        const db = this.local.library.db();
        const outbox = outboxWishes(db, this.account.id);
        const stored = storedStates(db, this.account.id);
        model.progress(
          taken,
          [...taken.keys()].filter((key) => !outbox.has(key)),
          model.items.filter((item) => item.local === null && stored.has(item.id)).map((item) => item.id),
        );
        this.perform(change);
        model.applyLocal(change);
      } catch (error) {
        failure = error;
      }
    });
    const summary = await this.sync().finally(() => this.onRequest(null));
    if (failure !== null) throw failure;
    expect(requests, 'the sync sent a request').toBeGreaterThan(0);
    const ok = model.endSync(taken);
    expect(summary.status, summary.error ?? 'the sync').toBe(ok ? 'ok' : 'error');
    const late = during !== null && !made ? model.choose(during.change) : null;
    if (late !== null) {
      this.perform(late);
      model.applyLocal(late);
    }
  }

  private sync() {
    return this.local.accounts.sync(this.account.id);
  }

  /** What the reader does here, through the handlers the UI calls. */
  private perform(change: LocalChange): void {
    const { handlers } = this.local;
    const ids = this.local.idsByRemote(this.account.id);
    const localId = (remoteId: string) => {
      const id = ids.get(remoteId);
      if (id === undefined) throw new Error(`No article here for ${remoteId}.`);
      return id;
    };
    switch (change.kind) {
      case 'read':
        handlers['articles.markRead']({ kind: 'articles', ids: change.ids.map(localId) }, change.read);
        return;
      case 'bookmark':
        if (change.on) handlers['bookmarks.set'](localId(change.id), {});
        else handlers['bookmarks.remove'](localId(change.id));
        return;
      case 'readSection': {
        const sections = handlers['sections.list']() as { id: string; name: string }[];
        const section = sections.find((entry) => entry.name === SECTIONS[change.section]);
        if (!section) throw new Error(`No section ${SECTIONS[change.section]} here.`);
        handlers['articles.markRead']({ kind: 'section', sectionId: section.id }, true);
        return;
      }
      case 'readAll':
        handlers['articles.markRead']({ kind: 'all' }, true);
    }
  }

  private async serverStates(): Promise<Map<string, ItemState>> {
    const [ids, read, starred] = await Promise.all([
      this.remote.itemIds(),
      this.remote.readIds(),
      this.remote.starredIds(),
    ]);
    return new Map(ids.map((id) => [id, { read: read.has(id), starred: starred.has(id) }]));
  }
}
