/**
 * An OPML import into a sync service's account: each outline is subscribed on the server, in its folder (the
 * outline's top-level folder becomes a label), two at a time at most (Inoreader counts every write against a daily
 * quota); then one sync of the account brings the feeds, folders and items the normal way. Nothing is written here
 * before that sync, so a stop half-way leaves exactly what the server confirmed: the next sync brings those.
 *
 * What the reader learns: how many the server subscribed, which it refused and why, which were skipped (the account
 * follows them already: servers refuse a second subscribe). A problem that would fail every further request (no
 * password, the server unreachable, asked to wait) stops the import; the feeds not sent yet are listed as such.
 * Offline nothing is sent at all.
 */
import { all, type Db } from '../db/sql';
import { GReaderError, GReaderRefusedError } from '../greader/errors';
import type { OpmlDocument, OpmlEntryReport, OpmlFeed, OpmlImportResult } from '../opml/types';
import { findSubscribedFeed } from './account-feeds';
import { isPermanentRefusal, isServiceError } from './service-errors';
import { accountWideProblem, offlineRefusal, serverStepError, type AccountServerSteps } from './server-steps';

/** Subscriptions sent at once: enough to overlap a slow server's answers, few enough for rate limits. */
const AT_ONCE = 2;

export async function importIntoAccount(
  db: Db,
  steps: AccountServerSteps,
  accountId: string,
  doc: OpmlDocument,
  signal?: AbortSignal,
): Promise<OpmlImportResult> {
  if (!steps.online) throw offlineRefusal(steps, 'Import the file again');
  const folders = folderNames(db, accountId);
  const sectionsBefore = new Set(folders.keys());
  const reports: OpmlEntryReport[] = new Array<OpmlEntryReport>(doc.feeds.length);
  const queue: { index: number; feed: OpmlFeed; folder: string | null }[] = [];
  doc.feeds.forEach((feed, index) => {
    const entry = { url: feed.url, title: feed.title, section: feed.section };
    if (findSubscribedFeed(db, accountId, feed.url))
      reports[index] = { ...entry, status: 'skipped', reason: 'you already follow this feed' };
    else {
      // An existing folder keeps its spelling ("world news" goes into "World News"), as local sections do.
      const folder = feed.section === null ? null : (folders.get(folderKey(feed.section)) ?? feed.section);
      queue.push({ index, feed, folder });
    }
  });

  let stopped: string | null = null;
  let firstStop: unknown = null;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const entry = { url: next.feed.url, title: next.feed.title, section: next.folder };
      if (stopped !== null) {
        reports[next.index] = { ...entry, status: 'failed', reason: `not sent: ${stopped}` };
        continue;
      }
      try {
        await steps.subscribe(next.feed.url, next.folder, signal);
        reports[next.index] = { ...entry, status: 'imported' };
      } catch (error) {
        const wide = accountWideProblem(error);
        if (wide !== null && stopped === null) {
          stopped = wide;
          firstStop = error;
        }
        if (wide === null && !(error instanceof GReaderError) && !isServiceError(error)) throw error;
        reports[next.index] = { ...entry, status: 'failed', reason: wide ?? entryRefusal(error as Error) };
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));

  const entries = reports.filter((report) => report !== undefined);
  const count = (status: OpmlEntryReport['status']) => entries.filter((entry) => entry.status === status).length;
  const imported = count('imported');
  // Nothing reached the server and nothing could: the reader gets the one reason, not a list of the same line.
  if (imported === 0 && firstStop !== null) throw serverStepError(firstStop);

  const warnings = [...doc.warnings];
  if (imported > 0 && !signal?.aborted) {
    const summary = await steps.sync();
    if (summary.error !== null)
      warnings.push(
        `${steps.accountName} subscribed to ${imported === 1 ? 'the feed' : `${imported} feeds`}, but the sync that brings ${imported === 1 ? 'it' : 'them'} failed: ${summary.error} ${imported === 1 ? 'It arrives' : 'They arrive'} with the next sync.`,
      );
  }
  // Sections are the server's folders: the ones this import made are those the sync brought that were not here.
  const sectionsAfter = folderNames(db, accountId);
  const sectionsCreated = new Set(
    entries
      .filter((entry) => entry.status === 'imported' && entry.section !== null)
      .map((entry) => folderKey(entry.section!))
      .filter((key) => sectionsAfter.has(key) && !sectionsBefore.has(key)),
  ).size;
  return {
    imported,
    skipped: doc.skipped + count('skipped'),
    invalid: doc.invalid,
    failed: count('failed'),
    sectionsCreated,
    entries: [...doc.rejected, ...entries],
    warnings,
  };
}

/** Why the server would not subscribe to this one address, for the list under the import. */
function entryRefusal(error: Error): string {
  if (error instanceof GReaderRefusedError)
    return `the server refused it (HTTP ${error.status}): it may not be a feed the server can fetch`;
  const { message } = error;
  return isPermanentRefusal(error) ? `the server refused it: ${message}` : message;
}

/** Folder names match ignoring case and surrounding space, as sections do. */
function folderKey(name: string): string {
  return name.trim().toLowerCase();
}

/** The account's sections by key, with their spelling. */
function folderNames(db: Db, accountId: string): Map<string, string> {
  const rows = all<{ name: string }>(db, 'SELECT name FROM sections WHERE account_id = ?', accountId);
  return new Map(rows.map((row) => [folderKey(row.name), row.name]));
}
