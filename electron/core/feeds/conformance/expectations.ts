/** The corpus's `expectations.json`: one record per feed document (see its README). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type PathStep = string | number;

export interface Check {
  op: 'eq' | 'ne' | 'truthy' | 'falsy' | 'len' | 'eqpath' | 'noerror';
  path?: PathStep[];
  other?: PathStep[];
  value?: unknown;
}

export interface Expectation {
  path: string;
  suite: string;
  group: string;
  description: string;
  expect: string;
  skipUnless: string | null;
  headers: Record<string, string> | null;
  http?: boolean;
  checks: Check[] | null;
  translatable: boolean;
}

export function loadExpectations(corpusDir: string): Expectation[] {
  return JSON.parse(readFileSync(join(corpusDir, 'expectations.json'), 'utf8')) as Expectation[];
}
