/**
 * Settings → Rules: every rule in the order they run, each with a switch, up and down, Edit and Delete; "New rule…",
 * and the rule file out and in. The editor itself is the window's (rule-editing.tsx), so a rule saved there shows
 * here at once. Moving a rule keeps focus on the button that moved it, so the keyboard can move it again.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Rule } from '@contract/rule-model';
import { useAccountList } from '../accounts/accounts-data';
import { useApi } from '../api/ApiProvider';
import { describeError, toError } from '../errors/to-error';
import { useLibraryData } from '../library/library-data';
import { useRuleEditing } from '../rules/rule-editing';
import { inputOf, movedOrder } from '../rules/rule-input';
import { RuleFileTools } from '../rules/RuleFileTools';
import { RuleListRow } from '../rules/RuleListRow';
import type { ScopeNames } from '../rules/rule-words';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { InlineError } from '../ui/InlineError';
import '../rules/rules.css';

type Loaded = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; rules: Rule[] };

export function RulesGroup() {
  const titleId = useId();
  const api = useApi();
  const { newRule, editRule, applyRule, rulesVersion } = useRuleEditing();
  const { feeds } = useLibraryData();
  const accounts = useAccountList();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const refocus = useRef<{ id: string; move: 'up' | 'down' } | null>(null);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    api.call('rules.list').then(
      (rules) => current && setLoaded({ status: 'ready', rules }),
      (error: unknown) => current && setLoaded({ status: 'error', error: toError(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, rulesVersion, attempt]);

  useEffect(() => {
    const target = refocus.current;
    if (!target || !listRef.current) return;
    refocus.current = null;
    const row = listRef.current.querySelector(`[data-rule-id="${CSS.escape(target.id)}"]`);
    const other = target.move === 'up' ? 'down' : 'up';
    const button =
      row?.querySelector<HTMLButtonElement>(`[data-move="${target.move}"]:not(:disabled)`) ??
      row?.querySelector<HTMLButtonElement>(`[data-move="${other}"]`);
    button?.focus();
  }, [loaded]);

  const rules = loaded.status === 'ready' ? loaded.rules : [];
  const names: ScopeNames = {
    account: (id) => accounts.find((account) => account.id === id)?.name,
    feed: (url) => feeds.find((feed) => feed.url === url)?.title,
  };

  /** Runs a change; the list shows its answer, or the reason it failed (and the list as the core has it). */
  const change = async (work: () => Promise<Rule[]>) => {
    // One change at a time; the controls stay enabled (a disabled button would lose the keyboard's focus).
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const next = await work();
      setLoaded({ status: 'ready', rules: next });
    } catch (caught) {
      setProblem(describeError(toError(caught)));
      reload();
    } finally {
      setBusy(false);
    }
  };

  const toggle = (rule: Rule, enabled: boolean) =>
    void change(async () => {
      const saved = await api.call('rules.save', inputOf(rule, { enabled }), rule.id);
      return rules.map((each) => (each.id === saved.id ? saved : each));
    });

  const move = (rule: Rule, direction: -1 | 1) => {
    refocus.current = { id: rule.id, move: direction === -1 ? 'up' : 'down' };
    void change(() => api.call('rules.reorder', movedOrder(rules, rule.id, direction)));
  };

  return (
    <section className="settings-group" aria-labelledby={titleId}>
      <h3 className="settings-group__title" id={titleId}>
        Rules
      </h3>
      <p className="settings-field__description">
        Rules act on articles as they arrive, from the top of this list down: they can hide an article, mark it read,
        bookmark or tag it, or notify you. Hidden articles stay in “Hidden by rules”, where you can show them again.
      </p>
      {loaded.status === 'loading' && <p className="settings-field__description">Loading your rules…</p>}
      {loaded.status === 'error' && (
        <InlineError what="Your rules could not be loaded." error={loaded.error} onRetry={reload} />
      )}
      {loaded.status === 'ready' && rules.length === 0 && <p className="settings-field__description">No rules yet.</p>}
      {rules.length > 0 && (
        <ul className="rule-list" aria-labelledby={titleId} ref={listRef}>
          {rules.map((rule, index) => (
            <RuleListRow
              key={rule.id}
              rule={rule}
              first={index === 0}
              last={index === rules.length - 1}
              names={names}
              onToggle={(enabled) => toggle(rule, enabled)}
              onMove={(direction) => move(rule, direction)}
              onEdit={() => editRule(rule)}
              onApply={() => applyRule(rule)}
              onDelete={() => setDeleting(rule)}
            />
          ))}
        </ul>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <RuleFileTools count={rules.length} onImported={reload}>
        <button type="button" className="button" onClick={() => newRule()}>
          New rule…
        </button>
      </RuleFileTools>
      {deleting && (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          confirmLabel="Delete rule"
          onConfirm={async () => {
            await api.call('rules.remove', deleting.id);
            setLoaded({ status: 'ready', rules: rules.filter((rule) => rule.id !== deleting.id) });
          }}
          onClose={() => setDeleting(null)}
        >
          <p>
            It stops acting on new articles. What it already did stays: articles it hid stay in “Hidden by rules”, where
            you can show them again.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
