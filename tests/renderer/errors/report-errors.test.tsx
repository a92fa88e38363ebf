import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@contract/errors';
import { ERROR_REPORT_LIMITS, ErrorReportSchema } from '@contract/methods/app';
import { ApiProvider } from '../../../renderer/src/api/ApiProvider';
import { ErrorProvider, useReportError } from '../../../renderer/src/errors/ErrorProvider';
import { installErrorReporting } from '../../../renderer/src/errors/report-errors';
import { createFakeClient, type FakeClient } from '../support/fake-client';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function reports(client: FakeClient): unknown[] {
  return client.calls.mock.calls.filter(([method]) => method === 'app.reportError').map(([, report]) => report);
}

function throwInWindow(error: unknown, where = { filename: 'app://broadsheet/assets/index.js', lineno: 3, colno: 9 }) {
  const event = new ErrorEvent('error', { error, message: String(error), cancelable: true, ...where });
  window.dispatchEvent(event);
}

function rejectInWindow(reason: unknown) {
  window.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason }));
}

describe('errors the window met, sent to the log', () => {
  it('sends an uncaught error with where it was thrown and its stack', () => {
    const client = createFakeClient();
    uninstall = installErrorReporting(client);
    const error = new TypeError('x is undefined');
    throwInWindow(error);

    expect(reports(client)).toEqual([
      {
        kind: 'error',
        message: 'x is undefined',
        source: 'app://broadsheet/assets/index.js:3:9',
        stack: error.stack,
      },
    ]);
  });

  it('sends an error React met while rendering, which no boundary caught', async () => {
    const client = createFakeClient();
    uninstall = installErrorReporting(client);
    function Broken(): never {
      throw new RangeError('Invalid time value');
    }
    // A root as main.tsx makes it, outside the testing library's act(), which would rethrow the error instead.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const previous = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const root = createRoot(document.body.appendChild(document.createElement('div')));
    // React and jsdom both print the uncaught error; the report is what this test reads.
    const quiet = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')].map((spy) =>
      spy.mockImplementation(() => {}),
    );
    const swallow = (event: Event) => event.preventDefault();
    window.addEventListener('error', swallow);
    try {
      root.render(<Broken />);
      await waitFor(() =>
        expect(reports(client)).toContainEqual(
          expect.objectContaining({
            kind: 'error',
            message: 'Invalid time value',
            stack: expect.stringContaining('Broken'),
          }),
        ),
      );
    } finally {
      root.unmount();
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = previous;
      for (const spy of quiet) spy.mockRestore();
      window.removeEventListener('error', swallow);
    }
  });

  it('sends an unhandled rejection, whatever was thrown', () => {
    const client = createFakeClient();
    uninstall = installErrorReporting(client);
    rejectInWindow(new ApiError('CORE_UNAVAILABLE', 'The core is restarting.'));
    rejectInWindow('plain text');
    rejectInWindow({ weird: true });

    expect(reports(client)).toEqual([
      { kind: 'unhandledrejection', message: 'The core is restarting.', code: 'CORE_UNAVAILABLE' },
      { kind: 'unhandledrejection', message: 'plain text' },
      { kind: 'unhandledrejection', message: 'A value that is not an Error was thrown.' },
    ]);
  });

  it('cuts a huge error to the contract’s limits, so it is still logged rather than refused', () => {
    const client = createFakeClient();
    uninstall = installErrorReporting(client);
    const error = new Error('m'.repeat(50_000));
    error.stack = 's'.repeat(100_000);
    throwInWindow(error, { filename: `app://broadsheet/${'p'.repeat(5_000)}.js`, lineno: 1, colno: 1 });

    const [report] = reports(client) as { message: string; stack: string; source: string }[];
    expect(ErrorReportSchema.safeParse(report).success).toBe(true);
    expect(report!.message).toHaveLength(ERROR_REPORT_LIMITS.message);
    expect(report!.stack).toHaveLength(ERROR_REPORT_LIMITS.stack);
  });

  it('drops a report that cannot be sent, without another error or report', async () => {
    const client = createFakeClient({
      'app.reportError': () => {
        throw new ApiError('CORE_UNAVAILABLE', 'Shutting down.');
      },
    });
    uninstall = installErrorReporting(client);
    throwInWindow(new Error('first'));
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(reports(client)).toHaveLength(1);
  });

  it('stops listening when uninstalled', () => {
    const client = createFakeClient();
    installErrorReporting(client)();
    // Some listener must take the event, or the test runner counts it as a failure of its own.
    const swallow = (event: Event) => event.preventDefault();
    window.addEventListener('error', swallow);
    throwInWindow(new Error('after'));
    window.removeEventListener('error', swallow);
    expect(reports(client)).toEqual([]);
  });

  it('sends a failed action the banner shows, with its name and error code', async () => {
    const client = createFakeClient();
    function MarkButton() {
      const report = useReportError();
      return (
        <button type="button" onClick={() => report('Marking as read', new ApiError('STORAGE', 'The disk is full.'))}>
          Mark
        </button>
      );
    }
    render(
      <ApiProvider client={client}>
        <ErrorProvider>
          <MarkButton />
        </ErrorProvider>
      </ApiProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Mark' }));

    await waitFor(() =>
      expect(reports(client)).toEqual([
        { kind: 'action', action: 'Marking as read', code: 'STORAGE', message: 'The disk is full.' },
      ]),
    );
  });
});
