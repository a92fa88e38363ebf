// An esbuild plugin for every bundle that may load the language detector: eld's n-gram table (~50,000 entries) is a
// JavaScript object literal of nested literals, which V8 keeps parsed boilerplate for: loading it took ~82 MB of RSS.
// The same data as a JSON string given to JSON.parse takes ~27 MB and loads faster (V8's advice for large literals).
// The table is read from the installed eld at build time, so it is always the version in package-lock.json; it is
// read in a child process, so a build run inside a measured process (the sync benchmark) does not hold it.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const TABLE = /[\\/]eld[\\/]src[\\/]ngrams[\\/]extrasmall\.js$/;

export function eldNgramsAsJson() {
  return {
    name: 'eld-ngrams-as-json',
    setup(build) {
      build.onLoad({ filter: TABLE }, ({ path }) => {
        const script = `import { ngramsData } from ${JSON.stringify(pathToFileURL(path).href)};
process.stdout.write(JSON.stringify(ngramsData));`;
        const json = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        return { contents: `export const ngramsData = JSON.parse(${JSON.stringify(json)});\n`, loader: 'js' };
      });
    },
  };
}
