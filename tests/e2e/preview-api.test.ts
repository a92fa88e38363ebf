import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, readSecret } from './support/http-request';
import { startPreview, type RunningPreview } from './support/preview';

let preview: RunningPreview;
let secret: string;

beforeAll(async () => {
  preview = await startPreview();
  secret = await readSecret(preview.url);
});

afterAll(async () => {
  await preview?.stop();
});

function call(method: string, headers: Record<string, string>, args: unknown[] = []) {
  return rawRequest(new URL(`api/call/${method}`, preview.url).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(args),
  });
}

describe('the preview server’s API guard', () => {
  it('answers a call that carries the secret with an envelope', async () => {
    const response = await call('app.getInfo', { 'X-Broadsheet-Secret': secret });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { name: 'Broadsheet', runtime: 'preview' } });
  });

  it('answers a bad argument with an error envelope, not a crash', async () => {
    const response = await call('app.dismissNotice', { 'X-Broadsheet-Secret': secret }, [42]);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
  });

  it('refuses a call without the secret', async () => {
    expect((await call('app.getInfo', {})).status).toBe(403);
  });

  it('refuses a call with a wrong secret', async () => {
    expect((await call('app.getInfo', { 'X-Broadsheet-Secret': `${secret}x` })).status).toBe(403);
  });

  it('refuses a call with the secret but a foreign Host header (DNS rebinding)', async () => {
    const response = await call('app.getInfo', { 'X-Broadsheet-Secret': secret, Host: `evil.example:${preview.port}` });
    expect(response.status).toBe(403);
  });

  it('does not hand index.html, and so the secret, to a foreign Host', async () => {
    const response = await rawRequest(preview.url, { headers: { Host: `evil.example:${preview.port}` } });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain(secret);
  });

  it('refuses the event stream without the secret', async () => {
    const response = await rawRequest(new URL('api/events', preview.url).href);
    expect(response.status).toBe(403);
  });
});
