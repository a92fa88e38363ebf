/** The built-in views with their live counts (unread, or bookmarks kept). */
import type { Counts } from '@contract/library-queries';
import { useLibraryData } from '../library/library-data';
import { SMART_VIEWS, isSelected, type Selection, type SmartViewId } from '../library/views';
import { SidebarItem } from './SidebarItem';

export function SmartViewList({ selection, onSelect }: { selection: Selection; onSelect: (next: Selection) => void }) {
  const { counts } = useLibraryData();
  return (
    <ul className="sidebar-list" aria-label="Smart views">
      {SMART_VIEWS.map((view) => {
        const target: Selection = { kind: 'smart', id: view.id };
        const count = counts ? countOf(view.id, counts) : undefined;
        return (
          <SidebarItem
            key={view.id}
            icon={view.id}
            name={view.name}
            count={count}
            countLabel={view.id === 'bookmarks' ? `${count} bookmarks` : `${count} unread`}
            selected={isSelected(selection, target)}
            onSelect={() => onSelect(target)}
          />
        );
      })}
    </ul>
  );
}

function countOf(id: SmartViewId, counts: Counts): number | undefined {
  if (id === 'unread') return counts.unread;
  if (id === 'today') return counts.today;
  if (id === 'bookmarks') return counts.bookmarks;
  return undefined;
}
