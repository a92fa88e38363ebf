/**
 * `account add --kind miniflux`: Miniflux's own REST API, signed in with an API key (`--token-stdin`: the key is
 * stdin's first line, never an argument other users could see) or a user name and password (`--user` and
 * `--password-stdin`). The key is stored where a password is (`secrets.json`); with a key, the server names the
 * user. Returns the checked input, or the usage error to print.
 */
import { AddAccountInputSchema, type AddAccountInput } from '../../api/methods/accounts';
import { readLines, type SecretInput } from './read-stdin';

export type MinifluxArgs = { ok: true; input: AddAccountInput } | { ok: false; error: string };

export async function minifluxAccountInput(flags: Record<string, string>, stdin: SecretInput): Promise<MinifluxArgs> {
  const fail = (error: string): MinifluxArgs => ({ ok: false, error });
  if (flags.service !== undefined && flags.service !== 'miniflux-api')
    return fail('--service is for --kind greader (Miniflux’s Google Reader API: --kind greader --service miniflux)');
  if (flags['app-id'] !== undefined) return fail('--app-id is for Inoreader (--kind greader --service inoreader)');
  if (flags.url === undefined)
    return fail('account add --kind miniflux needs --url (the address you open Miniflux at)');
  const token = flags['token-stdin'] === 'true';
  const password = flags['password-stdin'] === 'true';
  if (token === password)
    return fail('account add --kind miniflux needs --token-stdin (an API key) or --user with --password-stdin');
  if (token && flags.user !== undefined)
    return fail('--user goes with --password-stdin; with --token-stdin the server names the user');
  if (password && !flags.user) return fail('account add needs --user');

  const [secret] = await readLines(stdin, 1);
  if (!secret)
    return fail(
      token ? 'no API key on stdin: its first line is the key' : 'no password on stdin: its first line is the password',
    );
  const input = AddAccountInputSchema.safeParse({
    kind: 'miniflux',
    auth: token ? 'token' : 'password',
    url: flags.url,
    password: secret,
    ...(password ? { user: flags.user } : {}),
    ...(flags.name === undefined ? {} : { name: flags.name }),
    ...(flags['allow-http'] === 'true' ? { allowHttp: true } : {}),
    ...(flags['pin-sha256'] === undefined ? {} : { pinnedFingerprint: flags['pin-sha256'] }),
  });
  if (input.success) return { ok: true, input: input.data };
  const issue = input.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  const option =
    field === 'password'
      ? token
        ? 'the API key'
        : 'the password'
      : field === 'pinnedFingerprint'
        ? '--pin-sha256'
        : `--${field}`;
  return fail(`${option} is not acceptable: ${issue.message}`);
}
