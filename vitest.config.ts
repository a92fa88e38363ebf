import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { contractAlias } from './vite.config.ts';

const electronMock = fileURLToPath(new URL('./tests/main/support/electron-mock.ts', import.meta.url));

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/{api,core,host,preview,packaging}/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        resolve: {
          // Importing the real `electron` package in Node tries to download a binary.
          alias: { electron: electronMock },
        },
        test: {
          name: 'main',
          environment: 'node',
          include: ['tests/main/**/*.test.ts', 'tests/preload/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias: contractAlias },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/support/setup.ts'],
          // Worker threads reused across files: jsdom's library and the shared dependencies load
          // once per worker instead of once per file (28 times), and each file still gets a fresh window in its
          // own VM context, so nothing a file leaves in the DOM or in module state reaches the next. Measured
          // in docs/RELIABILITY.md ("Flakes found and their causes").
          pool: 'vmThreads',
          // jsdom and user-event are slow when the two cores are shared with the e2e and core suites;
          // a timeout here is a stuck test, not a performance check.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // expect.poll waits for what the page will show; its default second is a duration, not a condition,
          // and a loaded machine takes longer than that. Playwright's own waits allow 30 s: so does this.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
