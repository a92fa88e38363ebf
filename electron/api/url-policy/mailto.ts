/**
 * An e-mail link, for the purposes that allow one (a link shown in an article,
 * a link in an export): `mailto:` and an address with nothing that could break
 * out of an attribute or hide in it.
 */
import { readUrlText, writtenScheme } from './url-rules';
import { refuse, type UrlVerdict } from './url-verdict';

const MAILTO = /^mailto:[^\s<>"]+$/i;

/** The verdict for a `mailto:` link, or null when `raw` is not one (another policy decides). */
export function checkMailto(raw: unknown): UrlVerdict | null {
  const text = readUrlText(raw, { whitespace: 'trim' });
  if (typeof text !== 'string' || writtenScheme(text) !== 'mailto') return null;
  if (!MAILTO.test(text)) return refuse('characters', 'e-mail link contains spaces, quotes or angle brackets');
  return { allowed: true, url: `mailto:${text.slice('mailto:'.length)}` };
}
