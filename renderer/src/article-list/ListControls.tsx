import { Icon } from '../ui/Icon';
import type { ListLayout } from './ArticleRow';
import type { ExportChoice } from '../export/export-choices';
import { ExportButton } from '../export/ExportButton';

export interface ListOptions {
  order: 'newest' | 'oldest';
  unreadOnly: boolean;
  layout: ListLayout;
  /** Mixed lists: under day headings, or each section's articles together. Older stored options lack it. */
  grouping?: 'day' | 'section';
}

/** Newest/oldest, unread only, and compact/cards: small toggles under the list's title. */
export function ListControls({
  options,
  onChange,
  exportChoices,
  canGroup = false,
}: {
  options: ListOptions;
  onChange: (next: ListOptions) => void;
  exportChoices?: readonly ExportChoice[];
  canGroup?: boolean;
}) {
  const bySection = options.grouping === 'section';
  return (
    <div className="list-controls" role="toolbar" aria-label="List options">
      <button
        type="button"
        className="chip"
        onClick={() => onChange({ ...options, order: options.order === 'newest' ? 'oldest' : 'newest' })}
        aria-label={`Sort: ${options.order === 'newest' ? 'newest first' : 'oldest first'}`}
      >
        {options.order === 'newest' ? 'Newest first' : 'Oldest first'}
      </button>
      <button
        type="button"
        className="chip"
        aria-pressed={options.unreadOnly}
        onClick={() => onChange({ ...options, unreadOnly: !options.unreadOnly })}
      >
        Unread only
      </button>
      {canGroup && (
        <button
          type="button"
          className="chip"
          aria-pressed={bySection}
          title={
            bySection ? 'Articles are grouped by section; press for day headings' : 'Group the articles by section'
          }
          onClick={() => onChange({ ...options, grouping: bySection ? 'day' : 'section' })}
        >
          By section
        </button>
      )}
      {/* Export and layout stay together at the end of the row, or of the next row when the column is narrow. */}
      <div className="list-controls__end">
        {exportChoices && <ExportButton choices={exportChoices} className="chip" />}
        <div className="segmented" role="group" aria-label="Layout">
          {(['compact', 'cards'] as const).map((layout) => (
            <button
              key={layout}
              type="button"
              className="segmented__button"
              aria-pressed={options.layout === layout}
              aria-label={layout === 'compact' ? 'Compact layout' : 'Card layout'}
              title={layout === 'compact' ? 'Compact' : 'Cards'}
              onClick={() => onChange({ ...options, layout })}
            >
              <Icon name={layout === 'compact' ? 'rows' : 'cards'} />
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
