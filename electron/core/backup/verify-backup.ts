/**
 * The first pass over a backup, before anything is written: is it ours, is
 * it a version we read, and does every entry hash to what the manifest says?
 * A foreign file, a newer backup or a damaged one is refused here.
 */
import { createHash, type Hash } from 'node:crypto';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MANIFEST_ENTRY,
  ManifestSchema,
  MARKER_ENTRY,
  type Manifest,
} from './backup-format';
import { refuse } from './backup-refused';
import { readZipEntries, textCollector } from './zip-source';

const MAX_MANIFEST = 64 * 1024 * 1024;

export function verifyBackup(path: string): Manifest {
  let first = true;
  let markerVersion: number | null = null;
  let manifestText: string | null = null;
  const seen = new Map<string, { hash: Hash; bytes: number; done: boolean }>();
  try {
    readZipEntries(path, (name) => {
      const isFirst = first;
      first = false;
      if (isFirst && name !== MARKER_ENTRY) throw refuse('foreign');
      if (name === MARKER_ENTRY) {
        if (!isFirst) throw refuse('damaged', 'it names itself twice');
        return textCollector(100, (text) => {
          const match = new RegExp(`^${BACKUP_FORMAT} (\\d{1,6})\\n$`).exec(text);
          if (!match) throw refuse('foreign');
          markerVersion = Number(match[1]);
          if (markerVersion > BACKUP_VERSION) throw refuse('newer', String(markerVersion));
        });
      }
      if (name === MANIFEST_ENTRY) return textCollector(MAX_MANIFEST, (text) => (manifestText = text));
      const entry = { hash: createHash('sha256'), bytes: 0, done: false };
      seen.set(name, entry);
      return {
        data(chunk) {
          entry.hash.update(chunk);
          entry.bytes += chunk.length;
        },
        end() {
          entry.done = true;
        },
      };
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'ApiError') throw error;
    throw refuse('damaged', error instanceof Error ? error.message : String(error));
  }
  if (markerVersion === null) throw refuse('foreign');
  if (manifestText === null) throw refuse('damaged', 'it is incomplete');
  const manifest = parseManifest(manifestText);
  if (manifest.version !== markerVersion) throw refuse('damaged', 'its version marks disagree');
  for (const [name, expected] of Object.entries(manifest.checksums)) {
    const found = seen.get(name);
    if (!found?.done) throw refuse('damaged', `“${name.slice(0, 80)}” is missing`);
    if (found.bytes !== expected.bytes || found.hash.digest('hex') !== expected.sha256) {
      throw refuse('damaged', `“${name.slice(0, 80)}” does not match its checksum`);
    }
  }
  for (const name of seen.keys()) {
    if (!Object.hasOwn(manifest.checksums, name))
      throw refuse('damaged', `“${name.slice(0, 80)}” is not in its manifest`);
  }
  return manifest;
}

function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw refuse('damaged', 'its manifest is not readable');
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) throw refuse('damaged', 'its manifest is not valid');
  return parsed.data;
}
