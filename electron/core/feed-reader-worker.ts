/**
 * Entry point of the sync engine's reading thread (`sync/reading/feed-reader-thread.ts`), bundled on its own as
 * dist/electron/feed-reader.mjs. It holds only what reading a feed document needs (the parser, the article model and
 * the language detector): started from the core's whole bundle, the thread held about 30 MB more of code and module
 * state it never used (docs/PERFORMANCE.md, "Memory (issue 14)").
 */
import { parentPort } from 'node:worker_threads';
import { runFeedReaderThread } from './sync/reading/feed-reader-thread';

if (!parentPort) throw new Error('the reading thread must run in a worker thread');
runFeedReaderThread(parentPort);
