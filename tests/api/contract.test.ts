import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { eventNames, events, isEventName, isMethodName, methodNames, methods } from '../../electron/api/contract';

describe('contract', () => {
  test('every method names its owner, describes itself and takes a tuple of arguments', () => {
    expect(methodNames.length).toBeGreaterThan(0);
    for (const name of methodNames) {
      const spec = methods[name];
      expect(['host', 'core'], name).toContain(spec.owner);
      expect(spec.summary.length, name).toBeGreaterThan(10);
      expect(spec.args, name).toBeInstanceOf(z.ZodTuple);
      expect(name, 'names are domain.verb').toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    }
  });

  test('every event has a payload schema', () => {
    for (const name of eventNames) expect(events[name], name).toBeInstanceOf(z.ZodType);
  });

  test('name guards do not accept inherited object keys', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'app', 'app.getinfo']) {
      expect(isMethodName(key), key).toBe(false);
      expect(isEventName(key), key).toBe(false);
    }
    expect(isMethodName('app.getInfo')).toBe(true);
    expect(isEventName('core.status')).toBe(true);
  });

  test('argument schemas refuse missing and extra arguments', () => {
    expect(methods['settings.get'].args.safeParse(['extra']).success).toBe(false);
    expect(methods['settings.update'].args.safeParse([]).success).toBe(false);
    expect(methods['links.openExternal'].args.safeParse(['https://example.com']).success).toBe(true);
  });
});
