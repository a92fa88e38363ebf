import { request } from 'node:http';

/**
 * A raw HTTP request, so tests can send what a browser never would: a foreign
 * Host header (DNS rebinding) or no secret at all.
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

/** The per-run secret, read from index.html exactly as the page itself learns it. */
export async function readSecret(baseUrl: string): Promise<string> {
  const page = await rawRequest(baseUrl);
  const match = /<meta name="broadsheet-preview-secret" content="([^"]+)"/.exec(page.body);
  if (!match) throw new Error('index.html carries no preview secret.');
  return match[1]!;
}
