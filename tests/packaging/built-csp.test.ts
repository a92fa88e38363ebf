import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseCsp } from '../../electron/api/csp';

/**
 * The policy that actually ships: read from the BUILT page, not from the
 * constant, so a build step that drops or rewrites the meta tag is caught.
 */
const builtPage = fileURLToPath(new URL('../../dist/renderer/index.html', import.meta.url));

let html: string;
let policy: Map<string, string[]>;

/** Undoes the HTML escaping an attribute value may carry (Vite writes ' as &#39;). */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function cspMetaTags(page: string): string[] {
  const tags = page.match(/<meta\b[^>]*>/gi) ?? [];
  return tags
    .filter((tag) => /http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag))
    .map((tag) => decodeAttribute(/\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? ''));
}

beforeAll(() => {
  if (!existsSync(builtPage)) {
    throw new Error(`The built UI is missing (${builtPage}). Run \`npm run build\` before this test.`);
  }
  html = readFileSync(builtPage, 'utf8');
  const metas = cspMetaTags(html);
  expect(metas, 'exactly one CSP meta tag').toHaveLength(1);
  policy = parseCsp(metas[0]!);
});

const effective = (directive: string) => policy.get(directive) ?? policy.get('default-src') ?? [];
const lowered = (values: string[]) => values.map((value) => value.toLowerCase());

describe('the CSP of the built index.html', () => {
  it('is the shared policy, placed before any script, style or link it must govern', () => {
    expect(parseCsp(CONTENT_SECURITY_POLICY)).toEqual(policy);
    const metaAt = html.search(/<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy/i);
    const firstGoverned = html.search(/<(script|link|style)\b/i);
    expect(metaAt).toBeGreaterThan(-1);
    expect(firstGoverned === -1 || metaAt < firstGoverned).toBe(true);
  });

  it.each(['script-src', 'script-src-elem', 'script-src-attr', 'worker-src'])(
    '%s allows no inline code, eval or wildcard',
    (directive) => {
      const values = lowered(effective(directive));
      for (const forbidden of [
        "'unsafe-inline'",
        "'unsafe-eval'",
        "'unsafe-hashes'",
        "'wasm-unsafe-eval'",
        "'strict-dynamic'",
        '*',
        'data:',
        'blob:',
        'http:',
        'https:',
      ]) {
        expect(values).not.toContain(forbidden);
      }
    },
  );

  it('lets scripts come from the app itself only', () => {
    expect(effective('script-src')).toEqual(["'self'"]);
  });

  it("sets default-src, object-src, frame-src and base-uri to 'none'", () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(effective('frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('allows images exactly from the app, the image cache, https and data', () => {
    expect([...lowered(effective('img-src'))].sort()).toEqual(["'self'", 'bsimg:', 'data:', 'https:'].sort());
  });

  it('keeps styles and connections same-origin', () => {
    expect(lowered(effective('style-src'))).not.toContain("'unsafe-inline'");
    expect(effective('connect-src')).toEqual(["'self'"]);
  });

  it('ships no inline script or event-handler attribute the policy would have to allow', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes, 'every script is a bundled file').toMatch(/\bsrc="\.\/assets\/[\w.-]+\.js"/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<style\b/i);
  });
});
