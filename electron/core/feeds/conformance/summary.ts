/** Totals and the printed report of a conformance run. */
import type { RunResult } from './runner';

export interface Summary {
  passed: number;
  applicable: number;
  excluded: number;
  percent: number;
  files: number;
  crashes: { path: string; error: string }[];
  hangs: string[];
  failuresByGroup: Map<string, string[]>;
  exclusionsByReason: Map<string, number>;
}

export function summarize(run: RunResult): Summary {
  const summary: Summary = {
    passed: 0,
    applicable: 0,
    excluded: 0,
    percent: 0,
    files: run.outcomes.length + run.hangs.length,
    crashes: [],
    hangs: run.hangs,
    failuresByGroup: new Map(),
    exclusionsByReason: new Map(),
  };
  for (const outcome of run.outcomes) {
    if (outcome.crash) summary.crashes.push({ path: outcome.path, error: outcome.crash });
    outcome.checks.forEach((check, i) => {
      if (check.excluded) {
        summary.excluded++;
        summary.exclusionsByReason.set(check.excluded, (summary.exclusionsByReason.get(check.excluded) ?? 0) + 1);
        return;
      }
      summary.applicable++;
      if (check.passed) summary.passed++;
      else {
        const list = summary.failuresByGroup.get(outcome.group) ?? [];
        list.push(`${outcome.path}#${i} ${check.detail ?? ''}`);
        summary.failuresByGroup.set(outcome.group, list);
      }
    });
  }
  summary.percent = summary.applicable ? (100 * summary.passed) / summary.applicable : 0;
  return summary;
}

export function formatSummary(summary: Summary, verbose = false): string {
  const lines = [
    `feedparser conformance: ${summary.passed} passed of ${summary.applicable} applicable (${summary.percent.toFixed(1)}%)`,
    `files: ${summary.files}, crashes: ${summary.crashes.length}, hangs (over the time bound): ${summary.hangs.length}, checks not applicable: ${summary.excluded}`,
  ];
  const groups = [...summary.failuresByGroup].sort((a, b) => b[1].length - a[1].length);
  if (groups.length) lines.push('failures by group:');
  for (const [group, failures] of groups) {
    lines.push(`  ${String(failures.length).padStart(4)}  ${group}`);
    if (verbose) for (const failure of failures) lines.push(`          ${failure}`);
  }
  for (const crash of summary.crashes) lines.push(`crash: ${crash.path}: ${crash.error.split('\n')[0]}`);
  for (const hang of summary.hangs) lines.push(`hang: ${hang}`);
  lines.push('not applicable:');
  for (const [reason, count] of summary.exclusionsByReason) lines.push(`  ${String(count).padStart(4)}  ${reason}`);
  return lines.join('\n');
}
