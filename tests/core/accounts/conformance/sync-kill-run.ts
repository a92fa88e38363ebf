/**
 * One SIGKILL-during-a-sync run (sync-kill-cases.ts): the account on a data folder, the reader's changes between
 * rounds (read and bookmark states of the feeds they follow, queued in the outbox) and the other device's (states
 * of its own feed's items, new items anywhere), the sync child killed at a seeded point, and the checks after each
 * kill and at the end. What the reader left each key at is where it must end on both sides: the other device never
 * touches those items.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { openStore } from '../../../../electron/core/db/open-store';
import { all, type Db } from '../../../../electron/core/db/sql';
import { openLocalSide, type LocalSide } from './local-side';
import type { RemoteSide } from './remote-side';
import { runSyncChild, type ChildEnd } from './run-sync-child';
import type { KillMoment, SyncChildConfig } from './sync-kill-child';
import { outboxWishes, storedStates, storeProblems, wishKey, type ItemState } from './store-state';

/**
 * Kill points are drawn from the first requests of a sync (Google Reader: a first sync makes about 7, a later one up
 * to 12; Fever: about 6, plus one per article changed here, its calls mark one item each), half of them among the
 * first four, where the outbox is pushed; a few lie past the sync's end and let it finish.
 */
const KILL_WITHIN = 16;
const MOMENTS: readonly KillMoment[] = ['before-send', 'after-answer', 'parent'];

export class KillRun {
  /** What the reader left each changed key at, by `<remote id> <key>`: where it must end on both sides. */
  private readonly wishes = new Map<string, boolean>();
  /**
   * Items the other device added after a sync had completed (so the account had its cursor): every later sync asks
   * for what arrived since, so each must be here after the clean sync, read ones too. One missing means a cursor
   * moved past an item the app never stored (a kill between a page's answer and its transaction).
   */
  private readonly arrivedAfterCursor: string[] = [];
  private completedOnce = false;
  readonly tally = { killed: 0, completed: 0, killedAt: {} as Record<string, number> };

  private constructor(
    private readonly remote: RemoteSide,
    private readonly dir: string,
    private readonly script: string,
    private readonly accountId: string,
    /** Feed URLs the reader changes things in, and the items of the feed only the other device touches. */
    private readonly mine: readonly string[],
    private readonly theirs: { url: string; ids: string[] },
    private readonly random: () => number,
    private readonly seed: number,
  ) {}

  static async start(remote: RemoteSide, dir: string, script: string, seed: number): Promise<KillRun> {
    const mine = [await remote.addFeed('World', 'World News', 4), await remote.addFeed('Seoul', 'Korea', 4)];
    const before = new Set(await remote.itemIds());
    const url = await remote.addFeed('Wire', 'Elsewhere', 4);
    const theirs = { url, ids: (await remote.itemIds()).filter((id) => !before.has(id)) };
    // The account is added here (its credentials tested); its first sync is one of the killed ones.
    const local = openLocalSide(remote.transport, () => remote.now(), dir);
    const account = await local.accounts.add(remote.input);
    local.close();
    return new KillRun(remote, dir, script, account.id, mine, theirs, seeded(seed), seed);
  }

  /** One round: changes on both sides, then a sync killed at `kill` (by default a seeded point). */
  async round(round: number, kill?: { at: number; moment: KillMoment }): Promise<void> {
    await this.otherDevice(round);
    this.reader();
    const at = kill?.at ?? 1 + Math.floor(this.random() ** 2 * KILL_WITHIN);
    const moment = kill?.moment ?? MOMENTS[Math.floor(this.random() * MOMENTS.length)]!;
    const end = await this.sync(at, moment);
    const where = `seed ${this.seed}, round ${round}: ${moment} at request ${at}`;
    if (end.killed) {
      this.tally.killed += 1;
      this.tally.killedAt[`${moment} ${at}`] = (this.tally.killedAt[`${moment} ${at}`] ?? 0) + 1;
    } else {
      this.tally.completed += 1;
      this.completedOnce = true;
      expect(end.summary, `${where}: a sync that was not killed`).toMatchObject({ status: 'ok', error: null });
    }
    await this.checkAfterKill(where);
  }

