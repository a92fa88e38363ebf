/** One action in the rule editor; adding a tag needs the tag, a bookmark may have one. */
import { useId } from 'react';
import { LIMITS } from '@contract/library-models';
import { RULE_ACTION_TYPES } from '@contract/rule-model';
import { Icon } from '../ui/Icon';
import type { ActionDraft } from './rule-draft';
import { ACTION_WORDS } from './rule-words';

interface ActionRowProps {
  row: ActionDraft;
  number: number;
  /** The other rows' actions: a rule does each thing once. */
  taken: ReadonlySet<ActionDraft['type']>;
  error: string | undefined;
  canRemove: boolean;
  onChange: (next: ActionDraft) => void;
  onRemove: () => void;
}

export function ActionRow({ row, number, taken, error, canRemove, onChange, onRemove }: ActionRowProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const tagged = row.type === 'tag' || row.type === 'bookmark';
  return (
    <li className="rule-row">
      <div className="rule-row__controls">
        <select
          aria-label={`Action ${number}`}
          value={row.type}
          onChange={(event) => onChange({ ...row, type: event.target.value as ActionDraft['type'] })}
        >
          {RULE_ACTION_TYPES.filter((type) => type === row.type || !taken.has(type)).map((type) => (
            <option key={type} value={type}>
              {ACTION_WORDS[type]}
            </option>
          ))}
        </select>
        {tagged && (
          <input
            type="text"
            className="rule-row__value"
            aria-label={row.type === 'tag' ? `Tag of action ${number}` : `Bookmark tag of action ${number} (optional)`}
            placeholder={row.type === 'tag' ? 'Tag' : 'Tag (optional)'}
            value={row.tag}
            maxLength={LIMITS.tag}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => onChange({ ...row, tag: event.target.value })}
          />
        )}
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove action ${number}`}
          title="Remove this action"
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
