/**
 * Where a rule applies: everywhere, or only in one account, one section or one feed, chosen from the library's
 * lists. A scope written elsewhere with several parts (an account and a section) is kept as it is until the reader
 * picks another here.
 */
import type { Feed } from '@contract/library-models';
import type { Account } from '@contract/methods/accounts';
import type { Section } from '@contract/models';
import type { RuleScope } from '@contract/rule-model';

type Kind = 'everywhere' | 'account' | 'section' | 'feed';

interface RuleScopeFieldsProps {
  scope: RuleScope;
  accounts: readonly Account[];
  sections: readonly Section[];
  feeds: readonly Feed[];
  onChange: (next: RuleScope) => void;
}

/** The narrowest part of the scope: that is what the two selects show. */
function kindOf(scope: RuleScope): Kind {
  if (scope.feed !== undefined) return 'feed';
  if (scope.section !== undefined) return 'section';
  if (scope.account !== undefined) return 'account';
  return 'everywhere';
}

export function RuleScopeFields({ scope, accounts, sections, feeds, onChange }: RuleScopeFieldsProps) {
  const kind = kindOf(scope);
  const firstOf = (next: Kind): RuleScope => {
    if (next === 'account' && accounts[0]) return { account: accounts[0].id };
    if (next === 'section' && sections[0]) return { section: sections[0].name };
    if (next === 'feed' && feeds[0]) return { feed: feeds[0].url };
    return {};
  };
  const options: { value: string; label: string }[] =
    kind === 'account'
      ? accounts.map((account) => ({ value: account.id, label: account.name }))
      : kind === 'section'
        ? sections.map((section) => ({ value: section.name, label: section.name }))
        : kind === 'feed'
          ? feeds.map((feed) => ({ value: feed.url, label: feed.title || feed.url }))
          : [];
  const current = kind === 'everywhere' ? '' : (scope[kind] ?? '');
  // A scope naming something the library no longer has still shows (and stays) until changed.
  if (kind !== 'everywhere' && !options.some((option) => option.value === current))
    options.unshift({ value: current, label: `${current} (not in your library)` });

  return (
    <div className="rule-editor__scope">
      <label className="field">
        <span className="field__label">Applies to</span>
        <select value={kind} onChange={(event) => onChange(firstOf(event.target.value as Kind))}>
          <option value="everywhere">Every article</option>
          <option value="account" disabled={accounts.length === 0}>
            Articles of one account
          </option>
          <option value="section" disabled={sections.length === 0}>
            Articles in one section
          </option>
          <option value="feed" disabled={feeds.length === 0}>
            Articles of one feed
          </option>
        </select>
      </label>
      {kind !== 'everywhere' && (
        <label className="field">
          <span className="field__label">
            {kind === 'account' ? 'Account' : kind === 'section' ? 'Section' : 'Feed'}
          </span>
          <select value={current} onChange={(event) => onChange({ ...scope, [kind]: event.target.value })}>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
