import { describe, expect, it } from 'vitest';
import type { Rule, RuleCondition, RuleInput } from '../../../electron/api/rule-model';
import { actionsFor, compileRule, compileRules } from '../../../electron/core/rules/compile-rules';
import { FactsView, type ArticleFacts } from '../../../electron/core/rules/rule-facts';
import { checkRule } from '../../../electron/core/rules/validate-rule';

const article = (over: Partial<ArticleFacts> = {}): ArticleFacts => ({
  title: 'Leaders meet in Séoul',
  text: 'The summit opened on Monday with talks on trade.',
  authors: ['Kim Min-jun'],
  categories: ['World', 'Asia'],
  feedUrl: 'https://news.example/world.xml',
  feedTitle: 'Example World',
  section: 'World',
  language: 'en',
  link: 'https://news.example/2025/summit',
  accountId: 'local',
  ...over,
});

let ids = 0;
function rule(input: Partial<RuleInput> & Pick<RuleInput, 'conditions'>): Rule {
  const checked = checkRule({ name: 'r', match: 'all', actions: [{ type: 'hide' }], ...input });
  ids += 1;
  return { id: String(ids), ...checked, position: ids, createdAt: '', updatedAt: '' };
}
const matches = (r: Rule, facts: ArticleFacts = article()) => compileRule(r).matches(new FactsView(facts));

describe('rule conditions', () => {
  it('contains ignores case and diacritics by default, and matchCase makes both count', () => {
    expect(matches(rule({ conditions: [{ field: 'title', op: 'contains', value: 'SEOUL' }] }))).toBe(true);
    expect(matches(rule({ conditions: [{ field: 'title', op: 'contains', value: 'séoul' }] }))).toBe(true);
    const exact = (value: string) =>
      matches(rule({ conditions: [{ field: 'title', op: 'contains', value, matchCase: true }] }));
    expect(exact('Séoul')).toBe(true);
    expect(exact('Seoul')).toBe(false);
    expect(exact('séoul')).toBe(false);
  });

  it('not-contains holds only when no value of the field contains the text', () => {
    expect(matches(rule({ conditions: [{ field: 'category', op: 'not-contains', value: 'sport' }] }))).toBe(true);
    expect(matches(rule({ conditions: [{ field: 'category', op: 'not-contains', value: 'asia' }] }))).toBe(false);
  });

  it('matches runs a regular expression over folded text unless matchCase', () => {
    expect(matches(rule({ conditions: [{ field: 'text', op: 'matches', value: '\\bMONDAY\\b' }] }))).toBe(true);
    expect(matches(rule({ conditions: [{ field: 'title', op: 'matches', value: 'S[ée]oul$' }] }))).toBe(true);
    expect(
      matches(rule({ conditions: [{ field: 'text', op: 'matches', value: '^the summit', matchCase: true }] })),
    ).toBe(false);
  });

  it('reads every field: author, category, feed by address or title, section, language, link', () => {
    const holds = (field: RuleCondition['field'], value: string) =>
      matches(rule({ conditions: [{ field, op: 'contains', value }] }));
    expect(holds('author', 'min-jun')).toBe(true);
    expect(holds('category', 'asia')).toBe(true);
    expect(holds('feed', 'news.example/world')).toBe(true);
    expect(holds('feed', 'example world')).toBe(true);
    expect(holds('section', 'world')).toBe(true);
    expect(holds('language', 'en')).toBe(true);
    expect(holds('link', '/2025/')).toBe(true);
    expect(holds('author', 'lee')).toBe(false);
  });

  it('combines conditions by all or any', () => {
    const conditions = [
      { field: 'title', op: 'contains', value: 'seoul' },
      { field: 'title', op: 'contains', value: 'tokyo' },
    ] as const;
    expect(matches(rule({ match: 'all', conditions: [...conditions] }))).toBe(false);
    expect(matches(rule({ match: 'any', conditions: [...conditions] }))).toBe(true);
  });

  it('holds only inside its scope: account, section (any case) and feed address', () => {
    const conditions = [{ field: 'title', op: 'contains', value: 'seoul' }] as RuleInput['conditions'];
    expect(matches(rule({ conditions, scope: { section: 'world' } }))).toBe(true);
    expect(matches(rule({ conditions, scope: { section: 'Sport' } }))).toBe(false);
    expect(matches(rule({ conditions, scope: { account: 'local' } }))).toBe(true);
    expect(matches(rule({ conditions, scope: { account: 'freshrss-1' } }))).toBe(false);
    expect(matches(rule({ conditions, scope: { feed: 'https://news.example/world.xml' } }))).toBe(true);
    expect(matches(rule({ conditions, scope: { feed: 'https://other.example/feed' } }))).toBe(false);
  });
});

describe('rules together', () => {
  it('every enabled matching rule runs in position order; disabled rules do not', () => {
    const rules = compileRules([
      rule({ conditions: [{ field: 'title', op: 'contains', value: 'seoul' }], actions: [{ type: 'mark-read' }] }),
      rule({
        enabled: false,
        conditions: [{ field: 'title', op: 'contains', value: 'seoul' }],
        actions: [{ type: 'hide' }],
      }),
      rule({ conditions: [{ field: 'title', op: 'contains', value: 'nowhere' }], actions: [{ type: 'notify' }] }),
      rule({
        conditions: [{ field: 'section', op: 'contains', value: 'world' }],
        actions: [{ type: 'tag', tag: 'korea' }],
      }),
    ]);
    expect(actionsFor(rules, article())).toEqual([{ type: 'mark-read' }, { type: 'tag', tag: 'korea' }]);
  });
});

describe('the regular expression engine', () => {
  it('refuses backreferences and lookaround with the reason, in a sentence', () => {
    for (const [value, reason] of [
      ['(\\w+) \\1', 'backreference'],
      ['foo(?=bar)', 'lookaround'],
      ['(?<!x)y', 'lookaround'],
    ] as const) {
      expect(() => rule({ conditions: [{ field: 'title', op: 'matches', value }] })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENTS', message: expect.stringContaining(reason) }),
      );
    }
    expect(() => rule({ conditions: [{ field: 'title', op: 'matches', value: '[unclosed' }] })).toThrow(
      /cannot be used because the engine says: missing closing \]/,
    );
  });

  it('finishes a catastrophic-backtracking pattern over a long text, with the right answer', () => {
    const text = `${'a'.repeat(200_000)}!`;
    const r = rule({ conditions: [{ field: 'text', op: 'matches', value: '^(a+)+$' }] });
    expect(matches(r, article({ text }))).toBe(false);
    expect(matches(r, article({ text: 'a'.repeat(200_000) }))).toBe(true);
    const nested = rule({ conditions: [{ field: 'text', op: 'matches', value: '(x+x+)+y' }] });
    expect(matches(nested, article({ text: 'x'.repeat(100_000) }))).toBe(false);
  });
});
