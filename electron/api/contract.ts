import { z } from 'zod';
import { AppInfoSchema, CoreStatusSchema, NoticeSchema, OpenExternalResultSchema } from './models';
import { IdSchema as Id, method } from './method-spec';
import { SettingsPatchSchema, SettingsSchema } from './settings-schema';
import { backupMethods } from './methods/backup';
import { exportEvents, exportMethods } from './methods/exports';
import { imageMethods } from './methods/images';
import { libraryEvents, libraryMethods } from './methods/library';
import { syncEvents, syncMethods } from './methods/sync';

/**
 * The one contract between the UI and everything behind it. Every binding
 * (preload, IPC, renderer client, preview HTTP server and client) is typed from
 * this file, and the IPC and HTTP hosts validate arguments against these
 * schemas at runtime, so a method missing or mistyped on any side is an error.
 * Methods are declared in groups under ./methods and joined here.
 */
export const methods = {
  ...libraryMethods,
  ...syncMethods,
  ...imageMethods,
  ...exportMethods,
  ...backupMethods,
  'app.getInfo': method({
    owner: 'core',
    summary: 'Name, version, runtime and library versions of the running app.',
    args: z.tuple([]),
    result: AppInfoSchema,
  }),
  'app.listNotices': method({
    owner: 'host',
    summary: 'Things the reader must be told that happened before the UI was ready.',
    args: z.tuple([]),
    result: z.array(NoticeSchema),
  }),
  'app.dismissNotice': method({
    owner: 'host',
    summary: 'Removes a notice the reader has read.',
    args: z.tuple([Id]),
    result: z.null(),
  }),
  'settings.get': method({
    owner: 'host',
    summary: 'The current settings.',
    args: z.tuple([]),
    result: SettingsSchema,
  }),
  'settings.update': method({
    owner: 'host',
    summary: 'Changes some settings and returns all of them.',
    args: z.tuple([SettingsPatchSchema]),
    result: SettingsSchema,
  }),
  'links.openExternal': method({
    owner: 'host',
    summary: 'Opens an http(s) link in the system browser; anything else is refused.',
    args: z.tuple([z.string().max(8192)]),
    result: OpenExternalResultSchema,
  }),
} as const;

export const events = {
  ...libraryEvents,
  ...syncEvents,
  ...exportEvents,
  'core.status': CoreStatusSchema,
  'app.notice': NoticeSchema,
  'settings.changed': SettingsSchema,
  /** The application menu's "Settings…" (desktop app): the UI opens its settings view. */
  'app.openSettings': z.null(),
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
