/**
 * What a Miniflux pull keeps for the next one (the account row's `state`), checked when read back: a cursor from
 * another version or a damaged row starts over (a full pull), never a crash or a wrong request.
 */
import type { MinifluxStarMode } from '../miniflux/types';

export interface MinifluxCursor {
  /** The highest entry id seen (decimal string): entries above it arrived on the server since. */
  lastEntryId: string | null;
  /** The latest `changed_at` seen (epoch ms, the server's clock): `changed_after` asks what changed since. */
  changedAtMs: number | null;
  /** How the server takes stars, once learnt (`explicit` on 2.3.2+, else `toggle`): the probe runs once. */
  starMode: MinifluxStarMode | null;
}

export const EMPTY_MINIFLUX_CURSOR: MinifluxCursor = { lastEntryId: null, changedAtMs: null, starMode: null };

export function minifluxCursorOf(state: unknown): MinifluxCursor {
  const value = (typeof state === 'object' && state !== null ? state : {}) as Record<string, unknown>;
  const { lastEntryId, changedAtMs, starMode } = value;
  return {
    lastEntryId: typeof lastEntryId === 'string' && /^[1-9]\d{0,18}$/.test(lastEntryId) ? lastEntryId : null,
    changedAtMs:
      typeof changedAtMs === 'number' && Number.isSafeInteger(changedAtMs) && changedAtMs > 0 ? changedAtMs : null,
    starMode: starMode === 'explicit' || starMode === 'toggle' ? starMode : null,
  };
}

/** The larger of two decimal ids (null: none), exactly, whatever their length. */
export function largerId(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return BigInt(a) >= BigInt(b) ? a : b;
}
