import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy* waits for a condition, not a duration; when `npm test` runs the
// browser tests beside these on two cores, a render can take over the default
// second, so allow more before calling a missing element a failure.
configure({ asyncUtilTimeout: 15_000 });

// What one test leaves behind must not reach the next. Each file gets a fresh window (the vmThreads pool, see
// vitest.config.ts), but the tests inside a file share one: put back everything a test may change.
const pristineHead = [...document.head.childNodes];
const pristineRootAttributes = new Map([...document.documentElement.attributes].map((a) => [a.name, a.value]));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
  // Nodes a test or the app appended outside React's root (download links, meta tags), and the theme on <html>.
  document.body.replaceChildren();
  document.head.replaceChildren(...pristineHead);
  for (const { name } of [...document.documentElement.attributes]) {
    if (!pristineRootAttributes.has(name)) document.documentElement.removeAttribute(name);
  }
  for (const [name, value] of pristineRootAttributes) document.documentElement.setAttribute(name, value);
});

// jsdom lays nothing out, so every clientHeight is 0 and a virtualized list
// would think it has no viewport. Give the list's scroller a window-sized one.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains('virtual-list') ? 800 : 0;
  },
});
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains('virtual-list') ? 360 : 0;
  },
});
