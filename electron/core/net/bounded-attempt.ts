/**
 * One controller that ends everything a fetch or an API call has in flight: the caller's cancel or the total time
 * bound, whichever comes first. The failure context records which it was, so the error says "cancelled" or
 * "timed out" rather than what the socket happened to throw. Feeds (`fetch-resource.ts`) and API calls
 * (`send-request.ts`) share it.
 */
import { endpoint, type FailureContext } from './classify-error';

export interface BoundedAttempt {
  signal: AbortSignal;
  context: FailureContext;
  /** Clears the timer and stops listening to the caller's signal; call it when the attempt is over. */
  end(): void;
}

export function startBoundedAttempt(
  firstUrl: URL,
  bounds: { connectTimeoutMs: number; totalTimeoutMs: number },
  callerSignal: AbortSignal | undefined,
): BoundedAttempt {
  const controller = new AbortController();
  const context: FailureContext = {
    ...endpoint(firstUrl),
    phase: 'response',
    connectTimeoutMs: bounds.connectTimeoutMs,
    totalTimeoutMs: bounds.totalTimeoutMs,
    cancelled: false,
    timedOut: false,
  };
  const timer = setTimeout(() => {
    context.timedOut = true;
    controller.abort();
  }, bounds.totalTimeoutMs);
  const onCancel = () => {
    context.cancelled = true;
    controller.abort();
  };
  callerSignal?.addEventListener('abort', onCancel, { once: true });
  return {
    signal: controller.signal,
    context,
    end() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCancel);
    },
  };
}
