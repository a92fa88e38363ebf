/**
 * The one contract between the UI and everything behind it. Every binding
 * (preload, IPC, renderer client, preview HTTP server and client) is typed from
 * this file, and the IPC and HTTP hosts validate arguments against these
 * schemas at runtime, so a method missing or mistyped on any side is an error.
 * Methods are declared in groups under ./methods and joined here.
 */
import type { z } from 'zod';
import { appMethods, appEvents } from './methods/app';
import { settingsMethods, settingsEvents } from './methods/settings';
import { linksMethods } from './methods/links';
import { libraryMethods, libraryEvents } from './methods/library';
import { sectionsMethods } from './methods/sections';
import { feedsMethods } from './methods/feeds';
import { articlesMethods } from './methods/articles';
import { searchMethods } from './methods/search';
import { bookmarksMethods } from './methods/bookmarks';
import { syncMethods, syncEvents } from './methods/sync';
import { opmlMethods } from './methods/opml';
import { imageEvents, imageMethods } from './methods/images';
import { exportMethods, exportEvents } from './methods/exports';
import { backupMethods } from './methods/backup';
import { importsMethods } from './methods/imports';

export const methods = {
  ...appMethods,
  ...settingsMethods,
  ...linksMethods,
  ...libraryMethods,
  ...sectionsMethods,
  ...feedsMethods,
  ...articlesMethods,
  ...searchMethods,
  ...bookmarksMethods,
  ...syncMethods,
  ...opmlMethods,
  ...imageMethods,
  ...exportMethods,
  ...backupMethods,
  ...importsMethods,
} as const;

export const events = {
  ...appEvents,
  ...settingsEvents,
  ...libraryEvents,
  ...syncEvents,
  ...imageEvents,
  ...exportEvents,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** Arguments as a caller writes them. */
export type MethodArgs<M extends MethodName> = z.input<Methods[M]['args']>;
/** Arguments after validation, as a handler receives them. */
export type ParsedArgs<M extends MethodName> = z.output<Methods[M]['args']>;
export type MethodResult<M extends MethodName> = z.output<Methods[M]['result']>;
export type MethodOwner<M extends MethodName> = Methods[M]['owner'];

export type CoreMethodName = {
  [M in MethodName]: MethodOwner<M> extends 'core' ? M : never;
}[MethodName];
export type HostMethodName = Exclude<MethodName, CoreMethodName>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(methods, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

/** What a side that answers methods must provide, one function per method. */
export type Handlers<M extends MethodName> = {
  [K in M]: (...args: ParsedArgs<K>) => Promise<MethodResult<K>> | MethodResult<K>;
};

export type EventEmitter = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
