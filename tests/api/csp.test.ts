import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, parseCsp } from '../../electron/api/csp';

describe('content security policy', () => {
  const policy = parseCsp(CONTENT_SECURITY_POLICY);

  test('scripts only from the app itself, never inline or eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe-eval|\*/);
  });

  test('no plugins, frames, forms or base rewriting', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  test('images from the app, the image cache, https and data only', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'bsimg:', 'https:', 'data:']);
  });

  test('the header adds frame-ancestors, which a meta tag cannot carry', () => {
    expect(parseCsp(CONTENT_SECURITY_POLICY_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.has('frame-ancestors')).toBe(false);
  });

  test('parser keeps the first of duplicate directives, as browsers do', () => {
    expect(parseCsp("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });
});
