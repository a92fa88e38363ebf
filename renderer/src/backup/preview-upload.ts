import { ApiError, isApiErrorData } from '@contract/errors';
import { SECRET_META_NAME } from '../api/choose-client';
import { SECRET_HEADER } from '../api/http-client';

/**
 * In the browser preview there is no native open dialog: the reader picks a
 * file with a file input and the page uploads it to the preview server
 * (`POST /api/upload`, with the per-run secret), which answers a token for
 * `backup.restore` or `imports.bookmarks`.
 */
export function previewSecret(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${SECRET_META_NAME}"]`)?.content || null;
}

export async function uploadFile(
  file: Blob,
  secret: string,
  doFetch: typeof fetch = (input, init) => fetch(input, init),
): Promise<string> {
  let response: Response;
  try {
    response = await doFetch('/api/upload', {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', [SECRET_HEADER]: secret },
      body: file,
    });
  } catch {
    throw new ApiError('CORE_UNAVAILABLE', 'Broadsheet cannot reach its preview server. Is it still running?');
  }
  const body = (await response.json().catch(() => null)) as {
    ok?: boolean;
    value?: { token?: string };
    error?: unknown;
  } | null;
  if (body?.ok && typeof body.value?.token === 'string') return body.value.token;
  if (body && isApiErrorData(body.error)) throw ApiError.fromData(body.error);
  throw new ApiError('INTERNAL', `The file could not be uploaded (HTTP ${response.status}).`);
}
