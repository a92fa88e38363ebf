import type { Plugin } from 'esbuild';

/** esbuild plugin: eld's n-gram table bundled as JSON for JSON.parse (see eld-ngrams-as-json.mjs). */
export function eldNgramsAsJson(): Plugin;
