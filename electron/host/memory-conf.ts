/**
 * The part of the `conf` / `electron-store` API the settings service uses, and
 * an in-memory stand-in for when the settings file cannot be opened at all.
 */
export interface ConfLike {
  readonly path: string;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export class MemoryConf implements ConfLike {
  readonly path = '';
  private readonly values = new Map<string, unknown>();

  get(key: string): unknown {
    return this.values.get(key);
  }

  set(key: string, value: unknown): void {
    this.values.set(key, structuredClone(value));
  }
}
