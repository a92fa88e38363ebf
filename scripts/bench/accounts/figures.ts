/**
 * The JSON `npm run bench -- accounts` prints: issue 15's figures in a fixed order, CPU beside every wall time,
 * each target and whether it is met. A figure that could not be measured meaningfully is null (never missing) with
 * a note saying why, and its target then reads `met: null`. docs/PERFORMANCE.md defines each figure.
 */
import type { PhaseTime } from '../sync/phase-meter';

export interface AccountsMeasurements {
  service: string;
  feeds: number;
  items: number;
  starred: number;
  firstReadable: PhaseTime;
  firstSync: PhaseTime;
  incremental: PhaseTime;
  /** Null when the push could not be measured (see `notes`). */
  push: PhaseTime | null;
  peakRssMb: number;
  notes: readonly string[];
}

/** Issue 15, section 7: the targets on this machine. */
export const ACCOUNTS_TARGETS = {
  accounts_first_readable_ms: 3_000,
  accounts_first_sync_ms: 30_000,
  accounts_incremental_ms: 1_500,
  accounts_push_ms: 1_000,
  accounts_peak_rss_mb: 300,
} as const;

export type TargetName = keyof typeof ACCOUNTS_TARGETS;

/** Issue 16: Fever's 50-item pages make its first sync slower; the other targets are Google Reader's. */
export const FEVER_FIRST_SYNC_TARGET_MS = 60_000;

/** The targets a service's figures are held to. */
export function targetsFor(service: string): Record<TargetName, number> {
  return service === 'fever'
    ? { ...ACCOUNTS_TARGETS, accounts_first_sync_ms: FEVER_FIRST_SYNC_TARGET_MS }
    : { ...ACCOUNTS_TARGETS };
}

export interface TargetCheck {
  target: number;
  /** Null when the figure is. */
  met: boolean | null;
}

export interface AccountsFigures {
  service: string;
  feeds: number;
  items: number;
  starred: number;
  accounts_first_readable_ms: number;
  accounts_first_readable_cpu_ms: number;
  accounts_first_sync_ms: number;
  accounts_first_sync_cpu_ms: number;
  accounts_incremental_ms: number;
  accounts_incremental_cpu_ms: number;
  accounts_push_ms: number | null;
  accounts_push_cpu_ms: number | null;
  accounts_peak_rss_mb: number;
  targets: Record<TargetName, TargetCheck>;
  /** Every target with a figure is met (a null figure counts as not met: it is not shown to be). */
  all_targets_met: boolean;
  notes: string[];
}

export function accountsFigures(m: AccountsMeasurements): AccountsFigures {
  const values: Record<TargetName, number | null> = {
    accounts_first_readable_ms: whole(m.firstReadable.ms),
    accounts_first_sync_ms: whole(m.firstSync.ms),
    accounts_incremental_ms: whole(m.incremental.ms),
    accounts_push_ms: m.push ? whole(m.push.ms) : null,
    accounts_peak_rss_mb: whole(m.peakRssMb),
  };
  const targets = checkTargets(values, targetsFor(m.service));
  return {
    service: m.service,
    feeds: m.feeds,
    items: m.items,
    starred: m.starred,
    accounts_first_readable_ms: values.accounts_first_readable_ms!,
    accounts_first_readable_cpu_ms: whole(m.firstReadable.cpuMs),
    accounts_first_sync_ms: values.accounts_first_sync_ms!,
    accounts_first_sync_cpu_ms: whole(m.firstSync.cpuMs),
    accounts_incremental_ms: values.accounts_incremental_ms!,
    accounts_incremental_cpu_ms: whole(m.incremental.cpuMs),
    accounts_push_ms: values.accounts_push_ms,
    accounts_push_cpu_ms: m.push ? whole(m.push.cpuMs) : null,
    accounts_peak_rss_mb: values.accounts_peak_rss_mb!,
    targets,
    all_targets_met: Object.values(targets).every((check) => check.met === true),
    notes: [...m.notes],
  };
}

/** Each figure against its target: at most the target is met. */
export function checkTargets(
  values: Readonly<Record<TargetName, number | null>>,
  limits: Readonly<Record<TargetName, number>> = ACCOUNTS_TARGETS,
): Record<TargetName, TargetCheck> {
  const names = Object.keys(limits) as TargetName[];
  return Object.fromEntries(
    names.map((name) => {
      const value = values[name];
      const target = limits[name];
      return [name, { target, met: value === null ? null : value <= target }];
    }),
  ) as Record<TargetName, TargetCheck>;
}

function whole(value: number): number {
  return Math.round(value);
}
