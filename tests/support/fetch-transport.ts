import type { HttpRequest, HttpResponse, HttpTransport } from '../../electron/core/net/http-transport';

/**
 * An HttpTransport over the global fetch, for protocol tests (the app plugs in the network service's transport,
 * with its limiter, proxy and bounds). Redirects are followed by fetch itself, which drops Authorization when one
 * leaves the origin (Fetch standard, "HTTP-redirect fetch"). A request that gets no answer rejects with a message
 * naming the host, never the request's headers or body.
 */
export function createFetchTransport(): HttpTransport {
  return async (request: HttpRequest): Promise<HttpResponse> => {
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch (error) {
      if (request.signal?.aborted) throw error;
      throw new Error(`No answer from ${new URL(request.url).host} (${codeOf(error)}).`, { cause: error });
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    return { status: response.status, headers, body: await response.text(), url: response.url };
  };
}

function codeOf(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : 'network error';
}
