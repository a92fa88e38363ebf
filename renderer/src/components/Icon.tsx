import type { SmartViewId } from '../library/views';

/**
 * Line icons drawn inline: no icon font or image request, so nothing extra
 * has to be allowed by the Content-Security-Policy. Decorative only; the
 * text next to each icon carries the meaning.
 */
export type IconName = SmartViewId | 'section' | 'close' | 'warning' | 'info' | 'error' | 'article' | 'list';

const PATHS: Record<IconName, string[]> = {
  'front-page': ['M4 5h13v14H6a2 2 0 0 1-2-2z', 'M17 9h3v8a2 2 0 0 1-2 2h-1', 'M7 9h7', 'M7 12h7', 'M7 15h4'],
  unread: ['M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'M12 9.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z'],
  today: ['M5 6h14v14H5z', 'M5 10h14', 'M9 3v5', 'M15 3v5', 'M9 14h2v2H9z'],
  bookmarks: ['M7 4h10v16l-5-4l-5 4z'],
  section: ['M3.5 7a2 2 0 0 1 2-2h4l2 2h7a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2z'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  warning: ['M12 4l9 16H3z', 'M12 10v4', 'M12 17v.5'],
  info: ['M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'M12 11v5', 'M12 8v.5'],
  error: ['M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'M9 9l6 6', 'M15 9l-6 6'],
  article: ['M6 3h9l4 4v14H6z', 'M14 3v5h5', 'M9 12h7', 'M9 15h7', 'M9 18h4'],
  list: ['M8 6h12', 'M8 12h12', 'M8 18h12', 'M4 6h.5', 'M4 12h.5', 'M4 18h.5'],
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
