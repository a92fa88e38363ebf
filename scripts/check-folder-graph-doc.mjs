#!/usr/bin/env node
// Part of `npm run lint:deps`: the "Folder graph" section of docs/ARCHITECTURE.md must show the
// graph that .dependency-cruiser.mjs enforces — the layers table, the core table, and a drawing
// in which every core node appears once and every edge points to a lower row. Prints each
// difference and exits 1, so the drawing cannot drift from the rule.
import { readFileSync } from 'node:fs';
import { coreGraph, layers } from '../.dependency-cruiser.mjs';

const docPath = 'docs/ARCHITECTURE.md';
const doc = readFileSync(new URL(`../${docPath}`, import.meta.url), 'utf8');
const start = doc.indexOf('\n## Folder graph\n');
const end = doc.indexOf('\n## ', start + 1);
const section = start < 0 ? '' : doc.slice(start + 1, end < 0 ? undefined : end);
const problems = [];

/** `db/` in the drawing and tables is the node `db`; root files keep their name. */
const node = (name) => name.replace(/\/$/, '');
const names = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => node(match[1]));
const cells = (line) =>
  line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
const sameSet = (a, b) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
const show = (list) => (list.length > 0 ? list.join(', ') : 'nothing');

const rows = section.split('\n').filter((line) => line.startsWith('| `'));
const layerRows = new Map();
const coreRows = new Map();
for (const line of rows) {
  const [first, ...rest] = cells(line);
  const name = node(names(first)[0] ?? '');
  (/^(electron|renderer)\//.test(name) ? layerRows : coreRows).set(name, rest);
}

function compareNodes(what, documented, enforced) {
  for (const name of Object.keys(enforced)) if (!documented.has(name)) problems.push(`${what} ${name} has no row.`);
  for (const name of documented.keys()) if (!(name in enforced)) problems.push(`${what} ${name} is not in the rule.`);
}

compareNodes('Layer', layerRows, layers);
for (const [layer, [imports = '', nodeCell, electronCell]] of layerRows) {
  const rule = layers[layer];
  if (!rule) continue;
  if (!sameSet(names(imports), rule.imports)) {
    problems.push(`Layer ${layer}: the doc says it imports ${show(names(imports))}; the rule, ${show(rule.imports)}.`);
  }
  if ((nodeCell === 'yes') !== rule.node)
    problems.push(`Layer ${layer}: "Node built-ins" should be ${rule.node ? 'yes' : 'no'}.`);
  if ((electronCell === 'yes') !== rule.electron) {
    problems.push(`Layer ${layer}: "electron" should be ${rule.electron ? 'yes' : 'no'}.`);
  }
}

compareNodes('Core node', coreRows, coreGraph);
for (const [name, [imports = '']] of coreRows) {
  const allowed = coreGraph[name];
  if (allowed && !sameSet(names(imports), allowed)) {
    problems.push(`Core node ${name}: the doc says it imports ${show(names(imports))}; the rule, ${show(allowed)}.`);
  }
}

const drawing = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
const rowOf = new Map();
drawing.split('\n').forEach((line, row) => {
  for (const word of line.split(/\s+/).map(node)) {
    if (!(word in coreGraph)) continue;
    if (rowOf.has(word)) problems.push(`The drawing shows ${word} twice.`);
    rowOf.set(word, row);
  }
});
for (const [from, imports] of Object.entries(coreGraph)) {
  if (!rowOf.has(from)) problems.push(`The drawing lacks ${from}.`);
  for (const to of imports) {
    if (rowOf.has(from) && rowOf.has(to) && rowOf.get(to) <= rowOf.get(from)) {
      problems.push(`The drawing puts ${to} level with or above ${from}, which imports it.`);
    }
  }
}

if (!section) problems.splice(0, problems.length, `${docPath} has no "## Folder graph" section.`);
if (problems.length > 0) {
  console.error(`\n${docPath} ("Folder graph") differs from .dependency-cruiser.mjs:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  console.error('Change the drawing and the rule together.\n');
  process.exit(1);
}
console.log(`✔ ${docPath} draws the folder graph the rule enforces`);
