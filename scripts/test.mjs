#!/usr/bin/env node
// `npm test`: type-check, format, lint, the folder graph (no import cycle, no
// import against the graph in docs/ARCHITECTURE.md), build, then every Vitest
// project (core, main, renderer, end-to-end in Chromium). Ends with one summary line
// ("Summary: N passed, N failed, N skipped") and fails when no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['Type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['Format', 'npm', ['run', '--silent', 'format:check']],
  ['Lint', 'npm', ['run', '--silent', 'lint']],
  ['Folder graph', 'npm', ['run', '--silent', 'lint:deps']],
  ['Build', 'npm', ['run', '--silent', 'build']],
];
const vitestArgs = process.argv.slice(2);
const resultsFile = 'test-results/vitest.json';

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    console.log('Summary: 0 passed, 1 failed');
    process.exit(result.status ?? 1);
  }
}

for (const [label, command, args] of steps) run(label, command, args);

rmSync(resultsFile, { force: true });
console.log('\n▶ Tests');
const tests = spawnSync('npx', ['vitest', 'run', ...vitestArgs], { stdio: 'inherit' });

if (!existsSync(resultsFile)) {
  console.log('Summary: 0 passed, 1 failed (the test runner wrote no results)');
  process.exit(tests.status || 1);
}
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
const passed = results.numPassedTests;
// A file that fails to load has no failed test of its own: count it once.
const brokenFiles = (results.testResults ?? []).filter(
  (file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed'),
).length;
const failed = results.numFailedTests + brokenFiles;
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`\nSummary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0) {
  console.error('No test ran: that is a failure.');
  process.exit(1);
}
process.exit(tests.status ?? 1);
