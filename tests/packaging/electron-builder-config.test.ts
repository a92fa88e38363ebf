import { Ajv, type ValidateFunction } from 'ajv';
import { existsSync, readFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import type * as FileMatcherModule from 'app-builder-lib/out/fileMatcher';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(root + path, 'utf8');

type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  directories: { output: string; buildResources: string };
  files: string[];
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
};

let validate: ValidateFunction;
const loadConfig = () => parse(read('electron-builder.yml')) as Config;

/** Validates a copy, as electron-builder would, and returns the errors. */
function errorsOf(config: unknown): string[] {
  return validate(structuredClone(config))
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
}

beforeAll(() => {
  const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;
  // The same Ajv options electron-builder's own validator uses (app-builder-lib/out/util/config/schemaValidator.js);
  // `strict: false` because the schema uses a non-standard `typeof` keyword.
  validate = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false }).compile(schema);
});

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    expect(errorsOf(loadConfig())).toEqual([]);
  });

  const misspelt: [string, (config: Config) => void][] = [
    ['a misspelt top-level key', (config) => (config.appID = 'x')],
    ['a misspelt fuse', (config) => (config.electronFuses.runAsNod = false)],
    ['a fuse that does not exist', (config) => (config.electronFuses.enableEverything = true)],
    ['"targets" instead of "target"', (config) => ((config.linux as Record<string, unknown>).targets = ['deb'])],
    ['a misspelt directory', (config) => ((config.directories as Record<string, unknown>).outptu = 'out')],
    ['a key in the wrong place', (config) => ((config.win as Record<string, unknown>).oneClick = false)],
    ['a misspelt NSIS option', (config) => ((config.nsis as Record<string, unknown>).oneclick = false)],
    [
      'a fuse set to a non-boolean',
      (config) => ((config.electronFuses as Record<string, unknown>).runAsNode = { off: true }),
    ],
  ];

  it.each(misspelt)('fails validation with %s', (_label, spoil) => {
    const config = loadConfig();
    spoil(config);
    expect(errorsOf(config)).not.toEqual([]);
  });

  it('flips the security fuses', () => {
    expect(loadConfig().electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb, dmg, and nsis', () => {
    const config = loadConfig();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('names the app as package.json does and packs only the built app', () => {
    const config = loadConfig();
    const pkg = JSON.parse(read('package.json')) as { productName: string; main: string };
    expect(config).toMatchObject({
      appId: 'app.broadsheet.reader',
      productName: pkg.productName,
      directories: { output: 'release' },
    });
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    expect(pkg.main).toMatch(/^dist\//);
    expect(config.asar).not.toBe(false);
    expect(config.nsis).toMatchObject({ deleteAppDataOnUninstall: false });
  });

  it('packs sharp, what it requires and its platform binary, unpacked from the asar, and no other package', () => {
    const config = loadConfig() as Config & { asarUnpack: string[] };
    // The matchers electron-builder itself builds: node_modules are copied through the `files` exclusions only.
    const { FileMatcher } = require('app-builder-lib/out/fileMatcher.js') as typeof FileMatcherModule;
    const excludes = config.files.filter((pattern) => pattern.startsWith('!'));
    const packed = new FileMatcher('/app', '/out', (p) => p, ['**/*', ...excludes]).createFilter();
    const unpacked = new FileMatcher('/app', '/out', (p) => p, config.asarUnpack).createFilter();
    const file = { isDirectory: () => false } as Stats;
    const sharpPkg = JSON.parse(read('node_modules/sharp/package.json')) as { dependencies: Record<string, string> };
    const runtime = [
      'node_modules/sharp/dist/index.mjs',
      'node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node',
      'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8.18.7',
      'node_modules/@img/sharp-win32-x64/lib/libvips-42.dll',
      ...Object.keys(sharpPkg.dependencies).map((name) => `node_modules/${name}/package.json`),
    ];
    for (const path of runtime) expect(packed(`/app/${path}`, file), path).toBe(true);
    for (const path of runtime.filter((p) => p.includes('@img/sharp-')))
      expect(unpacked(`/app/${path}`, file), path).toBe(true);
    for (const path of ['node_modules/react/index.js', 'node_modules/zod/index.js', 'node_modules/@tanstack/x/y.js'])
      expect(packed(`/app/${path}`, file), path).toBe(false);
    expect(unpacked('/app/dist/electron/core-worker.mjs', file)).toBe(false);
  });

  it('points at icons that exist, with the sizes each platform needs', () => {
    const config = loadConfig();
    const resources = `${config.directories.buildResources}/`;
    for (const icon of [config.mac.icon, config.win.icon])
      expect(pngSize(resources + icon)).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(`${resources}${config.linux.icon}/${size}x${size}.png`)).toEqual({ width: size, height: size });
    }
  });
});

/** Width and height from a PNG's IHDR chunk; fails on anything that is not a PNG. */
function pngSize(path: string): { width: number; height: number } {
  expect(existsSync(root + path), `${path} exists`).toBe(true);
  const bytes = readFileSync(root + path);
  expect(bytes.subarray(0, 8).toString('hex'), `${path} is a PNG`).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
