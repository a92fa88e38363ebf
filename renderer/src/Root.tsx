/** The app with everything it needs from outside; tests render this with a fake client. */
import { StrictMode } from 'react';
import type { ApiClient } from '@contract/client';
import { ApiProvider } from './api/ApiProvider';
import { App } from './App';
import { ErrorProvider } from './errors/ErrorProvider';

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
