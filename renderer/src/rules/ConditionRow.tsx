/** One condition in the rule editor: which field, which test, the text or pattern, and whether case counts. */
import { useId } from 'react';
import { RULE_FIELDS, RULE_LIMITS, RULE_OPS } from '@contract/rule-model';
import { Icon } from '../ui/Icon';
import type { ConditionDraft } from './rule-draft';
import { FIELD_WORDS, OP_WORDS } from './rule-words';

interface ConditionRowProps {
  row: ConditionDraft;
  /** 1-based, for the labels a screen reader reads ("Field of condition 2"). */
  number: number;
  error: string | undefined;
  canRemove: boolean;
  onChange: (next: ConditionDraft) => void;
  onRemove: () => void;
}

export function ConditionRow({ row, number, error, canRemove, onChange, onRemove }: ConditionRowProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <li className="rule-row">
      <div className="rule-row__controls">
        <select
          aria-label={`Field of condition ${number}`}
          value={row.field}
          onChange={(event) => onChange({ ...row, field: event.target.value as ConditionDraft['field'] })}
        >
          {RULE_FIELDS.map((field) => (
            <option key={field} value={field}>
              {FIELD_WORDS[field]}
            </option>
          ))}
        </select>
        <select
          aria-label={`Test of condition ${number}`}
          value={row.op}
          onChange={(event) => onChange({ ...row, op: event.target.value as ConditionDraft['op'] })}
        >
          {RULE_OPS.map((op) => (
            <option key={op} value={op}>
              {OP_WORDS[op]}
            </option>
          ))}
        </select>
        <input
          type="text"
          className="rule-row__value"
          aria-label={row.op === 'matches' ? `Pattern of condition ${number}` : `Text of condition ${number}`}
          placeholder={row.op === 'matches' ? 'e.g. ^Live:' : 'e.g. Brexit'}
          value={row.value}
          maxLength={RULE_LIMITS.value}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange({ ...row, value: event.target.value })}
        />
        <label className="check rule-row__case">
          <input
            type="checkbox"
            checked={row.matchCase}
            aria-label={`Match case in condition ${number}`}
            onChange={(event) => onChange({ ...row, matchCase: event.target.checked })}
          />
          Match case
        </label>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove condition ${number}`}
          title="Remove this condition"
          disabled={!canRemove}
          onClick={onRemove}
        >
          <Icon name="close" />
        </button>
      </div>
      {error && (
        <p className="rule-row__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
