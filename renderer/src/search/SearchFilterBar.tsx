import type { Feed } from '@contract/library-models';
import type { Section } from '@contract/models';
import {
  DATE_RANGES,
  feedsIn,
  withDates,
  withRange,
  withSection,
  type DateRange,
  type SearchFilters,
} from './search-filters';

interface SearchFilterBarProps {
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
  sections: Section[];
  feeds: Feed[];
}

/** Section, feed and date pickers and the unread and bookmarked toggles above the search results. */
export function SearchFilterBar({ filters, onChange, sections, feeds }: SearchFilterBarProps) {
  const offered = feedsIn(feeds, filters.sectionId);
  return (
    <div className="list-controls search-filters" role="group" aria-label="Search filters">
      <select
        className="search-filter"
        aria-label="Section"
        value={filters.sectionId}
        onChange={(event) => onChange(withSection(filters, event.target.value, feeds))}
      >
        <option value="">All sections</option>
        {sections.map((section) => (
          <option key={section.id} value={section.id}>
            {section.name}
          </option>
        ))}
      </select>
      <select
        className="search-filter"
        aria-label="Feed"
        value={filters.feedId}
        onChange={(event) => onChange({ ...filters, feedId: event.target.value })}
      >
        <option value="">All feeds</option>
        {offered.map((feed) => (
          <option key={feed.id} value={feed.id}>
            {feed.title}
          </option>
        ))}
      </select>
      <select
        className="search-filter"
        aria-label="Date"
        value={filters.range}
        onChange={(event) => onChange(withRange(filters, event.target.value as DateRange))}
      >
        {DATE_RANGES.map((range) => (
          <option key={range.value} value={range.value}>
            {range.label}
          </option>
        ))}
      </select>
      {filters.range === 'custom' && (
        <>
          <input
            type="date"
            className="search-filter"
            aria-label="From date"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(event) => onChange(withDates(filters, event.target.value, filters.to))}
          />
          <input
            type="date"
            className="search-filter"
            aria-label="To date"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(event) => onChange(withDates(filters, filters.from, event.target.value))}
          />
        </>
      )}
      <button
        type="button"
        className="chip"
        aria-pressed={filters.unreadOnly}
        onClick={() => onChange({ ...filters, unreadOnly: !filters.unreadOnly })}
      >
        Unread
      </button>
      <button
        type="button"
        className="chip"
        aria-pressed={filters.bookmarkedOnly}
        onClick={() => onChange({ ...filters, bookmarkedOnly: !filters.bookmarkedOnly })}
      >
        Bookmarked
      </button>
    </div>
  );
}
