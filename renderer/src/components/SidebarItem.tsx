import { Icon, type IconName } from './Icon';

/** One selectable row in the sidebar: a smart view or a section. */
export function SidebarItem(props: {
  icon: IconName;
  name: string;
  selected: boolean;
  unreadCount?: number;
  onSelect: () => void;
}) {
  const { icon, name, selected, unreadCount, onSelect } = props;
  return (
    <li>
      <button
        type="button"
        className="sidebar-item"
        aria-current={selected ? 'page' : undefined}
        onClick={onSelect}
      >
        <Icon name={icon} className="sidebar-item__icon" />
        <span className="sidebar-item__name">{name}</span>
        {unreadCount !== undefined && unreadCount > 0 && (
          <span className="sidebar-item__count" aria-label={`${unreadCount} unread`}>
            {unreadCount}
          </span>
        )}
      </button>
    </li>
  );
}
