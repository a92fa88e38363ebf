import { StrictMode } from 'react';
import type { ApiClient } from '@contract/client';
import { ApiProvider } from './api/ApiProvider';
import { App } from './App';
import { ErrorProvider } from './errors/ErrorProvider';

/** The app with everything it needs from outside; tests render this with a fake client. */
export function Root({ client }: { client: ApiClient }) {
  return (
    <StrictMode>
      <ApiProvider client={client}>
        <ErrorProvider>
          <App />
        </ErrorProvider>
      </ApiProvider>
    </StrictMode>
  );
}
