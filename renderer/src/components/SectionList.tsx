import type { Section } from '../../../electron/api/models';
import type { QueryState } from '../hooks/use-api-query';
import { isSelected, type Selection } from '../library/views';
import { InlineError } from './InlineError';
import { SidebarItem } from './SidebarItem';

interface SectionListProps {
  sections: QueryState<Section[]>;
  onRetry: () => void;
  selection: Selection;
  onSelect: (next: Selection) => void;
}

/** The reader's sections under a "Sections" heading, with loading, error and empty states. */
export function SectionList({ sections, onRetry, selection, onSelect }: SectionListProps) {
  return (
    <div className="sidebar-group">
      <h2 className="sidebar-heading" id="sidebar-sections-heading">
        Sections
      </h2>
      {sections.status === 'loading' && (
        <p className="sidebar-note" role="status">
          Loading sections…
        </p>
      )}
      {sections.status === 'error' && (
        <InlineError what="Sections could not be loaded" error={sections.error} onRetry={onRetry} />
      )}
      {sections.status === 'ready' && sections.value.length === 0 && (
        <div className="sidebar-empty">
          <p className="sidebar-empty__title">No sections yet</p>
          <p className="sidebar-empty__hint">Add a feed to start your first section.</p>
        </div>
      )}
      {sections.status === 'ready' && sections.value.length > 0 && (
        <ul className="sidebar-list" aria-labelledby="sidebar-sections-heading">
          {[...sections.value]
            .sort((a, b) => a.position - b.position)
            .map((section) => {
              const target: Selection = { kind: 'section', id: section.id };
              return (
                <SidebarItem
                  key={section.id}
                  icon="section"
                  name={section.name}
                  unreadCount={section.unreadCount}
                  selected={isSelected(selection, target)}
                  onSelect={() => onSelect(target)}
                />
              );
            })}
        </ul>
      )}
    </div>
  );
}
