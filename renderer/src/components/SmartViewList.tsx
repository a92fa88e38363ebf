import { SMART_VIEWS, isSelected, type Selection } from '../library/views';
import { SidebarItem } from './SidebarItem';

export function SmartViewList({ selection, onSelect }: { selection: Selection; onSelect: (next: Selection) => void }) {
  return (
    <ul className="sidebar-list" aria-label="Smart views">
      {SMART_VIEWS.map((view) => {
        const target: Selection = { kind: 'smart', id: view.id };
        return (
          <SidebarItem
            key={view.id}
            icon={view.id}
            name={view.name}
            selected={isSelected(selection, target)}
            onSelect={() => onSelect(target)}
          />
        );
      })}
    </ul>
  );
}
