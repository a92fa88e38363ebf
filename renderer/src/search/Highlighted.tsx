import type { ReactNode } from 'react';

export interface Range {
  start: number;
  end: number;
}

/**
 * Text with the given ranges wrapped in <mark>, built as React elements: the
 * text is never parsed as HTML, whatever it contains. Ranges out of order,
 * overlapping or out of bounds are clipped rather than trusted.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
