/** The route table: a method and a path pattern (its first group, when there is one, is the id) per endpoint. */
import type { MinifluxFakeStore } from './fake-store';
import type { MinifluxFakeRequest, Reply } from './fake-request';
import { entryRoutes } from './fake-routes-entries';
import { structureRoutes } from './fake-routes-structure';
import type { MinifluxFakeVariant } from './variants';

export interface RouteContext {
  store: MinifluxFakeStore;
  variant: MinifluxFakeVariant;
  request: MinifluxFakeRequest;
  username: string;
  /** The path's id, 0 when it has none. */
  id: number;
}

export interface Route {
  method: string;
  pattern: RegExp;
  handle(context: RouteContext): Reply;
}

const routes: Route[] = [...structureRoutes, ...entryRoutes];

/** The route's answer; 404 for a path no route knows, 405 for a known path with another method. */
export function dispatch(context: Omit<RouteContext, 'id'>): Reply {
  const { request } = context;
  let pathKnown = false;
  for (const route of routes) {
    const match = route.pattern.exec(request.path);
    if (!match) continue;
    pathKnown = true;
    if (route.method === request.method) return route.handle({ ...context, id: Number(match[1] ?? 0) });
  }
  return pathKnown
    ? { status: 405, body: { error_message: 'Method Not Allowed' } }
    : { status: 404, body: { error_message: 'Not Found' } };
}
