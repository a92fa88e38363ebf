/**
 * The enabled rules, compiled, kept per connection until a rule changes (here or in another process: the stamp
 * is read from the table each time, one small query), so a sync's store steps compile them once, not once per
 * feed.
 */
import type { Db } from '../db/sql';
import { rulesStamp } from '../library/tables/rules-table';
import { compileRules, type CompiledRule } from './compile-rules';
import { listRules } from './rule-store';

const cache = new WeakMap<Db, { stamp: string; rules: CompiledRule[] }>();

export function enabledRules(db: Db): CompiledRule[] {
  const stamp = rulesStamp(db);
  const cached = cache.get(db);
  if (cached && cached.stamp === stamp) return cached.rules;
  const rules = stamp === '' ? [] : compileRules(listRules(db));
  cache.set(db, { stamp, rules });
  return rules;
}
