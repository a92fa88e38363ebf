import { createWriteStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { newIncomingFile, removeIncoming } from '../core/backup/incoming-files';
import { success, failure } from '../api/envelope';
import { ApiError } from '../api/errors';
import { checkSecret } from './request-guard';
import { securityHeaders } from './static-files';

/**
 * `POST /api/upload`: the preview's stand-in for the desktop app's open
 * dialog. The page sends the file the reader chose (a backup to restore,
 * bookmarks to import) as the raw body; it is streamed into the data
 * folder's incoming folder and answered with its token, which the page then
 * passes to `backup.restore` or `imports.bookmarks`. The per-run secret is
 * required like on every API call; the size is bounded.
 */
export const UPLOAD_ROUTE = '/api/upload';
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

export async function handleUpload(
  request: IncomingMessage,
  response: ServerResponse,
  dataDir: string,
  secret: string,
): Promise<void> {
  const verdict = checkSecret(request.headers['x-broadsheet-secret'], secret);
  if (!verdict.allowed) return send(response, 403, failure(new ApiError('FORBIDDEN', verdict.reason)));
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
