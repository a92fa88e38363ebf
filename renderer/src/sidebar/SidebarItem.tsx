import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { Icon, type IconName } from '../ui/Icon';

/** One selectable row in the sidebar: a smart view, a section or a feed. */
export function SidebarItem(props: {
  icon: IconName;
  name: string;
  selected: boolean;
  count?: number;
  /** How the count is read out, e.g. "12 unread". */
  countLabel?: string;
  /** Something before the row, e.g. a section's disclosure button. */
  lead?: ReactNode;
  /** Something under the row, e.g. why a feed failed. */
  children?: ReactNode;
  describedBy?: string;
  /** Shown on hover; the full name by default, since long names are cut short in the row. */
  hint?: string;
  /** Something after the row, e.g. the "⋯" button that opens its menu. */
  trail?: ReactNode;
  onSelect: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onContextMenu?: (event: MouseEvent<HTMLElement>) => void;
}) {
  const {
    icon,
    name,
    selected,
    count,
    countLabel,
    lead,
    children,
    describedBy,
    hint,
    trail,
    onSelect,
    onKeyDown,
    onContextMenu,
  } = props;
  return (
    <li className="sidebar-entry">
      <div
        className={trail ? 'sidebar-row sidebar-row--menu' : 'sidebar-row'}
        data-menu-row
        onContextMenu={onContextMenu}
      >
        {lead}
        <button
          type="button"
          className="sidebar-item"
          data-menu-focus
          aria-current={selected ? 'page' : undefined}
          aria-describedby={describedBy}
          title={hint ?? name}
          onClick={onSelect}
          onKeyDown={onKeyDown}
        >
          <Icon name={icon} className="sidebar-item__icon" />
          <span className="sidebar-item__name">{name}</span>
          {count !== undefined && count > 0 && (
            <span className="sidebar-item__count" aria-label={countLabel ?? `${count} unread`}>
              {count}
            </span>
          )}
        </button>
        {trail}
      </div>
      {children}
    </li>
  );
}
