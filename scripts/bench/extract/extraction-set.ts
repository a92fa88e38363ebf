/** The committed extraction test set (tests/fixtures/extraction), read from the working directory. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExpectedPage } from './figures';

export const SET_DIR = join(process.cwd(), 'tests', 'fixtures', 'extraction');

export function loadExpected(dir = SET_DIR): ExpectedPage[] {
  return (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { pages: ExpectedPage[] }).pages;
}

export function loadPage(id: string, dir = SET_DIR): Uint8Array {
  return readFileSync(join(dir, 'pages', `${id}.html`));
}

export function loadChromePhrases(dir = SET_DIR): string[] {
  const file = JSON.parse(readFileSync(join(dir, 'chrome-phrases.json'), 'utf8')) as {
    phrases: Record<string, string[]>;
  };
  return Object.values(file.phrases).flat();
}
