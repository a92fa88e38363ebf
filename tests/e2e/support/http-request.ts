import { request } from 'node:http';

/**
 * A raw HTTP request, so tests can send what a browser never would: a foreign
 * Host header (DNS rebinding) or no cookie at all.
 */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolveResponse, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Opens the printed address as a browser does; answers the `Cookie` header the browser would send from then on. */
export async function enterPreview(printedUrl: string): Promise<string> {
  const response = await rawRequest(printedUrl);
  const setCookie = response.headers['set-cookie']?.[0];
  if (response.status !== 303 || !setCookie)
    throw new Error(`Opening ${printedUrl} gave no cookie (${response.status}).`);
  return setCookie.split(';')[0]!;
}
