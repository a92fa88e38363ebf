/**
 * Which Node the CLI can run on. The library is SQLite through `node:sqlite`,
 * built into Node from 22.13 (and 23.4) without a flag; the project pins 24,
 * the version Electron embeds. Checked by the entry before anything imports
 * the library, so an older Node gets this one line instead of a stack trace.
 */
const MINIMUM: readonly (readonly [major: number, minor: number])[] = [
  [22, 13],
  [23, 4],
];

/** The line to print when `version` (`process.versions.node`) cannot run the CLI; null when it can. */
export function nodeVersionProblem(version: string): string | null {
  const match = /^(\d+)\.(\d+)\./.exec(version);
  const major = match ? Number(match[1]) : 0;
  const minor = match ? Number(match[2]) : 0;
  const supported = major >= 24 || MINIMUM.some(([m, least]) => major === m && minor >= least);
  if (supported) return null;
  return `Broadsheet's command line needs Node.js 22.13 or later (24 recommended); this is Node.js ${version || 'unknown'}. Run it with \`npm run cli -- <command>\`, which uses the project's own Node.`;
}
