/** Rules travel in the backup and in their own export file. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleInput } from '../../../electron/api/rule-model';
import { createBackup } from '../../../electron/core/backup/create-backup';
import { restoreBackup } from '../../../electron/core/backup/restore-backup';
import { createRulesHandlers } from '../../../electron/core/rules/rules-handlers';
import { NOW, createFixture, type Fixture } from '../library/support/library-fixture';
import type { SyncHandlers } from './support/sync-handlers';

let source: Fixture;
let target: Fixture;
const handlersOf = (f: Fixture) =>
  createRulesHandlers(f.library, { emit: () => undefined, now: () => f.clock.now }) as SyncHandlers;
beforeEach(() => {
  source = createFixture();
  target = createFixture();
});
afterEach(() => {
  source.dispose();
  target.dispose();
});

const hide = (value: string, extra: Partial<RuleInput> = {}) => ({
  name: `Hide ${value}`,
  enabled: true,
  match: 'all' as const,
  conditions: [{ field: 'title' as const, op: 'contains' as const, value }],
  actions: [{ type: 'hide' as const }],
  ...extra,
});
const written = (rules: SyncHandlers) =>
  rules['rules.list']().map(({ name, enabled, match, conditions, actions, scope }) => ({
    name,
    enabled,
    match,
    conditions,
    actions,
    ...(scope ? { scope } : {}),
  }));

describe('rules in the backup', () => {
  it('round-trip in order, merge with the rules a library has, and restore twice without doubling', () => {
    const from = handlersOf(source);
    from['rules.save'](hide('gossip'));
    from['rules.save'](hide('football', { enabled: false, scope: { account: 'local', section: 'Sport' } }));
    from['rules.save']({
      ...hide('x'),
      name: 'Tagged',
      conditions: [{ field: 'text', op: 'matches', value: '\\bsamsung\\b', matchCase: true }],
      actions: [{ type: 'bookmark', tag: 'tech' }],
    });
    const file = join(source.dir, 'backup.bsbackup');
    const manifest = createBackup(source.library.db(), file, {
      dataDir: source.dir,
      appVersion: '1',
      settings: null,
      now: NOW,
    });
    expect(manifest.counts.rules).toBe(3);

    const to = handlersOf(target);
    to['rules.save'](hide('weather'));
    to['rules.save'](hide('gossip'));
    const first = restoreBackup(target.library.db(), file, { dataDir: target.dir, now: NOW });
    expect(first.summary.rules).toEqual({ added: 2, merged: 1 });
    expect(written(to).map((rule) => rule.name)).toEqual(['Hide weather', 'Hide gossip', 'Hide football', 'Tagged']);
    expect(written(to).slice(2)).toEqual(written(from).slice(1));
    const second = restoreBackup(target.library.db(), file, { dataDir: target.dir, now: NOW });
    expect(second.summary.rules).toEqual({ added: 0, merged: 3 });
    expect(to['rules.list']()).toHaveLength(4);
  });
});

describe('the rule export file', () => {
  it('exports every rule as written and imports them after the existing ones', () => {
    const from = handlersOf(source);
    from['rules.save'](hide('gossip'));
    from['rules.save'](hide('football', { scope: { section: 'Sport' } }));
    const text = from['rules.exportText']();
    const parsed = JSON.parse(text) as { broadsheetRules: number; rules: unknown[] };
    expect(parsed.broadsheetRules).toBe(1);
    expect(parsed.rules).toEqual(written(from));
    expect(text).not.toContain('"id"');

    const to = handlersOf(target);
    to['rules.save'](hide('weather'));
    expect(to['rules.importText'](text)).toEqual({ added: 2 });
    expect(written(to)).toEqual([written(to)[0], ...written(from)]);
  });

  it('imports all or nothing, naming the bad rule and why', () => {
    const to = handlersOf(target);
    const file = JSON.stringify({
      broadsheetRules: 1,
      rules: [hide('fine'), { ...hide('bad'), conditions: [{ field: 'title', op: 'matches', value: '(?=x)' }] }],
    });
    expect(() => to['rules.importText'](file)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENTS', message: expect.stringMatching(/^Rule 2: .*lookaround/) }),
    );
    expect(() => to['rules.importText']('{"rules": []}')).toThrow(/not a Broadsheet rule file/);
    expect(() => to['rules.importText']('not json')).toThrow(/not JSON/);
    expect(to['rules.list']()).toEqual([]);
  });
});
