/**
 * The built CLI's entry (dist/cli/cli.mjs), kept tiny on purpose: it checks
 * the Node version first and only then loads the commands (main.ts, bundled
 * as a separate chunk), because loading them imports `node:sqlite`, which an
 * older Node cannot even link. The commands' output goes to stdout and their
 * code becomes the exit code.
 */
import { nodeVersionProblem } from './node-version';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exitCode = 1;
} else {
  const { runCli } = await import('./main');
  const result = await runCli(process.argv.slice(2));
  process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
  process.exitCode = result.exitCode;
}
