/**
 * What the add-account form tells the reader for each service: which address to paste and which password to use.
 * The core completes a known service's base address to its API endpoint, so the reader pastes what they open in
 * their browser.
 */
import type { AccountService } from '@contract/methods/accounts';

export interface ServiceHints {
  /** Under the server address field. */
  url: string;
  urlPlaceholder: string;
  /** The password field's label. */
  passwordLabel: string;
  /** The user field's label where the service signs in with something else than a user name ("Email"). */
  userLabel?: string;
  /** Under the password field, where a service wants a password other than the one for its website. */
  password?: string;
}

const DEFAULT_HINTS: ServiceHints = {
  url: 'The server’s Google Reader API address, e.g. https://rss.example.com/api/greader.php.',
  urlPlaceholder: 'https://rss.example.com/api/greader.php',
  passwordLabel: 'Password',
};

const HINTS: Partial<Record<AccountService, ServiceHints>> = {
  freshrss: {
    url: 'The address you open FreshRSS at, e.g. https://rss.example.com: Broadsheet adds /api/greader.php.',
    urlPlaceholder: 'https://rss.example.com',
    passwordLabel: 'API password',
    password:
      'FreshRSS asks for its API password, not the one you log in with: set it under Settings → Profile → API management.',
  },
  'miniflux-api': {
    url: 'The address you open Miniflux at, e.g. https://reader.example.com.',
    urlPlaceholder: 'https://reader.example.com',
    passwordLabel: 'Password',
    password: 'The user name and password you log in to Miniflux with.',
  },
  miniflux: {
    url: 'The address you open Miniflux at, e.g. https://reader.example.com.',
    urlPlaceholder: 'https://reader.example.com',
    passwordLabel: 'Password',
    password:
      'Turn on the Google Reader API in Miniflux under Settings → Integrations, and use the user name and password set there.',
  },
  fever: {
    url: 'The server’s Fever API address: FreshRSS https://rss.example.com/api/fever.php, Miniflux https://reader.example.com/fever/.',
    urlPlaceholder: 'https://rss.example.com/api/fever.php',
    passwordLabel: 'API password',
    password:
      'The password the server sets for the Fever API (FreshRSS: its API password; Miniflux: Settings → Integrations → Fever).',
  },
  nextcloud: {
    url: 'The address you open your Nextcloud at, e.g. https://cloud.example.org (the News app’s page works too): Broadsheet adds the News API’s path.',
    urlPlaceholder: 'https://cloud.example.org',
    passwordLabel: 'Password or app password',
    password:
      'Your Nextcloud password, or an app password (Settings → Security → Devices & sessions): with two-factor sign-in on, only an app password works.',
  },
  feedbin: {
    url: 'Feedbin has one address, https://api.feedbin.com/v2/: there is none to type.',
    urlPlaceholder: 'https://api.feedbin.com/v2/',
    userLabel: 'Email',
    passwordLabel: 'Password',
    password: 'The email address and password you sign in to feedbin.com with.',
  },
};

export function serviceHints(service: AccountService): ServiceHints {
  return HINTS[service] ?? DEFAULT_HINTS;
}

/** Where Inoreader readers create their App ID and App key. */
export const INOREADER_DEVELOPER_URL = 'https://www.inoreader.com/developers/';
