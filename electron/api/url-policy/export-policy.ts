/**
 * Which addresses leave the app inside an export (a link, an article's or a
 * feed's address, a picture's web address). Only absolute, credential-free
 * http(s) URLs are written; a link may also be `mailto:`. Anything else
 * becomes plain text.
 */
import { checkMailto } from './mailto';
import { checkWebUrl } from './url-rules';
import { urlOrNull, type UrlVerdict } from './url-verdict';

export function checkExportUrl(raw: unknown): UrlVerdict {
  return checkWebUrl(raw, { whitespace: 'trim', credentials: 'refuse', fragment: 'keep' });
}

/** The convenience form: the URL to write, or null. */
export function exportUrl(raw: string | null | undefined): string | null {
  return urlOrNull(checkExportUrl(raw));
}

/** A link in exported HTML: a web address as above, or an e-mail address. */
export function exportLinkUrl(raw: string | null | undefined): string | null {
  return urlOrNull(checkMailto(raw) ?? checkExportUrl(raw));
}
