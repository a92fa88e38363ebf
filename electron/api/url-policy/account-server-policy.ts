/**
 * Which addresses an account may sync with. The password travels to them, so plain http:// is used only where
 * nobody on the way can read it: this computer (loopback), or a server on the reader's network they named and
 * allowed ("Allow plain HTTP on my local network", `--allow-http`). Credentials written into the address are
 * refused: the address is stored with the account, a password must never be. A bare host ("rss.example.com")
 * means https://. One policy for the form (whether to ask) and the core (whether to connect), so they never differ.
 */
import { checkWebUrl } from './url-rules';
import { refuse, type UrlRefusal } from './url-verdict';

/** How an account's address would be reached: encrypted, plain on this computer, or plain across a network. */
export type ServerTransport = 'https' | 'loopback-http' | 'network-http';

export type AccountServerVerdict = { allowed: true; url: string; transport: ServerTransport } | UrlRefusal;

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The address to connect to, or why not; `allowHttp` is the reader's consent to plain http across their network. */
export function checkAccountServerUrl(raw: unknown, options: { allowHttp: boolean }): AccountServerVerdict {
  const text =
    typeof raw === 'string' && !HAS_SCHEME.test(raw.trim()) && raw.trim() !== '' ? `https://${raw.trim()}` : raw;
  const verdict = checkWebUrl(text, { whitespace: 'trim', credentials: 'refuse', fragment: 'drop' });
  if (!verdict.allowed) return verdict;
  const url = new URL(verdict.url);
  const transport: ServerTransport =
    url.protocol === 'https:' ? 'https' : isLoopback(url.hostname) ? 'loopback-http' : 'network-http';
  if (transport === 'network-http' && !options.allowHttp)
    return refuse(
      'plain-http',
      'plain http:// sends your password unencrypted; allow it only for a server on your own network',
      'http:',
    );
  return { allowed: true, url: verdict.url, transport };
}

/** Whether the form must ask before using this address: plain http:// to anything but this computer. */
export function plainHttpNeedsConsent(raw: unknown): boolean {
  const verdict = checkAccountServerUrl(raw, { allowHttp: true });
  return verdict.allowed && verdict.transport === 'network-http';
}

/** localhost, *.localhost, 127.0.0.0/8 and ::1, as the URL parser normalised them ("127.1" is 127.0.0.1). */
function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '[::1]'
  );
}
