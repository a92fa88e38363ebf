/**
 * `import-opml <file> --data-dir <dir>` and `export-opml --data-dir <dir>
 * [--output <file>] [--title <text>]`: subscriptions in and out of a library
 * folder, for scripts and for moving between readers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary } from '../library/open-library';
import { exportOpml } from '../opml/export-opml';
import { applyOpmlImport, gatherOpmlExport } from '../opml/library-opml';
import { parseOpml } from '../opml/parse-opml';
import { LIBRARY_FILE } from '../service';
import type { Db } from '../db/sql';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { parseArgs } from './parse-args';

export const IMPORT_OPML_USAGE = 'import-opml <file.opml> --data-dir <dir>';
export const EXPORT_OPML_USAGE = 'export-opml --data-dir <dir> [--output <file.opml>] [--title <text>]';

export interface ImportOpmlArgs {
  file: string;
  dataDir: string;
}

export interface ExportOpmlArgs {
  dataDir: string;
  /** Without it, the OPML document is the command's output. */
  output?: string;
  title?: string;
}

/** The library is opened for the one command and always closed again. */
function withLibrary(dataDir: string, work: (db: Db) => CommandResult): CommandResult {
  const library = openLibrary(join(dataDir, LIBRARY_FILE), { skipIntegrityCheck: true });
  try {
    return work(library.db());
  } catch (error) {
    return jsonResult(2, { ok: false, error: error instanceof Error ? error.message : String(error) });
  } finally {
    library.close();
  }
}

export function importOpmlCommand(args: ImportOpmlArgs, now: () => number = Date.now): CommandResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (error) {
    return jsonResult(2, { ok: false, error: `cannot read ${args.file}: ${(error as Error).message}` });
  }
  const doc = parseOpml(bytes);
  if (!doc.ok) return jsonResult(1, { ok: false, error: doc.message });
  return withLibrary(args.dataDir, (db) => jsonResult(0, { ok: true, ...applyOpmlImport(db, doc, now()) }));
}

export function exportOpmlCommand(args: ExportOpmlArgs, now: () => number = Date.now): CommandResult {
  // Exporting must not leave an empty library behind in a mistyped folder.
  if (!existsSync(join(args.dataDir, LIBRARY_FILE)))
    return jsonResult(2, { ok: false, error: `no library in ${args.dataDir}` });
  return withLibrary(args.dataDir, (db) => {
    const data = gatherOpmlExport(db, args.title);
    const xml = exportOpml(data, new Date(now()));
    if (args.output === undefined) return { exitCode: 0, output: xml };
    writeFileSync(args.output, xml);
    const feeds = data.unsectioned.length + data.sections.reduce((sum, section) => sum + section.feeds.length, 0);
    return jsonResult(0, { ok: true, file: args.output, sections: data.sections.length, feeds });
  });
}

export function importOpmlFromArgv(argv: readonly string[]): CommandResult {
  const parsed = parseArgs(argv, ['data-dir']);
  if (!parsed.ok) return usageError(parsed.error, IMPORT_OPML_USAGE);
  const [file, ...extra] = parsed.args.positionals;
  const dataDir = parsed.args.flags['data-dir'];
  if (!file || extra.length > 0 || !dataDir)
    return usageError('import-opml needs one OPML file and --data-dir', IMPORT_OPML_USAGE);
  return importOpmlCommand({ file, dataDir });
}

export function exportOpmlFromArgv(argv: readonly string[]): CommandResult {
  const parsed = parseArgs(argv, ['data-dir', 'output', 'title']);
  if (!parsed.ok) return usageError(parsed.error, EXPORT_OPML_USAGE);
  const { flags, positionals } = parsed.args;
  if (positionals.length > 0 || !flags['data-dir'])
    return usageError('export-opml needs --data-dir', EXPORT_OPML_USAGE);
  return exportOpmlCommand({ dataDir: flags['data-dir'], output: flags.output, title: flags.title });
}
