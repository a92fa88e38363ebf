import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
}

export interface Route {
  /** What a client sees; issue 7's fault matrix prints these. */
  description: string;
  handle(context: RouteContext): void | Promise<void>;
}

export type RouteTable = Record<string, Route>;
