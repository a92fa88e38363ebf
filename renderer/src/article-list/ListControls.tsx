import { Icon } from '../ui/Icon';
import { SegmentedChoice, type Segment } from '../ui/SegmentedChoice';
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

const LAYOUTS: readonly Segment<ListLayout>[] = [
  { value: 'compact', content: <Icon name="rows" />, label: 'Compact layout', title: 'Compact' },
  { value: 'cards', content: <Icon name="cards" />, label: 'Card layout', title: 'Cards' },
];

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
        <SegmentedChoice
          label="Layout"
          segments={LAYOUTS}
          value={options.layout}
          onChange={(layout) => onChange({ ...options, layout })}
        />
      </div>
    </div>
  );
}
