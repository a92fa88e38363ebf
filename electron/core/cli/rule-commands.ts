/**
 * `rules add | list | remove`: a library folder's rules (issue 18), in the JSON of docs/RULES.md. `add` checks the
 * rule as the app's Settings → Rules does (a bad rule or a pattern the engine cannot run exits 1 with the reason);
 * the rule runs on articles arriving from the next sync on.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../api/errors';
import { openLibrary } from '../library/open-library';
import { listRules, removeRule, saveRule } from '../rules/rule-store';
import { LIBRARY_FILE } from '../service';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { parseArgs } from './parse-args';

export const RULES_ADD_USAGE = "rules add --data-dir <dir> --json '<rule>'";
export const RULES_LIST_USAGE = 'rules list --data-dir <dir>';
export const RULES_REMOVE_USAGE = 'rules remove --data-dir <dir> --rule <id>';
export const RULES_USAGE = `${RULES_ADD_USAGE} | ${RULES_LIST_USAGE} | ${RULES_REMOVE_USAGE}`;
export const RULES_HELP =
  'Adds a rule (JSON, as docs/RULES.md describes; it runs last, on articles that arrive from then on) and prints it with its id; lists the rules in the order they run; removes one by id (what it did to articles stays). A bad rule or a pattern the engine cannot run exits 1 with the reason.';

export function rulesFromArgv(argv: readonly string[], now: () => number = Date.now): CommandResult {
  const [action, ...rest] = argv;
  switch (action) {
    case 'add': {
      const parsed = parseArgs(rest, ['data-dir', 'json']);
      if (!parsed.ok) return usageError(parsed.error, RULES_ADD_USAGE);
      const { flags, positionals } = parsed.args;
      if (positionals.length > 0 || !flags['data-dir'] || flags.json === undefined)
        return usageError('rules add needs --data-dir and --json', RULES_ADD_USAGE);
      let input: unknown;
      try {
        input = JSON.parse(flags.json);
      } catch {
        return jsonResult(1, { ok: false, error: 'The rule is not JSON: give it as one JSON object after --json.' });
      }
      mkdirSync(flags['data-dir'], { recursive: true });
      return withLibrary(flags['data-dir'], true, (db) => ({ rule: saveRule(db, input, undefined, now()) }));
    }
    case 'list': {
      const parsed = parseArgs(rest, ['data-dir']);
      if (!parsed.ok) return usageError(parsed.error, RULES_LIST_USAGE);
      if (parsed.args.positionals.length > 0 || !parsed.args.flags['data-dir'])
        return usageError('rules list needs --data-dir', RULES_LIST_USAGE);
      return withLibrary(parsed.args.flags['data-dir'], false, (db) => ({ rules: listRules(db) }));
    }
    case 'remove': {
      const parsed = parseArgs(rest, ['data-dir', 'rule']);
      if (!parsed.ok) return usageError(parsed.error, RULES_REMOVE_USAGE);
      const { flags, positionals } = parsed.args;
      if (positionals.length > 0 || !flags['data-dir'] || !flags.rule)
        return usageError('rules remove needs --data-dir and --rule', RULES_REMOVE_USAGE);
      const id = flags.rule;
      return withLibrary(flags['data-dir'], false, (db) => (removeRule(db, id), { removed: id }));
    }
    default:
      return usageError(
        action === undefined ? 'rules needs add, list or remove' : `unknown rules action "${action}"`,
        RULES_USAGE,
      );
  }
}

function withLibrary(
  dataDir: string,
  create: boolean,
  work: (db: ReturnType<ReturnType<typeof openLibrary>['db']>) => unknown,
): CommandResult {
  const path = join(dataDir, LIBRARY_FILE);
  // A mistyped folder must not get an empty library created in it, except by `add`, which sets one up.
  if (!create && !existsSync(path)) return jsonResult(2, { ok: false, error: `no library in ${dataDir}` });
  const library = openLibrary(path, { skipIntegrityCheck: true });
  try {
    return jsonResult(0, work(library.db()));
  } catch (error) {
    // A refused rule or an unknown id is the reader's to fix (1); anything else is the command failing (2).
    if (error instanceof ApiError && (error.code === 'INVALID_ARGUMENTS' || error.code === 'NOT_FOUND'))
      return jsonResult(1, { ok: false, error: error.message });
    return jsonResult(2, { ok: false, error: error instanceof Error ? error.message : String(error) });
  } finally {
    library.close();
  }
}
