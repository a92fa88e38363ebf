import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterPreview, rawRequest } from './support/http-request';
import { startPreview, type RunningPreview } from './support/preview';

// The built preview's door and API guard, from outside a browser (tests/preview/door.test.ts has every route).
let preview: RunningPreview;
let cookie: string;
const FROM_PAGE = { 'X-Broadsheet-Request': 'page' };

beforeAll(async () => {
  preview = await startPreview();
  cookie = await enterPreview(preview.url);
});

afterAll(async () => {
  await preview?.stop();
});

function call(method: string, headers: Record<string, string>, args: unknown[] = []) {
  return rawRequest(new URL(`/api/call/${method}`, preview.url).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(args),
  });
}

describe('the preview server’s door and API guard', () => {
  it('prints an address with a token, which it trades for a cookie named for its port', () => {
    expect(preview.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${preview.port}/\\?token=[\\w-]{43}$`));
    expect(cookie).toMatch(new RegExp(`^broadsheet_preview_${preview.port}=[\\w-]{43}$`));
  });

  it('answers a call that carries the cookie with an envelope', async () => {
    const response = await call('app.getInfo', { Cookie: cookie, ...FROM_PAGE });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { name: 'Broadsheet', runtime: 'preview' } });
  });

  it('answers a bad argument with an error envelope, not a crash', async () => {
    const response = await call('app.dismissNotice', { Cookie: cookie, ...FROM_PAGE }, [42]);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
  });

  it('refuses a call without the cookie', async () => {
    const response = await call('app.getInfo', FROM_PAGE);
    expect(response.status).toBe(403);
    expect(response.body).toContain('npm run preview');
  });

  it('refuses a call with a wrong cookie', async () => {
    expect((await call('app.getInfo', { Cookie: `${cookie}x`, ...FROM_PAGE })).status).toBe(403);
  });

  it('refuses a call with the cookie but a foreign Host header (DNS rebinding)', async () => {
    const response = await call('app.getInfo', { Cookie: cookie, ...FROM_PAGE, Host: `evil.example:${preview.port}` });
    expect(response.status).toBe(403);
  });

  it('does not hand the app to a request without the cookie', async () => {
    const response = await rawRequest(new URL('/', preview.url).href);
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('Open the address the preview printed');
    expect(response.body).not.toContain('<script');
  });

  it('refuses the event stream without the cookie', async () => {
    const response = await rawRequest(new URL('/api/events', preview.url).href);
    expect(response.status).toBe(403);
  });
});
