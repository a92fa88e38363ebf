/**
 * The reading settings as CSS custom properties on the article. React sets
 * them through the CSSOM, which the style-src CSP allows (no inline style
 * attribute is ever parsed from HTML).
 */
import type { CSSProperties } from 'react';
import type { Settings } from '@contract/settings-schema';

export function readingStyle(reading: Settings['reading']): CSSProperties {
  return {
    '--reading-font': reading.font === 'serif' ? 'var(--font-reading)' : 'var(--font-ui)',
    '--reading-size': `${reading.fontSize}px`,
    '--reading-line': String(reading.lineHeight),
    '--reading-width': `${reading.columnWidth}px`,
  } as CSSProperties;
}
