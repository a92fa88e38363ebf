import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  coreCallSpec,
  eventNames,
  events,
  internalMethods,
  isEventName,
  isMethodName,
  methodNames,
  methods,
} from '../../electron/api/contract';

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

  test('internal methods are the core’s, unknown to the UI, and never share a name with a public one', () => {
    const names = Object.keys(internalMethods);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const spec = internalMethods[name as keyof typeof internalMethods];
      expect(name).toMatch(/^internal\.[a-zA-Z]+$/);
      expect(spec.owner, name).toBe('core');
      expect(spec.summary.length, name).toBeGreaterThan(10);
      expect(spec.args, name).toBeInstanceOf(z.ZodTuple);
      expect(isMethodName(name), name).toBe(false);
      expect(coreCallSpec(name), name).toBe(spec);
    }
    expect(methodNames.some((name) => name.startsWith('internal.'))).toBe(false);
  });

  test('the core answers its own methods and the internal ones, never the host’s', () => {
    expect(coreCallSpec('accounts.list')).toBe(methods['accounts.list']);
    expect(coreCallSpec('accounts.add')).toBeUndefined();
    expect(coreCallSpec('settings.get')).toBeUndefined();
    for (const key of ['constructor', '__proto__', 'toString', 'internal', '', 42, null]) {
      expect(coreCallSpec(key), String(key)).toBeUndefined();
    }
  });

  test('a password can reach the core only through a host-owned method', () => {
    const carriesPassword = (schema: z.ZodType) =>
      JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })).includes('"password"');
    const publicCoreWithPassword = methodNames.filter(
      (name) => methods[name].owner === 'core' && carriesPassword(methods[name].args),
    );
    expect(publicCoreWithPassword).toEqual([]);
    expect(methods['accounts.add'].owner).toBe('host');
    expect(methods['accounts.setPassword'].owner).toBe('host');
    expect(methods['accounts.remove'].owner).toBe('host');
  });
});
