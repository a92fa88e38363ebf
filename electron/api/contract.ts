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
import { accountsEvents, accountsInternalMethods, accountsMethods } from './methods/accounts';
import { rulesMethods } from './methods/rules';
import type { MethodSpec, Owner } from './method-spec';

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
  ...accountsMethods,
  ...rulesMethods,
} as const;

/**
 * Core methods only the host calls, never the UI: the router looks names up in `methods` alone, so a call from
 * the renderer or the preview's HTTP API gets UNKNOWN_METHOD, and the preload has no function for them. They are
 * the core's steps of host-owned methods that carry a secret (the host stores it, then hands it over in memory).
 * Their domain is `internal`, which no public method uses.
 */
export const internalMethods = {
  ...accountsInternalMethods,
} as const;

export const events = {
  ...appEvents,
  ...settingsEvents,
  ...libraryEvents,
  ...syncEvents,
  ...imageEvents,
  ...exportEvents,
  ...accountsEvents,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type InternalMethods = typeof internalMethods;
export type InternalMethodName = keyof InternalMethods;
/** Public and internal methods together: what handlers implement and the core worker answers. */
type AllMethods = Methods & InternalMethods;
type AnyMethodName = keyof AllMethods;
/** Arguments as a caller writes them. */
export type MethodArgs<M extends AnyMethodName> = z.input<AllMethods[M]['args']>;
/** Arguments after validation, as a handler receives them. */
export type ParsedArgs<M extends AnyMethodName> = z.output<AllMethods[M]['args']>;
export type MethodResult<M extends AnyMethodName> = z.output<AllMethods[M]['result']>;
export type MethodOwner<M extends MethodName> = Methods[M]['owner'];

export type CoreMethodName = {
  [M in MethodName]: MethodOwner<M> extends 'core' ? M : never;
}[MethodName];
export type HostMethodName = Exclude<MethodName, CoreMethodName>;
/** Every name the core worker answers: its public methods and the host's internal calls. */
export type CoreCallName = CoreMethodName | InternalMethodName;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(methods, value);
}

/** The spec of a method the core answers (public or internal), or undefined: what the worker checks each call against. */
export function coreCallSpec(name: unknown): MethodSpec<Owner, z.ZodTuple, z.ZodType> | undefined {
  if (typeof name !== 'string') return undefined;
  if (Object.hasOwn(internalMethods, name)) return internalMethods[name as InternalMethodName];
  if (isMethodName(name) && methods[name].owner === 'core') return methods[name];
  return undefined;
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

/** What a side that answers methods must provide, one function per method. */
export type Handlers<M extends AnyMethodName> = {
  [K in M]: (...args: ParsedArgs<K>) => Promise<MethodResult<K>> | MethodResult<K>;
};

export type EventEmitter = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
