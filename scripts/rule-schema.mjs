#!/usr/bin/env node
// Writes docs/rule.schema.json from the rule model (electron/core/rules/rule-json-schema.ts), bundled with
// esbuild and run on this Node. `node scripts/rule-schema.mjs --check` only compares (exit 1 when they differ);
// tests/core/rules/rule-schema.test.ts makes the same comparison in `npm test`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const target = new URL('../docs/rule.schema.json', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-rule-schema-'));
try {
  const outfile = join(dir, 'schema.mjs');
  await build({
    entryPoints: [new URL('../electron/core/rules/rule-json-schema.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  const { ruleJsonSchemaText } = await import(pathToFileURL(outfile).href);
  const text = ruleJsonSchemaText();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(target, 'utf8');
    if (committed !== text) {
      console.error('docs/rule.schema.json differs from the rule model: run node scripts/rule-schema.mjs');
      process.exit(1);
    }
    console.log('✔ docs/rule.schema.json matches the rule model');
  } else {
    writeFileSync(target, text);
    console.log('wrote docs/rule.schema.json');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