  /**
   * The reader flips one article's read state and bookmark (a different article for each `at`); the sync is killed
   * just after the server answered request `at`, so the server may hold a change the app never heard confirmed; a
   * clean sync then sends it again. Sent again, it must leave the server as the reader left it: on a service whose
   * star call toggles (Fever's `saved` on some servers), a star sent twice blindly would be a star taken back.
   */
  async replayRound(at: number): Promise<void> {
    this.reader((local, articles) => {
      const id = articles[at % articles.length]!;
      const row = local.articles(this.accountId).find((entry) => entry.id === id)!;
      local.handlers['articles.markRead']({ kind: 'articles', ids: [id] }, !row.read);
      if (row.bookmarked) local.handlers['bookmarks.remove'](id);
      else local.handlers['bookmarks.set'](id, { note: `replayed ${at}` });
    });
    const where = `replay at request ${at}`;
    const end = await this.sync(at, 'after-answer');
    if (end.killed) {
      this.tally.killed += 1;
      this.tally.killedAt[`after-answer ${at}`] = (this.tally.killedAt[`after-answer ${at}`] ?? 0) + 1;
    } else {
      this.tally.completed += 1;
      this.completedOnce = true;
    }
    await this.checkAfterKill(`${where}, killed`);
    const again = await this.sync(0, 'before-send');
    expect(again, `${where}: the sync after the kill`).toMatchObject({ killed: false, summary: { status: 'ok' } });
    this.tally.completed += 1;
    this.completedOnce = true;
    await this.checkConverged(`${where}, sent again`);
  }

  /** A clean process syncs to completion; every change made here is on the server; a rerun has nothing to do. */
  async finish(): Promise<void> {
    const done = await this.sync(0, 'before-send');
    expect(done, `seed ${this.seed}: the clean sync`).toMatchObject({ killed: false, summary: { status: 'ok' } });
    await this.checkConverged('after the clean sync');
    const again = await this.sync(0, 'before-send');
    expect(again, `seed ${this.seed}: the rerun`).toMatchObject({
      killed: false,
      summary: { status: 'ok', pushed: 0, pulledStates: 0 },
    });
    await this.checkConverged('after the rerun');
    expect(this.status()).toBe('ok');
  }

  /** The account's status as the app shows it when it opens the data folder next. */
  status(): string | undefined {
    const local = openLocalSide(this.remote.transport, () => this.remote.now(), this.dir);
    try {
      return local.accounts.list().find((entry) => entry.id === this.accountId)?.status;
    } finally {
      local.close();
    }
  }

  private sync(at: number, moment: KillMoment): Promise<ChildEnd> {
    const config: SyncChildConfig = {
      dir: this.dir,
      accountId: this.accountId,
      password: this.remote.input.password,
      appKey: this.remote.input.appKey ?? null,
      now: this.remote.now(),
      at,
      moment,
    };
    return runSyncChild(this.script, config);
  }

  /** Another device reads and stars items of its own feed, and now and then a feed gets new items. */
  private async otherDevice(round: number): Promise<void> {
    const pick = () => this.theirs.ids[Math.floor(this.random() * this.theirs.ids.length)]!;
    if (this.random() < 0.6) await this.remote.markRead([pick()], this.random() < 0.6);
    if (this.random() < 0.4) await this.remote.star([pick()], this.random() < 0.5);
    if (round % 4 === 3) {
      const feed = Math.floor(this.random() * 3);
      const added = await this.remote.addItems(feed === 2 ? this.theirs.url : this.mine[feed]!, 2);
      if (feed === 2) this.theirs.ids.push(...added);
      if (this.completedOnce) this.arrivedAfterCursor.push(...added);
    }
  }

