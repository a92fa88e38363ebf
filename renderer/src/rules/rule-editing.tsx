/**
 * Writing rules from anywhere in the window: Settings → Rules and an article's "Make a rule from this…" open the same
 * editor. After a new rule is saved it offers to apply it to the stored articles, then says what changed with an
 * Undo. `rulesVersion` moves when a rule is saved (lists of rules load again), `articlesVersion` when articles
 * changed under the reader (applied, undone, shown again): the article lists load again.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Rule } from '@contract/rule-model';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { ApplyRuleDialog } from './ApplyRuleDialog';
import { draftFromRule, draftFromSeed, emptyDraft, type RuleDraft, type RuleSeed } from './rule-draft';
import { RuleEditor } from './RuleEditor';
import { inputOf } from './rule-input';

export interface RuleNotice {
  text: string;
  /** An apply can be taken back, once. */
  canUndo: boolean;
}

export interface RuleEditing {
  newRule: (seed?: RuleSeed) => void;
  editRule: (rule: Rule) => void;
  /** Offers to run a saved rule over the stored articles now, with how many it matches. */
  applyRule: (rule: Rule) => void;
  rulesVersion: number;
  articlesVersion: number;
  /** Articles changed because of a rule outside this provider (Show again): lists load again. */
  articlesChanged: () => void;
  notice: RuleNotice | null;
  undo: () => void;
  dismissNotice: () => void;
}

const RuleEditingContext = createContext<RuleEditing | null>(null);

type Editing = { draft: RuleDraft; ruleId?: string } | null;

export function RuleEditingProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const report = useReportError();
  const [editing, setEditing] = useState<Editing>(null);
  const [offer, setOffer] = useState<{ rule: Rule; matches: number; justSaved: boolean } | null>(null);
  const [notice, setNotice] = useState<RuleNotice | null>(null);
  const [rulesVersion, setRulesVersion] = useState(0);
  const [articlesVersion, setArticlesVersion] = useState(0);
  const articlesChanged = useCallback(() => setArticlesVersion((n) => n + 1), []);

  const saved = (rule: Rule, matches: number) => {
    const isNew = editing?.ruleId === undefined;
    setEditing(null);
    setRulesVersion((n) => n + 1);
    if (isNew && matches > 0) setOffer({ rule, matches, justSaved: true });
  };

  const apply = async (rule: Rule) => {
    const { changed } = await api.call('rules.apply', rule.id);
    articlesChanged();
    setNotice({
      text:
        changed === 0
          ? `“${rule.name}” changed no articles.`
          : `“${rule.name}” changed ${changed === 1 ? '1 article' : `${changed.toLocaleString('en')} articles`}.`,
      canUndo: changed > 0,
    });
  };

  const undo = useCallback(() => {
    api.call('rules.undoApply').then(
      ({ restored }) => {
        articlesChanged();
        setNotice({
          text:
            restored === 0
              ? 'There was nothing to undo.'
              : `Undone: ${restored === 1 ? '1 article is' : `${restored.toLocaleString('en')} articles are`} as before.`,
          canUndo: false,
        });
      },
      (error: unknown) => report('Undoing the rule', error),
    );
  }, [api, articlesChanged, report]);

  const applyRule = useCallback(
    (rule: Rule) => {
      api.call('rules.preview', inputOf(rule), 0).then(
        ({ matches }) =>
          matches > 0
            ? setOffer({ rule, matches, justSaved: false })
            : setNotice({ text: `“${rule.name}” matches none of your stored articles.`, canUndo: false }),
        (error: unknown) => report('Counting the rule’s articles', error),
      );
    },
    [api, report],
  );

  const value = useMemo<RuleEditing>(
    () => ({
      newRule: (seed) => setEditing({ draft: seed ? draftFromSeed(seed) : emptyDraft() }),
      editRule: (rule) => setEditing({ draft: draftFromRule(rule), ruleId: rule.id }),
      applyRule,
      rulesVersion,
      articlesVersion,
      articlesChanged,
      notice,
      undo,
      dismissNotice: () => setNotice(null),
    }),
    [rulesVersion, articlesVersion, articlesChanged, notice, undo, applyRule],
  );

  return (
    <RuleEditingContext value={value}>
      {children}
      {editing && (
        <RuleEditor
          initial={editing.draft}
          {...(editing.ruleId ? { ruleId: editing.ruleId } : {})}
          onSaved={saved}
          onClose={() => setEditing(null)}
        />
      )}
      {offer && (
        <ApplyRuleDialog
          rule={offer.rule}
          matches={offer.matches}
          justSaved={offer.justSaved}
          onApply={() => apply(offer.rule)}
          onClose={() => setOffer(null)}
        />
      )}
    </RuleEditingContext>
  );
}

export function useRuleEditing(): RuleEditing {
  const value = useContext(RuleEditingContext);
  if (!value) throw new Error('useRuleEditing() needs a <RuleEditingProvider> above it.');
  return value;
}
