/**
 * A small fake of the parts of Electron that Broadsheet's main process and
 * preload use. The `main` vitest project aliases `electron` to this file,
 * because importing the real package in Node tries to download a binary.
 * Fakes record what they were asked to do so tests can assert on it; they
 * emit events like Electron does (a preventable event object first).
 */
import type { BrowserWindowConstructorOptions, CustomScheme, MenuItemConstructorOptions, Rectangle } from 'electron';
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeEvent<T extends object = object> {
  defaultPrevented = false;
  constructor(details?: T) {
    Object.assign(this, details);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class FakeWebFrameMain {
  readonly routingId = nextId++;
  readonly processId = 1;
  constructor(
    public url: string,
    public readonly parent: FakeWebFrameMain | null = null,
  ) {}
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeWebFrameMain('app://broadsheet/index.html');
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: WindowOpenHandler | undefined;
  destroyed = false;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Emits `name` with a preventable event carrying `details`, as Electron does. */
  emitPreventable<T extends object>(name: string, details?: T, ...rest: unknown[]): FakeEvent<T> {
    const event = new FakeEvent(details);
    this.emit(name, event, ...rest);
    return event;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  bounds: Rectangle;
  maximized = false;
  minimized = false;
  visible = false;
  focused = false;
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    BrowserWindow.created.push(this);
  }

  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  /** Moves/resizes like a reader dragging the window, emitting what Electron emits. */
  setBounds(bounds: Partial<Rectangle>): void {
    const resized = bounds.width !== undefined || bounds.height !== undefined;
    this.bounds = { ...this.bounds, ...bounds };
    this.emit(resized ? 'resize' : 'move');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.emit('close', new FakeEvent());
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  singleInstanceLock = true;
  readonly paths: Record<string, string> = { userData: '/tmp/broadsheet-test-user-data' };
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly showAboutPanel = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.singleInstanceLock);
  private resolveReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  getName(): string {
    return 'Broadsheet';
  }
  getVersion(): string {
    return '0.1.0-test';
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (!path) throw new Error(`Fake app has no path "${name}"`);
    return path;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** Test helper: what Electron does once it has initialised. */
  async fireReady(): Promise<void> {
    this.resolveReady();
    this.emit('ready');
    await this.ready;
    // Let `whenReady().then(...)` callbacks run.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

export const app = new FakeApp();

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const protocol = {
  privileged: [] as CustomScheme[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    // Electron ignores schemes registered after ready; the fake makes that mistake loud.
    if (protocol.readyFired) throw new Error('registerSchemesAsPrivileged called after ready');
    protocol.privileged.push(...schemes);
  },
  readyFired: false,
  handle(scheme: string, handler: ProtocolHandler): void {
    if (protocol.handlers.has(scheme)) throw new Error(`Scheme ${scheme} is already handled`);
    protocol.handlers.set(scheme, handler);
  },
};
app.once('ready', () => {
  protocol.readyFired = true;
});

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle(channel: string, handler: InvokeHandler): void {
    // Electron throws on a second handler for the same channel; so does the fake.
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    ipcMain.handlers.delete(channel);
  },
  /** Test helper: what `ipcRenderer.invoke` from `event`'s frame would do. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  },
};

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
}

export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    if (contextBridge.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property "${key}"`);
    contextBridge.exposed.set(key, api);
  },
};

export const shell = {
  openExternal: vi.fn(async (_url: string, _options?: unknown) => undefined),
  /** Resolves to an error message, or '' when the path was opened. */
  openPath: vi.fn(async (_path: string) => ''),
};

export const Menu = {
  applicationMenu: null as { template: MenuItemConstructorOptions[] } | null,
  buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
  setApplicationMenu(menu: { template: MenuItemConstructorOptions[] } | null): void {
    Menu.applicationMenu = menu;
  },
};

interface FakeDisplay {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

export const screen = {
  displays: [
    { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 25, width: 1920, height: 1055 } },
  ] as FakeDisplay[],
  getAllDisplays(): FakeDisplay[] {
    return screen.displays;
  },
  getPrimaryDisplay(): FakeDisplay | undefined {
    return screen.displays[0];
  },
};

/** `net.isOnline()` feeds the core's offline mode; tests flip `online`. */
export const net = {
  online: true,
  isOnline(): boolean {
    return net.online;
  },
};

/** Sleep and wake; tests emit 'resume' and 'unlock-screen'. */
export const powerMonitor = new EventEmitter();

/** Desktop notifications; every one shown is recorded in `Notification.shown`. */
export class Notification {
  static supported = true;
  static readonly shown: { title?: string; body?: string }[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  constructor(readonly options: { title?: string; body?: string; silent?: boolean } = {}) {}
  show(): void {
    Notification.shown.push({ title: this.options.title, body: this.options.body });
  }
}

/** The system keychain: tests flip `available` and `backend`; sealing is a reversible stand-in, never plain text. */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  isEncryptionAvailable(): boolean {
    return safeStorage.available;
  },
  getSelectedStorageBackend(): string {
    return safeStorage.backend;
  },
  async encryptStringAsync(plain: string): Promise<Buffer> {
    return Buffer.from(`sealed:${Buffer.from(plain, 'utf8').toString('hex')}`, 'utf8');
  },
  async decryptStringAsync(sealed: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    const text = sealed.toString('utf8');
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.');
    return { result: Buffer.from(text.slice('sealed:'.length), 'hex').toString('utf8'), shouldReEncrypt: false };
  },
};

/** Native file dialogs: tests set what the reader "chooses" with mockResolvedValueOnce. */
export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: undefined as string | undefined })),
};

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  net,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
};
