/**
 * `export --data-dir <dir> --format <f> (--bookmarks [--tag <t>] | --section <name> | --search <query> | --tag <t>) --out <path>`:
 * writes an export of a library folder to a file, with a progress line on
 * stderr. The summary (JSON) is the command's output.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EXPORT_FORMATS,
  ExportRequestSchema,
  type ExportFormat,
  type ExportSelection,
} from '../../api/methods/exports';
import { get } from '../db/sql';
import { planExport, runExport } from '../export/run-export';
import { imagesDir } from '../images/cache-paths';
import { openLibrary } from '../library/open-library';
import { LIBRARY_FILE } from '../service';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { outPathRefusal } from './out-path-check';
import { parseArgs } from './parse-args';
import type { ProgressOutput } from './progress-bar';

export const EXPORT_USAGE = `export --data-dir <dir> --format <${EXPORT_FORMATS.join('|')}> (--bookmarks | --section <name> | --search <query> | --tag <tag>) --out <path> [--images embed|link] [--title <text>]`;

export interface ExportIo {
  stderr: ProgressOutput;
  now?: () => number;
}

export async function exportFromArgv(argv: readonly string[], io: ExportIo): Promise<CommandResult> {
  const booleanless = argv.map((arg) => (arg === '--bookmarks' ? '--bookmarks=yes' : arg));
  const parsed = parseArgs(booleanless, [
    'data-dir',
    'format',
    'bookmarks',
    'section',
    'search',
    'tag',
    'out',
    'images',
    'title',
  ]);
  if (!parsed.ok) return usageError(parsed.error, EXPORT_USAGE);
  const { flags, positionals } = parsed.args;
  if (positionals.length > 0) return usageError(`unexpected argument "${positionals[0]}"`, EXPORT_USAGE);
  const dataDir = flags['data-dir'];
  const out = flags.out;
  if (!dataDir || !out) return usageError('export needs --data-dir and --out', EXPORT_USAGE);
  const format = flags.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format))
    return usageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`, EXPORT_USAGE);
  const chosen = ['bookmarks', 'section', 'search'].filter((name) => flags[name] !== undefined);
  if (chosen.length > 1) return usageError('choose one of --bookmarks, --section and --search', EXPORT_USAGE);
  if (chosen.length === 0 && flags.tag === undefined)
    return usageError('say what to export: --bookmarks, --section, --search or --tag', EXPORT_USAGE);
  if (!existsSync(join(dataDir, LIBRARY_FILE))) return jsonResult(2, { ok: false, error: `no library in ${dataDir}` });

  const library = openLibrary(join(dataDir, LIBRARY_FILE), { skipIntegrityCheck: true });
  const work = mkdtempSync(join(tmpdir(), 'broadsheet-export-'));
  try {
    const db = library.db();
    let what: ExportSelection;
    if (flags.section !== undefined) {
      const section = get<{ id: number }>(
        db,
        'SELECT id FROM sections WHERE name = ? COLLATE NOCASE',
        flags.section.trim(),
      );
      if (!section) return jsonResult(1, { ok: false, error: `no section named "${flags.section}"` });
      what = { kind: 'scope', scope: { kind: 'section', sectionId: String(section.id) } };
    } else if (flags.search !== undefined) what = { kind: 'search', query: flags.search };
    else what = { kind: 'scope', scope: { kind: 'bookmarks', ...(flags.tag === undefined ? {} : { tag: flags.tag }) } };
    const request = ExportRequestSchema.safeParse({
      what,
      format,
      options: { images: flags.images ?? 'embed', ...(flags.title === undefined ? {} : { title: flags.title }) },
    });
    if (!request.success)
      return usageError(request.error.issues.map((issue) => issue.message).join('; '), EXPORT_USAGE);
    const now = (io.now ?? Date.now)();
    // The same md-or-zip decision as the app's, made before anything is written, so a wrong --out is refused whole.
    const plan = planExport(db, request.data, now);
    const refusal = outPathRefusal(out, { format, articleCount: plan.ids.length, extension: plan.extension });
    if (refusal) return jsonResult(2, { ok: false, error: refusal });
    const output = await runExport(
      {
        db,
        imagesRoot: imagesDir(dataDir),
        request: request.data,
        outDir: work,
        now,
        onProgress: ({ done, total }) =>
          io.stderr.write(
            `${io.stderr.isTTY ? '\r' : ''}Exported ${done}/${total} articles${io.stderr.isTTY ? '\x1b[K' : '\n'}`,
          ),
      },
      plan,
    );
    if (io.stderr.isTTY) io.stderr.write('\n');
    copyFileSync(output.path, out);
    return jsonResult(0, {
      ok: true,
      out,
      format,
      articles: output.articleCount,
      bytes: output.byteLength,
      mimeType: output.mimeType,
    });
  } catch (error) {
    return jsonResult(1, { ok: false, error: error instanceof Error ? error.message : String(error) });
  } finally {
    library.close();
    rmSync(work, { recursive: true, force: true });
  }
}
