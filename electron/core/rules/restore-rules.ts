/**
 * Rules from a backup, merged into the library's: a rule the library has already (the same JSON, once its account
 * is mapped to the library's) is kept once; the others are added after the library's own, in the backup's order.
 * A rule that does not check (a hand-edited file) refuses the restore, as any record that does not parse does.
 */
import type { RuleInput } from '../../api/rule-model';
import type { Db } from '../db/sql';
import { insertRule } from '../library/tables/rules-table';
import { asWritten } from './rule-file';
import { listRules } from './rule-store';
import { checkRule } from './validate-rule';

export function restoreRules(
  db: Db,
  records: readonly unknown[],
  accountOf: (backupId: string) => string,
  now: number,
  tally: { added: number; merged: number },
): void {
  const have = new Set(listRules(db).map((rule) => JSON.stringify(checkRule(asWritten(rule)))));
  for (const record of records) {
    const rule: RuleInput = checked(record);
    const scope =
      rule.scope?.account === undefined ? rule.scope : { ...rule.scope, account: accountOf(rule.scope.account) };
    const body = JSON.stringify(checked({ ...rule, ...(scope ? { scope } : {}) }));
    if (have.has(body)) {
      tally.merged += 1;
      continue;
    }
    insertRule(db, body, now);
    have.add(body);
    tally.added += 1;
  }
}

/** A refusal here is the backup's damage, not the reader's input: a plain error, which the restore reports so. */
function checked(record: unknown) {
  try {
    return checkRule(record);
  } catch (error) {
    throw new Error(`a rule in it is not valid (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
}
