/** An account row's stored text read back: its service, its non-secret options, its backend's cursor. */
import { GREADER_SERVICES, isGReaderServiceId, type GReaderService } from '../greader/services';

/** The row's service; a name this version does not know is read as "other Google Reader API server". */
export function serviceOf(id: string | null): GReaderService {
  return GREADER_SERVICES[id !== null && isGReaderServiceId(id) ? id : 'other'];
}

export function parseOptions(text: string): { appId?: string } {
  try {
    const value = JSON.parse(text) as { appId?: unknown };
    return typeof value.appId === 'string' ? { appId: value.appId } : {};
  } catch {
    return {};
  }
}

export function parseState(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
