/** One selectable row in the sidebar: a smart view, a section or a feed. */
import { useCallback, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { Icon, type IconName } from '../ui/Icon';
import { useRowRegistration } from './RowNavigation';

export function SidebarItem(props: {
  icon: IconName;
  /** Drawn instead of the icon when given, e.g. a feed's own icon; decorative, like the icon. */
  picture?: ReactNode;
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
  /** Given the row's button, e.g. for its menu to return focus to. */
  rowRef?: RefObject<HTMLElement | null>;
}) {
  const {
    icon,
    picture,
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
    rowRef,
  } = props;
  const register = useRowRegistration();
  const attach = useCallback(
    (button: HTMLButtonElement | null) => {
      if (!button) return;
      if (rowRef) rowRef.current = button;
      const unregister = register?.(button);
      return () => {
        unregister?.();
        if (rowRef?.current === button) rowRef.current = null;
      };
    },
    [register, rowRef],
  );
  return (
    <li className="sidebar-entry">
      <div className={trail ? 'sidebar-row sidebar-row--menu' : 'sidebar-row'} onContextMenu={onContextMenu}>
        {lead}
        <button
          type="button"
          ref={attach}
          className="sidebar-item"
          aria-current={selected ? 'page' : undefined}
          aria-describedby={describedBy}
          title={hint ?? name}
          onClick={onSelect}
          onKeyDown={onKeyDown}
        >
          {picture ?? <Icon name={icon} className="sidebar-item__icon" />}
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
