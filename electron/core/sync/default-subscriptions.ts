/**
 * The embedded default subscriptions, as text. esbuild's `text` loader for
 * `.opml` (scripts/build.mjs) puts the file into the worker and CLI bundles,
 * so a packaged app needs no asset folder. Only bundled entry points import
 * this module; tests read the file from disk and pass the text in.
 */
import opml from '../../../assets/default-subscriptions.opml';

export const DEFAULT_SUBSCRIPTIONS_OPML: string = opml;
