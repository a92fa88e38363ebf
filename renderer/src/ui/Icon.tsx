/**
 * Line icons drawn inline: no icon font or image request, so nothing extra
 * has to be allowed by the Content-Security-Policy. Decorative only; the
 * text next to each icon carries the meaning.
 */
import type { SmartViewId } from '../library/views';

export type IconName =
  | SmartViewId
  | 'section'
  | 'feed'
  | 'close'
  | 'warning'
  | 'info'
  | 'error'
  | 'article'
  | 'list'
  | 'chevron-right'
  | 'chevron-down'
  | 'chevron-up'
  | 'external'
  | 'arrow-up'
  | 'search'
  | 'bookmark-filled'
  | 'check'
  | 'cards'
  | 'rows'
  | 'refresh'
  | 'more'
  | 'plus'
  | 'sliders'
  | 'offline'
  | 'settings';

const PATHS: Record<IconName, string[]> = {
  'front-page': ['M4 5h13v14H6a2 2 0 0 1-2-2z', 'M17 9h3v8a2 2 0 0 1-2 2h-1', 'M7 9h7', 'M7 12h7', 'M7 15h4'],
  unread: ['M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'M12 9.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z'],
  today: ['M5 6h14v14H5z', 'M5 10h14', 'M9 3v5', 'M15 3v5', 'M9 14h2v2H9z'],
  bookmarks: ['M7 4h10v16l-5-4l-5 4z'],
  // An eye struck through: hidden, not gone.
  hidden: [
    'M3 12c2.5-4 5.5-6 9-6s6.5 2 9 6c-2.5 4-5.5 6-9 6s-6.5-2-9-6z',
    'M12 9.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z',
    'M4 4l16 16',
  ],
  section: ['M3.5 7a2 2 0 0 1 2-2h4l2 2h7a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2z'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  warning: ['M12 4l9 16H3z', 'M12 10v4', 'M12 17v.5'],
  info: ['M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'M12 11v5', 'M12 8v.5'],
  error: ['M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'M9 9l6 6', 'M15 9l-6 6'],
  article: ['M6 3h9l4 4v14H6z', 'M14 3v5h5', 'M9 12h7', 'M9 15h7', 'M9 18h4'],
  feed: ['M5 5a14 14 0 0 1 14 14', 'M5 11a8 8 0 0 1 8 8', 'M5.5 18.5h.5'],
  'chevron-right': ['M10 7l5 5l-5 5'],
  'chevron-down': ['M7 10l5 5l5-5'],
  'chevron-up': ['M7 14l5-5l5 5'],
  external: ['M14 5h5v5', 'M19 5l-8 8', 'M17 14v4a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h4'],
  'arrow-up': ['M12 19V5', 'M6 11l6-6l6 6'],
  search: ['M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M15.5 15.5L20 20'],
  'bookmark-filled': ['M7 4h10v16l-5-4l-5 4z', 'M9 7h6', 'M9 9h6', 'M9 11h6'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  cards: ['M4 5h16v6H4z', 'M4 14h16v6H4z'],
  rows: ['M4 6h16', 'M4 10h16', 'M4 14h16', 'M4 18h16'],
  refresh: ['M19 12a7 7 0 1 1-2.05-4.95', 'M19 4v4h-4'],
  more: ['M6 12h.5', 'M12 12h.5', 'M18 12h.5'],
  plus: ['M12 5v14', 'M5 12h14'],
  sliders: ['M4 7h9', 'M17 7h3', 'M15 5v4', 'M4 17h3', 'M11 17h9', 'M9 15v4'],
  offline: ['M3 9a13 13 0 0 1 18 0', 'M6.5 12.5a8 8 0 0 1 11 0', 'M10 16a3 3 0 0 1 4 0', 'M12 19.5h.01', 'M4 4l16 16'],
  settings: [
    'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z',
    'M12 3v2.5',
    'M12 18.5V21',
    'M3 12h2.5',
    'M18.5 12H21',
    'M5.6 5.6l1.8 1.8',
    'M16.6 16.6l1.8 1.8',
    'M5.6 18.4l1.8-1.8',
    'M16.6 7.4l1.8-1.8',
  ],
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
