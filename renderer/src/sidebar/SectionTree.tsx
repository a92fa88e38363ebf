/** An account's sections, each with its feeds beneath (as `sidebar-layout.ts` orders them). */
import type { SectionEntry } from '../library/sidebar-layout';
import { SectionGroup } from './SectionGroup';
import type { SidebarRows } from './sidebar-rows';

export function SectionTree({
  entries,
  labelledBy,
  rows,
}: {
  entries: readonly SectionEntry[];
  labelledBy: string;
  rows: SidebarRows;
}) {
  return (
    <ul className="sidebar-list" aria-labelledby={labelledBy}>
      {entries.map(({ section, feeds }) => (
        <SectionGroup
          key={section.id}
          section={section}
          unread={rows.sectionUnread(section)}
          feeds={feeds}
          feedUnread={rows.feedUnread}
          collapsed={rows.isCollapsed(section.id)}
          onToggle={() => rows.toggle(section.id)}
          selection={rows.selection}
          onSelect={rows.onSelect}
        />
      ))}
    </ul>
  );
}
