import type { ServerResponse } from 'node:http';
import type { RouteTable } from './route-types';

/** Redirect chains, loops and redirects to places a feed reader must never go. */

function redirect(res: ServerResponse, status: number, location: string | undefined): void {
  res.writeHead(status, location === undefined ? {} : { location });
  res.end();
}

function redirectStatus(value: string | null, fallback = 302): number {
  const status = Number(value);
  return [301, 302, 303, 307, 308].includes(status) ? status : fallback;
}

/** Targets that must be refused; issue 7 iterates over this list. */
export const forbiddenRedirectTargets: Record<string, string> = {
  file: 'file:///etc/passwd',
  data: 'data:application/rss+xml;base64,PHJzcy8+',
  ftp: 'ftp://127.0.0.1/feed.xml',
  javascript: 'javascript:alert(document.cookie)',
  private: 'x-private-scheme://open?url=feed',
  garbage: 'http://',
};

const forbiddenRoutes: RouteTable = Object.fromEntries(
  Object.entries(forbiddenRedirectTargets).map(([name, target]) => [
    `/redirect-to/${name}`,
    { description: `302 to ${target}`, handle: ({ res }) => redirect(res, 302, target) },
  ]),
);

export const redirectRoutes: RouteTable = {
  '/redirect': {
    description: 'one redirect: ?status= (default 302) to ?to= (absolute or relative)',
    handle: ({ res, query }) => redirect(res, redirectStatus(query.get('status')), query.get('to') ?? '/feed'),
  },
  '/chain': {
    description: 'one hop per status in ?statuses=301,308,… then ?to= (default /feed)',
    handle: ({ res, query }) => {
      const [first, ...rest] = (query.get('statuses') ?? '302').split(',');
      const to = query.get('to') ?? '/feed';
      const next = rest.length > 0 ? `/chain?${new URLSearchParams({ statuses: rest.join(','), to })}` : to;
      redirect(res, redirectStatus(first ?? null), next);
    },
  },
  '/loop': {
    description: 'two URLs that redirect to each other forever with ?status=',
    handle: ({ res, query }) => {
      const status = redirectStatus(query.get('status'));
      const side = query.get('side') === 'b' ? 'a' : 'b';
      redirect(res, status, `/loop?status=${status}&side=${side}`);
    },
  },
  '/redirect-no-location': {
    description: '302 without a Location header',
    handle: ({ res }) => redirect(res, 302, undefined),
  },
  ...forbiddenRoutes,
};
