/** What a restore or an import did, in a sentence or two for the reader. */
import type { ImportSummary } from '@contract/methods/imports';
import type { RestoreResult } from '@contract/methods/backup';

export function describeRestore(result: RestoreResult): string {
  const { accounts, sections, feeds, bookmarks, readMarks, images } = result.summary;
  const part = (tally: { added: number; merged: number }, noun: string) =>
    `${tally.added} ${noun} added${tally.merged > 0 ? `, ${tally.merged} already here merged` : ''}`;
  const lines = [
    `Restored the backup of ${formatDate(result.createdAt)}.`,
    `${part(bookmarks, plural(bookmarks.added, 'bookmark'))}; ${part(feeds, plural(feeds.added, 'subscription'))}; ${part(sections, plural(sections.added, 'section'))}.`,
    `${readMarks} read ${plural(readMarks, 'article')} and ${images} ${plural(images, 'picture')} restored.`,
  ];
  if (accounts.added > 0) {
    lines.push(
      accounts.added === 1
        ? 'A sync account came back without its password (backups never hold one): enter it again to sync.'
        : `${accounts.added} sync accounts came back without their passwords (backups never hold them): enter them again to sync.`,
    );
  }
  if (result.settingsApplied) lines.push('Your settings were restored too.');
  return lines.join(' ');
}

export function describeImport(summary: ImportSummary): string {
  const source = summary.format === 'csv' ? 'the read-later export' : 'the bookmarks file';
  const lines = [
    `Found ${summary.found} ${plural(summary.found, 'link')} in ${source}: ${summary.added} new ${plural(summary.added, 'bookmark')}, ${summary.merged} already bookmarked.`,
  ];
  if (summary.skipped.length > 0) lines.push(`${summary.skipped.length} skipped (not web pages).`);
  if (summary.added > 0) lines.push('Their pages are fetched for reading offline after the next refresh.');
  return lines.join(' ');
}

function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${noun}s`;
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? 'an unknown date'
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
