/**
 * The account commands and `sync` as a script runs them, for tests against the Google Reader API fake: stdin is
 * a string, the clock is the fake's (its items were crawled "recently", so the first sync fetches their bodies),
 * and each run comes back as exit code, parsed JSON and what went to stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { AccountSyncSummary } from '../../../../electron/core/accounts/account-service';
import { accountFromArgv } from '../../../../electron/core/cli/account-commands';
import { syncFromArgv } from '../../../../electron/core/cli/sync-command';
import { SECRETS_FILE } from '../../../../electron/core/secrets/file-secret-store';
import type { GReaderFake } from '../../../support/greader-fake/greader-fake';

export interface CliRun {
  exitCode: number;
  json: Record<string, unknown> & { error?: string };
  stderr: string;
}

export type AccountSyncEntry = AccountSyncSummary;

export const stdin = (text: string) => Readable.from([Buffer.from(text)]);

export function accountCli(dir: string, fake: () => GReaderFake) {
  const now = () => fake().store.nowMs();
  const parsed = (result: { exitCode: number; output: string }, stderr = ''): CliRun => ({
    exitCode: result.exitCode,
    json: JSON.parse(result.output) as CliRun['json'],
    stderr,
  });
  const account = async (args: string[], input = ''): Promise<CliRun> => {
    const [action, ...rest] = args;
    return parsed(await accountFromArgv([action!, '--data-dir', dir, ...rest], { stdin: stdin(input), now }));
  };
  return {
    now,
    account,
    /** Adds the fake's account (FreshRSS by default) with this password; returns the run. */
    add: (password = fake().password, ...extra: string[]) =>
      account(
        [
          'add',
          '--kind',
          'greader',
          '--service',
          fake().variant.service,
          '--url',
          fake().apiUrl,
          '--user',
          fake().user,
          '--password-stdin',
          ...extra,
        ],
        `${password}\n`,
      ),
    async sync(extra: string[] = [], input = '', isTTY = false): Promise<CliRun> {
      const chunks: string[] = [];
      const stderr = { isTTY, columns: 200, write: (text: string) => void chunks.push(text) };
      const result = await syncFromArgv(['--data-dir', dir, ...extra], { stderr, stdin: stdin(input), now });
      return parsed(result, chunks.join(''));
    },
    accountsOf: (run: CliRun) => run.json.accounts as AccountSyncEntry[],
    secretsFile: () => join(dir, SECRETS_FILE),
    /** The secrets file as stored: name → scheme, no values. */
    secretSchemes(): Record<string, string> {
      const path = join(dir, SECRETS_FILE);
      if (!existsSync(path)) return {};
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { scheme: string }>;
      return Object.fromEntries(Object.entries(stored).map(([name, entry]) => [name, entry.scheme]));
    },
  };
}
