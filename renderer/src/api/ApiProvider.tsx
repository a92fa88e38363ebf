/**
 * Components get the client from context, never from a global, so tests can
 * hand them a fake and the app decides once between IPC and HTTP.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '@contract/client';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext value={client}>{children}</ApiContext>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi() needs an <ApiProvider> above it.');
  return client;
}
