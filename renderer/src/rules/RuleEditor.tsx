/**
 * The rule editor (a dialog): name, all / any, conditions, actions, where it applies, and a live preview of the
 * stored articles it matches. What is missing is said by its field once the reader tries to save; a pattern the
 * core's engine refuses is said by that pattern as soon as the preview finds it, and again on save.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { RULE_ACTION_TYPES, RULE_LIMITS, type Rule } from '@contract/rule-model';
import { ApiError } from '@contract/errors';
import { useAccountList } from '../accounts/accounts-data';
import { useApi } from '../api/ApiProvider';
import { useLibraryData } from '../library/library-data';
import { FormError } from '../ui/FormError';
import { Modal } from '../ui/Modal';
import { SegmentedChoice } from '../ui/SegmentedChoice';
import { ActionRow } from './ActionRow';
import { ConditionRow } from './ConditionRow';
import { placeRefusal } from './refused-rule';
import { draftToInput, newAction, newCondition, type DraftErrors, type RuleDraft } from './rule-draft';
import { RulePreviewPanel } from './RulePreviewPanel';
import { RuleScopeFields } from './RuleScopeFields';
import { useRulePreview, PREVIEW_DELAY_MS } from './use-rule-preview';
import './rules.css';

export interface RuleEditorProps {
  initial: RuleDraft;
  /** The rule being changed; a new rule has none. */
  ruleId?: string;
  /** Saved: the rule as stored and how many stored articles it matches (for "Apply to existing articles?"). */
  onSaved: (rule: Rule, matches: number) => void;
  onClose: () => void;
  previewDelayMs?: number;
}

