/**
 * The preview's door over HTTP: `GET /?token=…` trades the printed token for the cookie and redirects to `/`
 * without it; any request without the cookie gets a short page that says where the way in is, never the app.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOKEN_PARAM, type PreviewDoor } from './preview-door';
import { securityHeaders } from './static-files';

export function isTokenExchange(request: IncomingMessage, url: URL): boolean {
  const reading = request.method === 'GET' || request.method === 'HEAD';
  return reading && url.pathname === '/' && url.searchParams.has(TOKEN_PARAM);
}

export function exchangeToken(response: ServerResponse, url: URL, door: PreviewDoor): void {
  const setCookie = door.exchange(url.searchParams.get(TOKEN_PARAM));
  if (setCookie === null) return refuseAtDoor(response);
  // 303: the browser follows with a GET of `/`, and the address bar (and the Back button) never shows the token.
  response.writeHead(303, {
    ...securityHeaders(),
    Location: '/',
    'Set-Cookie': setCookie,
    'Cache-Control': 'no-store',
  });
  response.end();
}

export function refuseAtDoor(response: ServerResponse): void {
  response.writeHead(403, {
    ...securityHeaders(),
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(DOOR_PAGE);
}

const DOOR_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Broadsheet preview</title></head>
<body>
<h1>Open the address the preview printed</h1>
<p>This Broadsheet preview only lets in a browser that has opened the address <code>npm run preview</code> printed
in its terminal, on the line that starts with “Broadsheet preview:”. Open that address in this browser.</p>
<p>If the preview was started again since, it printed a new address; the old one no longer works.</p>
</body>
</html>
`;
