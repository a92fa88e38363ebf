/**
 * Rules as the contract has them: listed in run order, added (last) or replaced, removed, reordered. Each is kept
 * as the JSON the reader wrote (checked first), so the backup, the export file and the CLI see the same rule.
 */
import { ApiError } from '../../api/errors';
import { RULE_LIMITS, type Rule, type RuleInput } from '../../api/rule-model';
import { transaction, type Db } from '../db/sql';
import { notFound, toIdString, toRowId } from '../library/row-ids';
import {
  deleteRule,
  insertRule,
  listRuleRows,
  replaceRuleBody,
  setRulePosition,
  type RuleRow,
} from '../library/tables/rules-table';
import { checkRule, type CheckedRule } from './validate-rule';

export function listRules(db: Db): Rule[] {
  return listRuleRows(db).map(toRule);
}

export function getRule(db: Db, id: string): Rule {
  const rowId = toRowId(id, 'rule');
  const rule = listRules(db).find((candidate) => candidate.id === toIdString(rowId));
  if (!rule) throw notFound('rule', id);
  return rule;
}

export function saveRule(db: Db, input: RuleInput | unknown, id: string | undefined, now: number): Rule {
  const body = JSON.stringify(checkRule(input));
  return transaction(db, () => {
    if (id === undefined) {
      roomFor(db, 1);
      return getRule(db, toIdString(insertRule(db, body, now)));
    }
    if (!replaceRuleBody(db, toRowId(id, 'rule'), body, now)) throw notFound('rule', id);
    return getRule(db, id);
  });
}

/** Several rules at once, all or nothing (an import): every one is checked before any is stored. */
export function addRules(db: Db, inputs: readonly unknown[], now: number): number {
  const bodies = inputs.map((input, index) => {
    try {
      return JSON.stringify(checkRule(input));
    } catch (error) {
      if (error instanceof ApiError) throw new ApiError(error.code, `Rule ${index + 1}: ${error.message}`);
      throw error;
    }
  });
  return transaction(db, () => {
    roomFor(db, bodies.length);
    for (const body of bodies) insertRule(db, body, now);
    return bodies.length;
  });
}

export function removeRule(db: Db, id: string): void {
  if (!deleteRule(db, toRowId(id, 'rule'))) throw notFound('rule', id);
}

/** `ids` names every rule once, first to run first. */
export function reorderRules(db: Db, ids: readonly string[]): Rule[] {
  return transaction(db, () => {
    const known = listRuleRows(db).map((row) => toIdString(row.id));
    const given = new Set(ids);
    if (given.size !== ids.length || given.size !== known.length || known.some((id) => !given.has(id)))
      throw new ApiError(
        'INVALID_ARGUMENTS',
        'The new order must name every rule once; reload the rules and try again.',
      );
    ids.forEach((id, position) => setRulePosition(db, Number(id), position));
    return listRules(db);
  });
}

function roomFor(db: Db, more: number): void {
  if (listRuleRows(db).length + more > RULE_LIMITS.rules)
    throw new ApiError(
      'INVALID_ARGUMENTS',
      `A library holds at most ${RULE_LIMITS.rules} rules; remove some before adding more.`,
    );
}

function toRule(row: RuleRow, index: number): Rule {
  const body = JSON.parse(row.body) as CheckedRule;
  return {
    id: toIdString(row.id),
    name: body.name,
    enabled: body.enabled,
    match: body.match,
    conditions: body.conditions,
    actions: body.actions,
    ...(body.scope && Object.keys(body.scope).length > 0 ? { scope: body.scope } : {}),
    position: index,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
