import { Icon } from '../components/Icon';
import type { ListLayout } from './ArticleRow';
import type { ExportChoice } from '../export/export-choices';
import { ExportButton } from '../export/ExportButton';

export interface ListOptions {
  order: 'newest' | 'oldest';
  unreadOnly: boolean;
  layout: ListLayout;
}

/** Newest/oldest, unread only, and compact/cards: small toggles under the list's title. */
export function ListControls({ options, onChange, exportChoices }: { options: ListOptions; onChange: (next: ListOptions) => void; exportChoices?: readonly ExportChoice[] }) {
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
      <span className="list-controls__spacer" />
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
  );
}
