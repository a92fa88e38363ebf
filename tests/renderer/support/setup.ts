import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy* waits for a condition, not a duration; when `npm test` runs the
// browser tests beside these on two cores, a render can take over the default
// second, so allow more before calling a missing element a failure.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.theme;
  localStorage.clear();
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
