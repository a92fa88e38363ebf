/**
 * Custom schemes must be declared before the app is ready. `standard` gives
 * them real origins and relative URLs; `secure` treats them like https (no
 * mixed-content downgrade). Neither may bypass the CSP.
 */
import type { CustomScheme, Protocol } from 'electron';
import { IMAGE_CACHE_SCHEME } from '../api/csp';
import { APP_SCHEME } from './app-url';

export const PRIVILEGED_SCHEMES: readonly CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, bypassCSP: false },
  },
  {
    // Offline copies of article images, addressed by an opaque key.
    scheme: IMAGE_CACHE_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: false, bypassCSP: false },
  },
];

export function registerPrivilegedSchemes(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged(
    PRIVILEGED_SCHEMES.map((scheme) => ({ ...scheme, privileges: { ...scheme.privileges } })),
  );
}
