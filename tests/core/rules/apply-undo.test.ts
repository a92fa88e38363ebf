/**
 * A saved rule applied to stored articles, and the one-step undo. Property-based: whatever rules are applied,
 * undone or shown again, no article is lost, no bookmark the reader made is removed, and an undo right after an
 * apply puts back exactly the state before it.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleAction, RuleInput } from '../../../electron/api/rule-model';
import { all } from '../../../electron/core/db/sql';
import { createRulesHandlers } from '../../../electron/core/rules/rules-handlers';
import { createFixture, entries, type Fixture } from '../library/support/library-fixture';
import type { SyncHandlers } from './support/sync-handlers';

let f: Fixture;
let rules: SyncHandlers;
beforeEach(() => {
  f = createFixture();
  rules = createRulesHandlers(f.library, { emit: () => undefined, now: () => f.clock.now }) as SyncHandlers;
});
afterEach(() => f.dispose());

const rule = (value: string, actions: RuleAction[]): RuleInput & { enabled: boolean } => ({
  name: value,
  enabled: true,
  match: 'all',
  conditions: [{ field: 'title', op: 'contains', value }],
  actions,
});

/** Every article's state as the reader sees it. */
function snapshot(db = f.library.db()) {
  return all<{ id: number; is_read: number; hidden_by_rule: number; rule_tags: string | null; tags: string | null }>(
    db,
    `SELECT a.id, a.is_read, a.hidden_by_rule, a.rule_tags,
       CASE WHEN b.article_id IS NULL THEN NULL
         ELSE (SELECT COALESCE(group_concat(tag, ','), '') FROM (SELECT tag FROM bookmark_tags t WHERE t.article_id = a.id ORDER BY tag)) END AS tags
     FROM articles a LEFT JOIN bookmarks b ON b.article_id = a.id ORDER BY a.id`,
  );
}

