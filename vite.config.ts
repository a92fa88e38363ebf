import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/api/csp.ts';

/** Puts the one shared Content-Security-Policy into the built page. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'broadsheet-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** The renderer imports the typed contract as `@contract/…` instead of climbing out of its folder. */
export const contractAlias = { '@contract': fileURLToPath(new URL('./electron/api', import.meta.url)) };

export default defineConfig({
  root: 'renderer',
  resolve: { alias: contractAlias },
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Inline assets would need `data:` in more CSP directives; keep them as files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome140',
    sourcemap: true,
  },
});
