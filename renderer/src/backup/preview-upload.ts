/**
 * In the browser preview there is no native open dialog: the reader picks a file with a file input and the page
 * uploads it to the preview server (`POST /api/upload`; the browser sends the preview's cookie), which answers a
 * token for `backup.restore` or `imports.bookmarks`.
 */
import { ApiError, isApiErrorData } from '@contract/errors';
import { PREVIEW_REQUEST_HEADER, PREVIEW_REQUEST_VALUE } from '@contract/preview-http';
import { refusedByPreview } from '../api/http-client';

export async function uploadFile(
  file: Blob,
  doFetch: typeof fetch = (input, init) => fetch(input, init),
): Promise<string> {
  let response: Response;
  try {
    response = await doFetch('/api/upload', {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', [PREVIEW_REQUEST_HEADER]: PREVIEW_REQUEST_VALUE },
      body: file,
    });
  } catch {
    throw new ApiError('CORE_UNAVAILABLE', 'Broadsheet cannot reach its preview server. Is it still running?');
  }
  if (response.status === 403) throw refusedByPreview();
  const body = (await response.json().catch(() => null)) as {
    ok?: boolean;
    value?: { token?: string };
    error?: unknown;
  } | null;
  if (body?.ok && typeof body.value?.token === 'string') return body.value.token;
  if (body && isApiErrorData(body.error)) throw ApiError.fromData(body.error);
  throw new ApiError('INTERNAL', `The file could not be uploaded (HTTP ${response.status}).`);
}
