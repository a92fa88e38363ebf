/**
 * The app's side of a conformance run: a library in a temporary folder with
 * its library handlers (what the UI and `mark` call) and the account service,
 * on a clock the test moves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Account } from '../../../../electron/api/methods/accounts';
import {
  createAccountService,
  type AccountService,
  type AccountServiceOptions,
} from '../../../../electron/core/accounts/account-service';
import { createStructureHandlers } from '../../../../electron/core/accounts/structure-handlers';
import { listArticleRows, type ArticleRow } from '../../../../electron/core/library/articles/script-rows';
import { createLibraryHandlers } from '../../../../electron/core/library/library-handlers';
import { openLibrary, type Library } from '../../../../electron/core/library/open-library';
import type { HttpTransport } from '../../../../electron/core/net/http-transport';
import { all } from '../../../../electron/core/db/sql';

export interface LocalSide {
  dir: string;
  library: Library;
  /** What the UI and `mark` call: the library's handlers, with subscriptions and folders routed by account. */
  handlers: ReturnType<typeof createLibraryHandlers>;
  accounts: AccountService;
  clock: { now: number };
  articles(accountId: string): ArticleRow[];
  /** Remote id → local article id. */
  idsByRemote(accountId: string): Map<string, string>;
  sections(accountId: string): string[];
  outboxSize(accountId: string): number;
  changes: Account[][];
  close(): void;
}

/** Opens the library in `dir` (a new temporary folder by default); `close` removes the folder only if it made it. */
export function openLocalSide(
  transport: HttpTransport,
  serverNow: () => number,
  given?: string,
  /** `transport` here replaces the one above: a network that honours pinned certificates. */
  extra: Partial<Pick<AccountServiceOptions, 'isOnline' | 'transport' | 'unreadDays'>> = {},
): LocalSide {
  const dir = given ?? mkdtempSync(join(tmpdir(), 'broadsheet-accounts-'));
  const library = openLibrary(join(dir, 'library.sqlite'), { skipIntegrityCheck: true });
  // The app's clock follows the server's (the fake's crawl clock is its own), a test may move it further.
  const clock = { now: 0 };
  const now = () => Math.max(clock.now, serverNow());
  const libraryHandlers = createLibraryHandlers(library, { emit: () => undefined, now });
  const changes: Account[][] = [];
  const accounts = createAccountService({
    db: () => library.db(),
    transport: () => transport,
    now,
    onChanged: (list) => changes.push(list),
    ...extra,
    local: { refreshing: () => false, lastRefreshAt: () => null, refreshAll: () => undefined },
  });
  // As the core service composes them: an account's subscriptions and folders change on its server first.
  const handlers = {
    ...libraryHandlers,
    ...createStructureHandlers({
      db: () => library.db(),
      accounts,
      library: libraryHandlers,
      emit: () => undefined,
      now,
    }),
  };
  return {
    dir,
    library,
    handlers,
    accounts,
    clock,
    changes,
    articles: (accountId) => listArticleRows(library.db(), { account: accountId, limit: 100_000 }),
    idsByRemote: (accountId) =>
      new Map(
        all<{ id: number; remote_id: string }>(
          library.db(),
          `SELECT a.id, a.remote_id FROM articles a JOIN feeds f ON f.id = a.feed_id
           WHERE f.account_id = ? AND a.remote_id IS NOT NULL`,
          accountId,
        ).map((row) => [row.remote_id, String(row.id)]),
      ),
    sections: (accountId) =>
      all<{ name: string }>(
        library.db(),
        'SELECT name FROM sections WHERE account_id = ? ORDER BY position',
        accountId,
      ).map((row) => row.name),
    outboxSize: (accountId) =>
      all<{ n: number }>(library.db(), 'SELECT COUNT(*) AS n FROM outbox WHERE account_id = ?', accountId)[0]!.n,
    close() {
      library.close();
      if (given === undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}
