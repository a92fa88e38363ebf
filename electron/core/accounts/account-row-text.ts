/** An account row's stored text read back: its service, its non-secret options, its backend's cursor. */
import { GREADER_SERVICES, isGReaderServiceId, type GReaderService } from '../greader/services';

/** The row's service; a name this version does not know is read as "other Google Reader API server". */
export function serviceOf(id: string | null): GReaderService {
  return GREADER_SERVICES[id !== null && isGReaderServiceId(id) ? id : 'other'];
}

/** The row's non-secret settings: Inoreader's App ID, the pinned certificate's fingerprint (null: none). */
export function parseOptions(text: string): { appId?: string; pin: string | null } {
  try {
    const value = JSON.parse(text) as { appId?: unknown; pinnedFingerprint?: unknown };
    return {
      ...(typeof value.appId === 'string' ? { appId: value.appId } : {}),
      pin: typeof value.pinnedFingerprint === 'string' ? value.pinnedFingerprint : null,
    };
  } catch {
    return { pin: null };
  }
}

export function parseState(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
