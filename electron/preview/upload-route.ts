/**
 * `POST /api/upload`: the preview's stand-in for the desktop app's open dialog. The page sends the file the reader
 * chose (a backup to restore, bookmarks to import) as the raw body; it is streamed into the data folder's incoming
 * folder and answered with its token, which the page then passes to `backup.restore` or `imports.bookmarks`. Like
 * every API route it answers only holders of the preview's cookie whose POST says it comes from the page (the
 * server checks both first); the size is bounded.
 */
import { createWriteStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { newIncomingFile, removeIncoming } from '../core/backup/incoming-files';
import { success, failure } from '../api/envelope';
import { ApiError } from '../api/errors';
import { securityHeaders } from './static-files';

export const UPLOAD_ROUTE = '/api/upload';
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

export async function handleUpload(request: IncomingMessage, response: ServerResponse, dataDir: string): Promise<void> {
  if (request.method !== 'POST')
    return send(response, 405, failure(new ApiError('INVALID_ARGUMENTS', 'Uploads are POST requests.')));
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_UPLOAD_BYTES)
    return send(response, 413, failure(new ApiError('INVALID_ARGUMENTS', 'That file is too large.')));
  const { token, path } = newIncomingFile(dataDir);
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > MAX_UPLOAD_BYTES ? new Error('too large') : null, chunk);
    },
  });
  try {
    await pipeline(request, limit, createWriteStream(path, { mode: 0o600 }));
  } catch {
    removeIncoming(dataDir, token);
    if (!response.headersSent)
      send(response, 400, failure(new ApiError('INVALID_ARGUMENTS', 'The file did not arrive whole; try again.')));
    return;
  }
  send(response, 200, success({ token }));
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}
