/**
 * The rule export file: `{ "broadsheetRules": 1, "rules": [ … ] }`, each rule as written (docs/RULES.md), without
 * the library's ids and dates. Importing adds its rules after the existing ones, all or nothing: one bad rule
 * refuses the file with that rule's number and reason.
 */
import { ApiError } from '../../api/errors';
import type { Rule, RuleInput } from '../../api/rule-model';
import type { Db } from '../db/sql';
import { addRules, listRules } from './rule-store';

export const RULE_FILE_VERSION = 1;

/** A stored rule as the reader writes one (the CLI's, the backup's and the export file's shape). */
export function asWritten(rule: Rule): RuleInput {
  return {
    name: rule.name,
    enabled: rule.enabled,
    match: rule.match,
    conditions: rule.conditions,
    actions: rule.actions,
    ...(rule.scope ? { scope: rule.scope } : {}),
  };
}

export function exportRulesText(db: Db): string {
  return `${JSON.stringify({ broadsheetRules: RULE_FILE_VERSION, rules: listRules(db).map(asWritten) }, null, 2)}\n`;
}

export function importRulesText(db: Db, text: string, now: number): { added: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refused('it is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || !('broadsheetRules' in parsed) || !('rules' in parsed))
    throw refused('it has no "broadsheetRules" and "rules"');
  if (parsed.broadsheetRules !== RULE_FILE_VERSION)
    throw refused(`it is version ${String(parsed.broadsheetRules)}, and this Broadsheet reads version 1`);
  if (!Array.isArray(parsed.rules)) throw refused('its "rules" is not a list');
  return { added: addRules(db, parsed.rules as unknown[], now) };
}

function refused(why: string): ApiError {
  return new ApiError('INVALID_ARGUMENTS', `That is not a Broadsheet rule file: ${why}. Nothing was imported.`);
}
