/**
 * The bookmarks view's tag chips: "All" and one chip per tag with its count.
 * Choosing a chip narrows the list to bookmarks with that tag; the list
 * reloads tags when bookmarks change (counts change with them).
 */
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/ApiProvider';
import { useApiEvent } from '../hooks/use-api-event';
import './tag-filter.css';

export function TagFilter({
  selected,
  onChange,
}: {
  selected: string | undefined;
  onChange: (tag: string | undefined) => void;
}) {
  const api = useApi();
  const [tags, setTags] = useState<{ tag: string; count: number }[]>([]);
  const load = useCallback(() => {
    api.call('bookmarks.tags').then(setTags, () => setTags([]));
  }, [api]);
  useEffect(load, [load]);
  useApiEvent('library.countsChanged', load);

  // A tag that no bookmark carries any more leaves the filter.
  useEffect(() => {
    if (selected !== undefined && tags.length > 0 && !tags.some((t) => t.tag === selected)) onChange(undefined);
  }, [tags, selected, onChange]);

  if (tags.length === 0) return null;
  return (
    <div className="tag-filter" role="group" aria-label="Filter bookmarks by tag">
      <button type="button" className="chip" aria-pressed={selected === undefined} onClick={() => onChange(undefined)}>
        All
      </button>
      {tags.map(({ tag, count }) => (
        <button
          key={tag}
          type="button"
          className="chip"
          aria-pressed={selected === tag}
          aria-label={`${tag} (${count})`}
          onClick={() => onChange(selected === tag ? undefined : tag)}
        >
          {tag} <span className="tag-filter__count">{count}</span>
        </button>
      ))}
    </div>
  );
}
