/**
 * `npm run cli -- <command>`: the commands. Each is a function returning
 * `{exitCode, output}`; `runCli` picks one. entry.ts (bundled as
 * dist/cli/cli.mjs) checks the Node version, then loads this file and
 * prints what `runCli` returns.
 */
import {
  BACKUP_USAGE,
  backupFromArgv,
  IMPORT_BOOKMARKS_USAGE,
  importBookmarksFromArgv,
  RESTORE_USAGE,
  restoreFromArgv,
} from './backup-commands';
import { ACCOUNT_HELP, ACCOUNT_USAGE, accountFromArgv } from './account-commands';
import { ARTICLES_USAGE, articlesFromArgv, MARK_USAGE, markFromArgv } from './article-commands';
import { RULES_HELP, RULES_USAGE, rulesFromArgv } from './rule-commands';
import { EXPORT_USAGE, exportFromArgv } from './export-command';
import { EXTRACT_HELP, extractFromArgv, EXTRACT_USAGE } from './extract-command';
import { EXPORT_OPML_USAGE, exportOpmlFromArgv, IMPORT_OPML_USAGE, importOpmlFromArgv } from './opml-commands';
import { parseFromArgv, PARSE_USAGE } from './parse-source';
import { SYNC_USAGE, syncFromArgv } from './sync-command';
import type { CommandResult } from './command-result';

interface Command {
  usage: string;
  help: string;
  run(argv: readonly string[]): Promise<CommandResult> | CommandResult;
}

const appVersion = process.env.npm_package_version ?? '0.0.0';

export const commands: Record<string, Command> = {
  parse: {
    usage: PARSE_USAGE,
    help: 'Prints a feed (file or URL) as the normalized feed in JSON.',
    run: (argv) => parseFromArgv(argv, appVersion),
  },
  extract: {
    usage: EXTRACT_USAGE,
    help: EXTRACT_HELP,
    run: extractFromArgv,
  },
  sync: {
    usage: SYNC_USAGE,
    help: [
      'Refreshes every feed of a library folder (importing an OPML list first if given), then syncs every sync-service account (changes made here are sent first), with progress on stderr and a JSON summary ({…, "failures": [feeds], "accounts": [{id, status, newArticles, pushed, pulledStates, unreadToDownload, error}]}); like the app, it then keeps pictures offline and fetches full articles and imported bookmarks’ pages, under the settings in the folder’s config.json.',
      'Passwords come from the folder’s secrets.json (no keychain here: a file readable only by you). An account whose password is not there, or was saved by the desktop app’s keychain, which the command line cannot open, is reported "needs-password": give it with --password-stdin (stdin’s first line); --account <id> names the account, needed when several lack one (one account per run). A password given this way is saved once the server accepted it, except over one the desktop app saved, which stays sealed (give it again next time).',
      'Exits 0 when every feed and account synced or failed for a reason outside the app (a server down or refusing, a refused password, a feed’s HTTP error: the summary says which); 1 only when the app itself failed (it could not store what arrived, its own code failed; "ok": false); 2 for a usage error or when the command could not run.',
    ].join('\n'),
    run: (argv) => syncFromArgv(argv, { stderr: process.stderr, stdin: process.stdin, appVersion }),
  },
  account: {
    usage: ACCOUNT_USAGE,
    help: ACCOUNT_HELP,
    run: (argv) => accountFromArgv(argv, { stdin: process.stdin, appVersion }),
  },
  articles: {
    usage: ARTICLES_USAGE,
    help: 'Prints a library folder’s articles as JSON, newest first (default 100): id, title, url, feed (its URL), section (its name), account (its id), read, bookmarked, hidden (a rule hid it), publishedAt. A --section name matches in every account unless --account narrows it.',
    run: articlesFromArgv,
  },
  mark: {
    usage: MARK_USAGE,
    help: 'Marks one article read or unread, or bookmarks it or removes its bookmark, as a click in the app would: a change to an account’s article is queued for its server and sent by the next sync.',
    run: (argv) => markFromArgv(argv),
  },
  rules: {
    usage: RULES_USAGE,
    help: RULES_HELP,
    run: (argv) => rulesFromArgv(argv),
  },
  'import-opml': {
    usage: IMPORT_OPML_USAGE,
    help: 'Adds the subscriptions of an OPML file to a library folder.',
    run: importOpmlFromArgv,
  },
  export: {
    usage: EXPORT_USAGE,
    help: 'Writes bookmarks, a section, a search or a tag of a library folder as EPUB, HTML, Markdown, JSON, CSV or a Netscape bookmark file, with progress on stderr and a JSON summary. Markdown is one .md file for a single article with --images link, a .zip otherwise; an --out path naming another kind of file is refused (exit 2).',
    run: (argv) => exportFromArgv(argv, { stderr: process.stderr }),
  },
  'export-opml': {
    usage: EXPORT_OPML_USAGE,
    help: 'Writes a library folder’s subscriptions as OPML 2.0.',
    run: exportOpmlFromArgv,
  },
  backup: {
    usage: BACKUP_USAGE,
    help: 'Writes one backup file: subscriptions, sections, bookmarks with content and images, read state, settings.',
    run: (argv) => backupFromArgv(argv, { appVersion }),
  },
  restore: {
    usage: RESTORE_USAGE,
    help: 'Restores a backup into a library folder, merging with what is there; a damaged, foreign or newer file changes nothing (exit 1).',
    run: (argv) => restoreFromArgv(argv, { appVersion }),
  },
  'import-bookmarks': {
    usage: IMPORT_BOOKMARKS_USAGE,
    help: 'Adds the links of a browser bookmarks file or a read-later CSV export as bookmarks (pages fetched on the next refresh).',
    run: (argv) => importBookmarksFromArgv(argv, { appVersion }),
  },
};

export function helpText(name?: string): string {
  const command = name === undefined ? undefined : commands[name];
  if (command) return `Usage: npm run cli -- ${command.usage}\n\n${command.help}\n`;
  const indent = (text: string) => text.replace(/^(?=.)/gm, '      ');
  const lines = Object.values(commands).map((c) => `  ${c.usage}\n${indent(c.help)}`);
  return `Usage: npm run cli -- <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nnpm run cli -- <command> --help shows one command.\n`;
}

export async function runCli(argv: readonly string[]): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help')
    return { exitCode: name ? 0 : 2, output: helpText(rest[0]) };
  const command = commands[name];
  if (!command) return { exitCode: 2, output: `Unknown command "${name}".\n\n${helpText()}` };
  if (rest.includes('--help') || rest.includes('-h')) return { exitCode: 0, output: helpText(name) };
  return command.run(rest);
}
