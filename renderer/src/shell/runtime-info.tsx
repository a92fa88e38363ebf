/**
 * What `app.getInfo` says about the running app (name, version, desktop app
 * or browser preview), asked once for the whole window: the sidebar footer
 * shows it, the export dialog offers PDF only in the desktop app, and web
 * notifications are for the preview alone. Asked again when `reloadKey`
 * changes (the core answers it, and a restarted core may have lost the call).
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfo } from '@contract/models';
import { useQuery, type Query } from '../hooks/use-query';

const RuntimeInfoContext = createContext<Query<AppInfo> | null>(null);

export function RuntimeInfoProvider({ reloadKey = 0, children }: { reloadKey?: unknown; children: ReactNode }) {
  const info = useQuery('app.getInfo', [], { reloadKey });
  return <RuntimeInfoContext value={info}>{children}</RuntimeInfoContext>;
}

export function useRuntimeInfo(): Query<AppInfo> {
  const info = useContext(RuntimeInfoContext);
  if (!info) throw new Error('useRuntimeInfo() needs a <RuntimeInfoProvider> above it.');
  return info;
}

/** Where the UI runs, once known. */
export function useRuntime(): AppInfo['runtime'] | null {
  const info = useRuntimeInfo();
  return info.status === 'ready' ? info.value.runtime : null;
}
