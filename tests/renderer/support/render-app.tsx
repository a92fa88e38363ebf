import { render } from '@testing-library/react';
import { Root } from '../../../renderer/src/Root';
import { createFakeClient, type FakeHandlers } from './fake-client';

/** Renders the whole app against a fake client, as main.tsx does against a real one. */
export function renderApp(handlers: FakeHandlers = {}) {
  const client = createFakeClient(handlers);
  const view = render(<Root client={client} />);
  return { client, ...view };
}
