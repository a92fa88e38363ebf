import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleInput } from '../../../electron/api/rule-model';
import { createRulesHandlers } from '../../../electron/core/rules/rules-handlers';
import type { SyncHandlers } from './support/sync-handlers';
import { HOUR, NOW, createFixture, entries, type Fixture } from '../library/support/library-fixture';

let f: Fixture;
let rules: SyncHandlers;
beforeEach(() => {
  f = createFixture();
  rules = createRulesHandlers(f.library, { emit: () => undefined, now: () => f.clock.now }) as SyncHandlers;
});
afterEach(() => f.dispose());

const hideTitle = (value: string, name = `hide ${value}`) =>
  ({
    name,
    enabled: true,
    match: 'all',
    conditions: [{ field: 'title', op: 'contains', value }],
    actions: [{ type: 'hide' as const }],
  }) satisfies RuleInput;

describe('rules: list, save, reorder, remove', () => {
  it('a new rule runs last; saving with an id replaces it; the list is in run order', () => {
    const first = rules['rules.save'](hideTitle('one'));
    const second = rules['rules.save'](hideTitle('two'));
    expect(first).toMatchObject({ id: expect.any(String), name: 'hide one', enabled: true, position: 0 });
    expect(second.position).toBe(1);
    const edited = rules['rules.save']({ ...hideTitle('uno'), enabled: false }, first.id);
    expect(edited).toMatchObject({ id: first.id, enabled: false, position: 0 });
    expect(edited.conditions[0]!.value).toBe('uno');
    expect(rules['rules.list']().map((r) => r.name)).toEqual(['hide uno', 'hide two']);
  });

  it('reorders by naming every rule once, and refuses an order that leaves one out', () => {
    const a = rules['rules.save'](hideTitle('a'));
    const b = rules['rules.save'](hideTitle('b'));
    const c = rules['rules.save'](hideTitle('c'));
    expect(rules['rules.reorder']([c.id, a.id, b.id]).map((r) => [r.name, r.position])).toEqual([
      ['hide c', 0],
      ['hide a', 1],
      ['hide b', 2],
    ]);
    expect(() => rules['rules.reorder']([a.id, b.id])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENTS' }));
    expect(rules['rules.list']().map((r) => r.name)).toEqual(['hide c', 'hide a', 'hide b']);
  });

  it('removes a rule; an unknown id is NOT_FOUND', () => {
    const a = rules['rules.save'](hideTitle('a'));
    rules['rules.remove'](a.id);
    expect(rules['rules.list']()).toEqual([]);
    expect(() => rules['rules.remove'](a.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => rules['rules.save'](hideTitle('x'), '999')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses a pattern the engine cannot run, saying why, and stores nothing', () => {
    const bad = {
      ...hideTitle('x'),
      conditions: [{ field: 'title', op: 'matches', value: '(a)\\1' }],
    } satisfies RuleInput;
    expect(() => rules['rules.save'](bad)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENTS', message: expect.stringMatching(/backreference/) }),
    );
    expect(() => rules['rules.save']({ ...hideTitle('x'), actions: [{ type: 'tag' }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENTS', message: expect.stringContaining('needs its tag') }),
    );
    expect(rules['rules.list']()).toEqual([]);
  });
});

describe('rules.preview', () => {
  it('counts every stored article the rule matches and lists the newest, changing nothing', () => {
    const feed = f.addFeed('Wire');
    f.ingest(feed, entries(30, 'brexit', NOW));
    f.ingest(feed, entries(5, 'weather', NOW - 100 * HOUR));
    const preview = rules['rules.preview'](hideTitle('BREXIT'), 3);
    expect(preview.matches).toBe(30);
    expect(preview.recent.map((a) => a.title)).toEqual(['brexit story 0', 'brexit story 1', 'brexit story 2']);
    expect(preview.recent[0]).toMatchObject({ feedTitle: 'Wire', sortTime: new Date(NOW).toISOString() });
    expect(rules['rules.preview'](hideTitle('nothing like it'), 3)).toEqual({ matches: 0, recent: [] });
    expect((f.handlers['articles.counts']() as { unread: number }).unread).toBe(35);
  });
});
