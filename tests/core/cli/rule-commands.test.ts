import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rule } from '../../../electron/api/rule-model';
import { articlesFromArgv } from '../../../electron/core/cli/article-commands';
import { rulesFromArgv } from '../../../electron/core/cli/rule-commands';
import type { ArticleRow } from '../../../electron/core/library/articles/script-rows';
import { upsertArticles } from '../../../electron/core/library/articles/upsert-articles';
import { createLibraryHandlers } from '../../../electron/core/library/library-handlers';
import { openLibrary } from '../../../electron/core/library/open-library';
import { applyRule } from '../../../electron/core/rules/apply-rule';
import { saveRule } from '../../../electron/core/rules/rule-store';
import { createFixture, entries, type Fixture } from '../library/support/library-fixture';

let fixture: Fixture;
beforeEach(() => {
  fixture = createFixture();
  fixture.library.close();
});
afterEach(() => fixture.dispose());

const rules = (...argv: string[]) => {
  const [action, ...rest] = argv;
  const result = rulesFromArgv([action!, '--data-dir', fixture.dir, ...rest], () => fixture.clock.now);
  return { exitCode: result.exitCode, json: JSON.parse(result.output) as Record<string, unknown> };
};

const hideSport = JSON.stringify({
  name: 'No sport',
  match: 'any',
  conditions: [
    { field: 'category', op: 'contains', value: 'sport' },
    { field: 'title', op: 'matches', value: '\\b(football|cricket)\\b' },
  ],
  actions: [{ type: 'hide' }],
});

describe('rules command', () => {
  it('adds a rule and prints it with its id, lists it, removes it', () => {
    const added = rules('add', '--json', hideSport);
    expect(added.exitCode).toBe(0);
    const rule = added.json.rule as Rule;
    expect(rule).toMatchObject({ id: expect.any(String), name: 'No sport', enabled: true, match: 'any', position: 0 });
    expect(rule.actions).toEqual([{ type: 'hide' }]);
    expect((rules('list').json.rules as Rule[]).map((r) => r.id)).toEqual([rule.id]);
    expect(rules('remove', '--rule', rule.id)).toEqual({ exitCode: 0, json: { removed: rule.id } });
    expect(rules('list').json).toEqual({ rules: [] });
    expect(rules('remove', '--rule', rule.id).exitCode).toBe(1);
  });

  it('refuses a bad rule or a pattern the engine cannot run with the reason (exit 1), adding nothing', () => {
    const lookahead = JSON.stringify({
      name: 'x',
      match: 'all',
      conditions: [{ field: 'title', op: 'matches', value: 'brexit(?!eer)' }],
      actions: [{ type: 'hide' }],
    });
    const refused = rules('add', '--json', lookahead);
    expect(refused.exitCode).toBe(1);
    expect(refused.json.error).toMatch(/lookaround/);
    const missingTag = rules('add', '--json', JSON.stringify({ ...JSON.parse(hideSport), actions: [{ type: 'tag' }] }));
    expect(missingTag.exitCode).toBe(1);
    expect(missingTag.json.error).toMatch(/needs its tag/);
    expect(rules('add', '--json', '{not json').exitCode).toBe(1);
    expect(rules('list').json).toEqual({ rules: [] });
  });

  it('needs an action and its flags (exit 2)', () => {
    expect(rulesFromArgv([]).exitCode).toBe(2);
    expect(rulesFromArgv(['add', '--data-dir', fixture.dir]).exitCode).toBe(2);
    expect(rulesFromArgv(['list', '--data-dir', `${fixture.dir}/nowhere`]).exitCode).toBe(2);
  });
});

describe('articles command with rules', () => {
  it('prints hidden: true for an article a rule hid, false for the others', () => {
    const library = openLibrary(fixture.path, { skipIntegrityCheck: true });
    const feed = createLibraryHandlers(library, { emit: () => undefined })['feeds.add']({
      url: 'https://example.com/sport.xml',
      title: 'Sport',
      sectionId: null,
    }) as { id: string };
    upsertArticles(library.db(), feed.id, [...entries(1, 'cricket'), ...entries(1, 'weather')], fixture.clock.now);
    const rule = saveRule(library.db(), JSON.parse(hideSport), undefined, fixture.clock.now);
    applyRule(library.db(), rule.id, fixture.clock.now);
    library.close();
    const result = articlesFromArgv(['--data-dir', fixture.dir]);
    const rows = (JSON.parse(result.output) as { articles: ArticleRow[] }).articles;
    expect(rows.map((row) => [row.title, row.hidden])).toEqual([
      ['weather story 0', false],
      ['cricket story 0', true],
    ]);
  });
});