export function RuleEditor({ initial, ruleId, onSaved, onClose, previewDelayMs = PREVIEW_DELAY_MS }: RuleEditorProps) {
  const api = useApi();
  const nameId = useId();
  const { sections, feeds } = useLibraryData();
  const accounts = useAccountList();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  // A removed row's button goes with it: the keyboard moves on to the row that took its place (or the one above).
  const conditionsRef = useRef<HTMLUListElement>(null);
  const actionsRef = useRef<HTMLUListElement>(null);
  const refocus = useRef<{ list: HTMLUListElement | null; index: number } | null>(null);
  useEffect(() => {
    const target = refocus.current;
    if (!target?.list) return;
    refocus.current = null;
    const rows = target.list.querySelectorAll(':scope > li');
    rows[Math.min(target.index, rows.length - 1)]?.querySelector('select')?.focus();
  }, [draft]);
  const checked = draftToInput(draft);
  const input = 'input' in checked ? checked.input : null;
  const preview = useRulePreview(input, previewDelayMs);
  // The engine's reason for a pattern it cannot run, found by the preview, shows by that pattern at once.
  const previewRefusal =
    input && preview.status === 'error' && !preview.updating && isRefusal(preview.error)
      ? withoutForm(placeRefusal(draft, preview.error))
      : {};
  const errors: DraftErrors = {
    ...previewRefusal,
    ...refused,
    ...(tried && 'errors' in checked ? checked.errors : {}),
  };

  const change = (next: RuleDraft) => {
    setDraft(next);
    setRefused({});
  };

  const save = async () => {
    setTried(true);
    if (!input) return;
    setBusy(true);
    setRefused({});
    try {
      const rule = await (ruleId ? api.call('rules.save', input, ruleId) : api.call('rules.save', input));
      const matches =
        preview.status === 'ready' && !preview.updating
          ? preview.preview.matches
          : (await api.call('rules.preview', input, 0)).matches;
      setBusy(false);
      onSaved(rule, matches);
    } catch (caught) {
      setBusy(false);
      setRefused(placeRefusal(draft, caught));
    }
  };

  const takenBesides = (key: number) =>
    new Set(draft.actions.filter((action) => action.key !== key).map((action) => action.type));
  const unusedAction = RULE_ACTION_TYPES.find((type) => !draft.actions.some((action) => action.type === type));

  return (
    <Modal
      title={ruleId ? 'Edit rule' : 'New rule'}
      wide
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save rule'}
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={nameId}>
          Name
        </label>
        <input
          id={nameId}
          type="text"
          value={draft.name}
          maxLength={RULE_LIMITS.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${nameId}-error` : undefined}
          onChange={(event) => change({ ...draft, name: event.target.value })}
        />
        {errors.name && (
          <p className="rule-row__error" id={`${nameId}-error`} role="alert">
            {errors.name}
          </p>
        )}
      </div>

      <fieldset className="rule-editor__group">
        <legend className="field__label">When an article matches</legend>
        <SegmentedChoice
          label="Which conditions must hold"
          value={draft.match}
          onChange={(match) => change({ ...draft, match })}
          segments={[
            { value: 'all', content: 'All of these' },
            { value: 'any', content: 'Any of these' },
          ]}
        />
        <ul className="rule-editor__rows" aria-label="Conditions" ref={conditionsRef}>
          {draft.conditions.map((row, index) => (
            <ConditionRow
              key={row.key}
              row={row}
              number={index + 1}
              error={errors[`condition:${row.key}`]}
              canRemove={draft.conditions.length > 1}
              onChange={(next) =>
                change({ ...draft, conditions: draft.conditions.map((each) => (each.key === row.key ? next : each)) })
              }
              onRemove={() => {
                refocus.current = { list: conditionsRef.current, index };
                change({ ...draft, conditions: draft.conditions.filter((each) => each !== row) });
              }}
            />
          ))}
        </ul>
        <div>
          <button
            type="button"
            className="button button--small"
            disabled={draft.conditions.length >= RULE_LIMITS.conditions}
            onClick={() => change({ ...draft, conditions: [...draft.conditions, newCondition()] })}
          >
            Add condition
          </button>
        </div>
        <p className="field__hint">
          Case and accents are ignored unless you tick “Match case”. Patterns are regular expressions without
          backreferences or lookaround.
        </p>
      </fieldset>

      <fieldset className="rule-editor__group">
        <legend className="field__label">Then</legend>
        <ul className="rule-editor__rows" aria-label="Actions" ref={actionsRef}>
          {draft.actions.map((row, index) => (
            <ActionRow
              key={row.key}
              row={row}
              number={index + 1}
              taken={takenBesides(row.key)}
              error={errors[`action:${row.key}`]}
              canRemove={draft.actions.length > 1}
              onChange={(next) =>
                change({ ...draft, actions: draft.actions.map((each) => (each.key === row.key ? next : each)) })
              }
              onRemove={() => {
                refocus.current = { list: actionsRef.current, index };
                change({ ...draft, actions: draft.actions.filter((each) => each !== row) });
              }}
            />
          ))}
        </ul>
        <div>
          <button
            type="button"
            className="button button--small"
            disabled={!unusedAction}
            onClick={() => unusedAction && change({ ...draft, actions: [...draft.actions, newAction(unusedAction)] })}
          >
            Add action
          </button>
        </div>
      </fieldset>

      <RuleScopeFields
        scope={draft.scope}
        accounts={accounts}
        sections={sections}
        feeds={feeds}
        onChange={(scope) => change({ ...draft, scope })}
      />

      <RulePreviewPanel
        state={preview}
        complete={input !== null}
        refusedByField={Object.keys(previewRefusal).length > 0}
      />
      <FormError message={errors.form ?? null} />
    </Modal>
  );
}

/** The preview says a reason it cannot place itself; only reasons about one pattern go by a field. */
function withoutForm(errors: DraftErrors): DraftErrors {
  const { form: _form, ...byField } = errors;
  return byField;
}

function isRefusal(error: Error): boolean {
  return error instanceof ApiError && error.code === 'INVALID_ARGUMENTS';
}
