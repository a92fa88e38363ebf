import { describe, expect, it } from 'vitest';
import {
  accountsFigures,
  ACCOUNTS_TARGETS,
  checkTargets,
  type AccountsMeasurements,
} from '../../../scripts/bench/accounts/figures';
import { parseLoadAverage } from '../../../scripts/bench/accounts/load-average';

/**
 * The accounts benchmark's line: issue 15's figures rounded as they are read, CPU beside every wall time, each
 * target with whether it is met, and a push that could not be measured printed as null with its reason.
 */
const measured: AccountsMeasurements = {
  service: 'freshrss',
  feeds: 500,
  items: 50_000,
  starred: 2_000,
  firstReadable: { ms: 547.4, cpuMs: 523.6 },
  firstSync: { ms: 3_760.2, cpuMs: 3_414 },
  incremental: { ms: 339, cpuMs: 366 },
  push: { ms: 314.5, cpuMs: 235 },
  peakRssMb: 249.7,
  notes: [],
};

describe('the accounts benchmark line', () => {
  it('prints every figure with its CPU time, in whole milliseconds and megabytes', () => {
    expect(accountsFigures(measured)).toMatchObject({
      service: 'freshrss',
      feeds: 500,
      items: 50_000,
      starred: 2_000,
      accounts_first_readable_ms: 547,
      accounts_first_readable_cpu_ms: 524,
      accounts_first_sync_ms: 3_760,
      accounts_first_sync_cpu_ms: 3_414,
      accounts_incremental_ms: 339,
      accounts_incremental_cpu_ms: 366,
      accounts_push_ms: 315,
      accounts_push_cpu_ms: 235,
      accounts_peak_rss_mb: 250,
      notes: [],
    });
  });

  it('says of each target whether it is met, and that all are', () => {
    const figures = accountsFigures(measured);
    expect(figures.targets).toEqual({
      accounts_first_readable_ms: { target: 3_000, met: true },
      accounts_first_sync_ms: { target: 30_000, met: true },
      accounts_incremental_ms: { target: 1_500, met: true },
      accounts_push_ms: { target: 1_000, met: true },
      accounts_peak_rss_mb: { target: 300, met: true },
    });
    expect(figures.all_targets_met).toBe(true);
  });

  it('names a missed target', () => {
    const figures = accountsFigures({ ...measured, peakRssMb: 313 });
    expect(figures.targets.accounts_peak_rss_mb).toEqual({ target: 300, met: false });
    expect(figures.all_targets_met).toBe(false);
  });

  it('holds Fever to its own first-sync target (60 s, issue 16) and to Google Reader’s for the rest', () => {
    const figures = accountsFigures({ ...measured, service: 'fever', firstSync: { ms: 45_000, cpuMs: 30_000 } });
    expect(figures.targets.accounts_first_sync_ms).toEqual({ target: 60_000, met: true });
    expect(figures.targets.accounts_push_ms).toEqual({ target: 1_000, met: true });
    expect(
      accountsFigures({ ...measured, firstSync: { ms: 45_000, cpuMs: 30_000 } }).targets.accounts_first_sync_ms,
    ).toEqual({ target: 30_000, met: false });
  });

  it('holds Nextcloud News to Google Reader’s targets', () => {
    const figures = accountsFigures({ ...measured, service: 'nextcloud', firstSync: { ms: 45_000, cpuMs: 30_000 } });
    expect(figures.targets.accounts_first_sync_ms).toEqual({ target: 30_000, met: false });
    expect(figures.service).toBe('nextcloud');
  });

  it('holds Feedbin to Google Reader’s targets (issue 16: only Fever has its own)', () => {
    const figures = accountsFigures({ ...measured, service: 'feedbin', firstSync: { ms: 45_000, cpuMs: 30_000 } });
    expect(figures.service).toBe('feedbin');
    expect(figures.targets.accounts_first_sync_ms).toEqual({ target: 30_000, met: false });
  });

  it('prints an unmeasured push as null, keeps its key and its note, and does not call the targets met', () => {
    const note = 'accounts_push_ms is null: the outbox is not wired.';
    const figures = accountsFigures({ ...measured, push: null, notes: [note] });
    expect(Object.keys(figures)).toEqual(Object.keys(accountsFigures(measured)));
    expect(figures).toMatchObject({ accounts_push_ms: null, accounts_push_cpu_ms: null, notes: [note] });
    expect(figures.targets.accounts_push_ms).toEqual({ target: 1_000, met: null });
    expect(figures.all_targets_met).toBe(false);
  });
});

describe('a target', () => {
  const all = (value: number | null) =>
    Object.fromEntries(Object.keys(ACCOUNTS_TARGETS).map((name) => [name, value])) as Parameters<
      typeof checkTargets
    >[0];

  it('is met at exactly its value and missed just above it', () => {
    const at = checkTargets({ ...all(0), accounts_first_readable_ms: 3_000, accounts_push_ms: 1_001 });
    expect(at.accounts_first_readable_ms.met).toBe(true);
    expect(at.accounts_push_ms.met).toBe(false);
  });

  it('is neither met nor missed without a figure', () => {
    expect(Object.values(checkTargets(all(null))).map((check) => check.met)).toEqual([null, null, null, null, null]);
  });

  it('holds issue 15’s numbers', () => {
    expect(ACCOUNTS_TARGETS).toEqual({
      accounts_first_readable_ms: 3_000,
      accounts_first_sync_ms: 30_000,
      accounts_incremental_ms: 1_500,
      accounts_push_ms: 1_000,
      accounts_peak_rss_mb: 300,
    });
  });
});

describe('the load average', () => {
  it.each([
    ['6.08 8.29 7.52 7/184 3065\n', { one: 6.08, five: 8.29, fifteen: 7.52 }],
    ['0.00 0.01 0.05 1/80 12', { one: 0, five: 0.01, fifteen: 0.05 }],
    ['12 3 1', { one: 12, five: 3, fifteen: 1 }],
  ])('reads /proc/loadavg’s %j', (text, load) => {
    expect(parseLoadAverage(text)).toEqual(load);
  });

  it.each(['', 'garbage', '6.08 8.29', '-1 0 0 1/2 3'])('reads nothing from %j', (text) => {
    expect(parseLoadAverage(text)).toBeNull();
  });
});
