/**
 * One rule in Settings → Rules: its name, what it does on one line, where it applies, a switch to turn it on or
 * off, and buttons to move it up or down the run order, edit it or delete it.
 */
import { useId } from 'react';
import type { Rule } from '@contract/rule-model';
import { Icon } from '../ui/Icon';
import { ruleSummary, scopeText, type ScopeNames } from './rule-words';

interface RuleListRowProps {
  rule: Rule;
  first: boolean;
  last: boolean;
  names: ScopeNames;
  onToggle: (enabled: boolean) => void;
  onMove: (direction: -1 | 1) => void;
  onEdit: () => void;
  onApply: () => void;
  onDelete: () => void;
}

export function RuleListRow({
  rule,
  first,
  last,
  names,
  onToggle,
  onMove,
  onEdit,
  onApply,
  onDelete,
}: RuleListRowProps) {
  const nameId = useId();
  return (
    <li
      className={rule.enabled ? 'rule-item' : 'rule-item rule-item--off'}
      aria-labelledby={nameId}
      data-rule-id={rule.id}
    >
      <div className="rule-item__text">
        <h4 className="rule-item__name" id={nameId}>
          {rule.name}
        </h4>
        <p className="rule-item__summary">{ruleSummary(rule)}</p>
        <p className="rule-item__scope">{scopeText(rule.scope, names)}</p>
      </div>
      <label className="check rule-item__switch">
        <input
          type="checkbox"
          role="switch"
          checked={rule.enabled}
          aria-describedby={nameId}
          onChange={(event) => onToggle(event.target.checked)}
        />
        On
      </label>
      <div className="rule-item__actions">
        <button
          type="button"
          className="icon-button"
          data-move="up"
          aria-label={`Move “${rule.name}” up`}
          title="Run earlier"
          disabled={first}
          onClick={() => onMove(-1)}
        >
          <Icon name="chevron-up" />
        </button>
        <button
          type="button"
          className="icon-button"
          data-move="down"
          aria-label={`Move “${rule.name}” down`}
          title="Run later"
          disabled={last}
          onClick={() => onMove(1)}
        >
          <Icon name="chevron-down" />
        </button>
        <button type="button" className="button button--small" aria-describedby={nameId} onClick={onEdit}>
          Edit…
        </button>
        <button type="button" className="button button--small" aria-describedby={nameId} onClick={onApply}>
          Apply now…
        </button>
        <button type="button" className="button button--small" aria-describedby={nameId} onClick={onDelete}>
          Delete…
        </button>
      </div>
    </li>
  );
}