describe('rules.apply and rules.undoApply', () => {
  it('applies to the stored articles it matches, then undo restores exactly what was there', () => {
    const feed = f.addFeed('Wire');
    const ids = f.ingest(feed, [...entries(3, 'brexit'), ...entries(2, 'weather')]);
    // The reader had bookmarked one, with a tag, and read another.
    f.handlers['bookmarks.set'](ids[0]!, { tags: ['keep'] });
    f.handlers['articles.markRead']({ kind: 'articles', ids: [ids[1]!] }, true);
    const before = snapshot();
    const saved = rules['rules.save'](
      rule('brexit', [{ type: 'mark-read' }, { type: 'bookmark', tag: 'uk' }, { type: 'hide' }]),
    );
    expect(rules['rules.apply'](saved.id)).toEqual({ changed: 3 });
    const after = snapshot();
    expect(after.filter((row) => row.hidden_by_rule === 1)).toHaveLength(3);
    expect(after.find((row) => row.id === Number(ids[0]))!.tags).toBe('keep,uk');
    expect(rules['rules.undoApply']()).toEqual({ restored: 3 });
    expect(snapshot()).toEqual(before);
    // One step: nothing more to undo.
    expect(rules['rules.undoApply']()).toEqual({ restored: 0 });
  });

  it('a new apply replaces the undo record; an apply that changes nothing leaves nothing to undo', () => {
    const feed = f.addFeed('Wire');
    f.ingest(feed, [...entries(2, 'brexit'), ...entries(2, 'weather')]);
    const first = rules['rules.save'](rule('brexit', [{ type: 'hide' }]));
    const second = rules['rules.save'](rule('weather', [{ type: 'mark-read' }]));
    rules['rules.apply'](first.id);
    const afterFirst = snapshot();
    rules['rules.apply'](second.id);
    expect(rules['rules.undoApply']()).toEqual({ restored: 2 });
    expect(snapshot()).toEqual(afterFirst);
    expect(rules['rules.apply'](second.id)).toEqual({ changed: 2 });
    expect(rules['rules.apply'](second.id)).toEqual({ changed: 0 });
    expect(rules['rules.undoApply']()).toEqual({ restored: 0 });
  });

  it('applies to and undoes more articles than one statement can name', () => {
    const feed = f.addFeed('Wire');
    f.ingest(feed, entries(1_200, 'brexit'));
    const saved = rules['rules.save'](rule('brexit', [{ type: 'mark-read' }, { type: 'hide' }]));
    expect(rules['rules.apply'](saved.id)).toEqual({ changed: 1_200 });
    expect((f.handlers['articles.counts']() as { unread: number }).unread).toBe(0);
    expect(rules['rules.undoApply']()).toEqual({ restored: 1_200 });
    expect((f.handlers['articles.counts']() as { unread: number }).unread).toBe(1_200);
  });

  it('refuses to apply a rule that only notifies or skips downloads', () => {
    const saved = rules['rules.save'](rule('x', [{ type: 'notify' }]));
    expect(() => rules['rules.apply'](saved.id)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENTS' }));
  });
});

describe('a rule never loses an article (property)', () => {
  const words = ['brexit', 'storm', 'market', 'story'] as const;
  const actionArb = fc.constantFrom<RuleAction>(
    { type: 'mark-read' },
    { type: 'bookmark' },
    { type: 'bookmark', tag: 'rule' },
    { type: 'tag', tag: 'later' },
    { type: 'hide' },
  );
  const op = fc.oneof(
    fc.record({
      kind: fc.constant('apply' as const),
      word: fc.constantFrom(...words),
      actions: fc.uniqueArray(actionArb, { minLength: 1, maxLength: 3, selector: (a) => `${a.type}:${a.tag ?? ''}` }),
    }),
    fc.record({ kind: fc.constant('undo' as const) }),
    fc.record({ kind: fc.constant('unhide' as const), index: fc.nat(11) }),
    fc.record({ kind: fc.constant('bookmark' as const), index: fc.nat(11) }),
  );

  it('keeps every article and every bookmark the reader made; hide is reversible; undo restores', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
        const fixture = createFixture();
        try {
          const handlers = createRulesHandlers(fixture.library, {
            emit: () => undefined,
            now: () => fixture.clock.now,
          }) as SyncHandlers;
          const feed = fixture.addFeed('Wire');
          const ids = fixture.ingest(feed, [...entries(4, 'brexit'), ...entries(4, 'storm'), ...entries(4, 'market')]);
          const readerBookmarks = new Set<string>([ids[0]!, ids[5]!]);
          for (const id of readerBookmarks) fixture.handlers['bookmarks.set'](id, { tags: ['mine'] });
          const state = () => snapshot(fixture.library.db());
          let beforeLastApply: ReturnType<typeof snapshot> | null = null;
          for (const step of ops) {
            if (step.kind === 'apply') {
              const before = state();
              const saved = handlers['rules.save'](rule(step.word, step.actions));
              const { changed } = handlers['rules.apply'](saved.id);
              beforeLastApply = changed > 0 ? before : null;
            } else if (step.kind === 'undo') {
              handlers['rules.undoApply']();
              if (beforeLastApply) expect(state()).toEqual(beforeLastApply);
              beforeLastApply = null;
            } else if (step.kind === 'unhide') {
              handlers['rules.unhide']([ids[step.index]!]);
              beforeLastApply = null;
            } else {
              // The reader bookmarks an article that has none (one a rule bookmarked is a rule's to undo).
              const id = ids[step.index]!;
              if (state().find((row) => String(row.id) === id)!.tags === null) {
                fixture.handlers['bookmarks.set'](id, {});
                readerBookmarks.add(id);
              }
              beforeLastApply = null;
            }
            const now = state();
            expect(now.map((row) => String(row.id))).toEqual(ids);
            for (const id of readerBookmarks) expect(now.find((row) => String(row.id) === id)!.tags).not.toBeNull();
          }
          // Whatever happened, "Show again" brings every hidden article back.
          handlers['rules.unhide'](ids);
          expect(state().every((row) => row.hidden_by_rule === 0)).toBe(true);
        } finally {
          fixture.dispose();
        }
      }),
      { numRuns: 40, seed: 18 },
    );
  });
});