  /**
   * The reader marks items of the feeds they follow read or unread, bookmarks them, reads a whole section (or makes
   * the `given` changes instead).
   */
  private reader(given?: (local: LocalSide, articles: readonly string[]) => void): void {
    const local = openLocalSide(this.remote.transport, () => this.remote.now(), this.dir);
    try {
      const articles = local
        .articles(this.accountId)
        .filter((row) => this.mine.includes(row.feed))
        .map((row) => row.id);
      if (articles.length === 0) return;
      const remoteOf = new Map([...local.idsByRemote(this.accountId)].map(([remote, id]) => [id, remote]));
      if (given) given(local, articles);
      else this.randomChanges(local, articles);
      // Whatever the reader left each article of their feeds at is what both sides must end with.
      const states = storedStates(local.library.db(), this.accountId);
      for (const id of articles) {
        const state = states.get(remoteOf.get(id)!)!;
        this.wishes.set(wishKey(remoteOf.get(id)!, 'read'), state.read);
        this.wishes.set(wishKey(remoteOf.get(id)!, 'starred'), state.starred);
      }
    } finally {
      local.close();
    }
  }

  private randomChanges(local: LocalSide, articles: readonly string[]): void {
    const pick = () => articles[Math.floor(this.random() * articles.length)]!;
    const changes = 1 + Math.floor(this.random() * 4);
    for (let change = 0; change < changes; change++) {
      const roll = this.random();
      if (roll < 0.5) {
        const ids = [...new Set([pick(), pick()])];
        local.handlers['articles.markRead']({ kind: 'articles', ids }, this.random() < 0.6);
      } else if (roll < 0.9) {
        const id = pick();
        const bookmarked = local.articles(this.accountId).find((row) => row.id === id)!.bookmarked;
        if (bookmarked) local.handlers['bookmarks.remove'](id);
        else local.handlers['bookmarks.set'](id, { note: `kept ${change}` });
      } else {
        const sections = local.handlers['sections.list']() as { id: string; name: string }[];
        const korea = sections.find((section) => section.name === 'Korea');
        if (korea) local.handlers['articles.markRead']({ kind: 'section', sectionId: korea.id }, true);
      }
    }
  }

  /** The store is sound, and every change the reader made still shows here and is on the server or waiting. */
  private async checkAfterKill(where: string): Promise<void> {
    const server = await this.serverStates();
    this.withStore(where, (db) => {
      const stored = storedStates(db, this.accountId);
      const outbox = outboxWishes(db, this.accountId);
      for (const [key, value] of this.wishes) {
        const [id, state] = key.split(' ') as [string, keyof ItemState];
        expect(stored.get(id)?.[state], `${where}: ${key} here`).toBe(value);
        const kept = server.get(id)?.[state] === value || outbox.get(key) === value;
        expect(kept, `${where}: ${key} = ${value} is neither on the server nor waiting in the outbox`).toBe(true);
      }
    });
  }

  private async checkConverged(when: string): Promise<void> {
    const server = await this.serverStates();
    this.withStore(when, (db) => {
      const stored = storedStates(db, this.accountId);
      for (const [key, value] of this.wishes) {
        const [id, state] = key.split(' ') as [string, keyof ItemState];
        expect(server.get(id)?.[state], `seed ${this.seed}, ${when}: ${key} on the server`).toBe(value);
      }
      // Every article here is in the server's state; every unread or starred item the server has is here.
      for (const [id, state] of stored) expect(server.get(id), `seed ${this.seed}, ${when}: ${id}`).toEqual(state);
      for (const [id, state] of server)
        if (!state.read || state.starred)
          expect(stored.has(id), `seed ${this.seed}, ${when}: ${id} is here`).toBe(true);
      for (const id of this.arrivedAfterCursor)
        expect(stored.has(id), `seed ${this.seed}, ${when}: ${id}, added after a sync had completed, is here`).toBe(
          server.has(id),
        );
      expect(outboxWishes(db, this.accountId).size, `seed ${this.seed}, ${when}: the outbox`).toBe(0);
    });
  }

  /** Opens the data folder as the next start of the app would, checks it is sound, then runs `check` on it. */
  private withStore(where: string, check: (db: Db) => void): void {
    const store = openStore(join(this.dir, 'library.sqlite'));
    expect(store.problems, `${where}: problems opening the store`).toEqual([]);
    const db = store.db!;
    try {
      expect(all(db, 'PRAGMA integrity_check'), `${where}: integrity`).toEqual([{ integrity_check: 'ok' }]);
      expect(storeProblems(db, this.accountId), `${where}: the store`).toEqual([]);
      check(db);
    } finally {
      db.close();
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

/** A small seeded generator (LCG), so a run replays from its seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}
