/**
 * `--name value` / `--name=value` flags and positional arguments, for the
 * commands in this folder. Deliberately tiny: a flag given twice keeps the
 * last value, and an unknown flag is an error the command reports.
 * Switches (`--unread`) take no value; they appear in `flags` as "true".
 */
export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string>;
}

export type ParseArgsResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

export function parseArgs(
  argv: readonly string[],
  known: readonly string[],
  switches: readonly string[] = [],
): ParseArgsResult {
  const positionals: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (switches.includes(name)) {
      if (eq !== -1) return { ok: false, error: `--${name} takes no value` };
      flags[name] = 'true';
      continue;
    }
    if (!known.includes(name)) return { ok: false, error: `unknown option --${name}` };
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq === -1 && value.startsWith('--')))
      return { ok: false, error: `--${name} needs a value` };
    flags[name] = value;
  }
  return { ok: true, args: { positionals, flags } };
}
