/**
 * Stars, set to a state and never flipped blindly. Miniflux 2.3.2 takes `{"entry_ids": […], "starred": true}` on
 * `PUT /v1/entries` (miniflux.app/docs/api.html, "Update Entries"); older servers have only
 * `PUT /v1/entries/{id}/bookmark`, which TOGGLES (storage `ToggleStarred`: `starred = NOT starred`). Sending the
 * toggle for an outbox row replayed after a crash would flip the star back, so on those servers each entry's
 * current `starred` is read first and the toggle sent only when it differs.
 *
 * Which kind of server this is gets found out once, by the first explicit request with `starred` and no `status`:
 * before 2.3.2 the validator requires a valid `status` and answers 400 without changing anything
 * (internal/validator/entry.go, ValidateEntriesStatusUpdateRequest), so the 400 is a safe "no", and the client
 * falls back to the toggle. `status` is never sent with `starred`: an old server would apply the status and drop
 * the star without a word.
 */
import { MinifluxRefusedError } from './errors';
import { parseJson } from './json-fields';
import { parseEntry } from './parse';
import type { Session } from './session';
import type { MinifluxCallOptions, MinifluxStarMode, MinifluxStarOutcome } from './types';
import { chunks, uniqueIds, wireId, wireIdList } from './wire-ids';
import { IDS_PER_UPDATE } from './client-entries';

export interface StarWriter {
  setStarred(ids: readonly string[], starred: boolean, options?: MinifluxCallOptions): Promise<MinifluxStarOutcome>;
  /** The way stars are written, once known (given, or learnt from the first `setStarred`). */
  mode(): MinifluxStarMode | null;
}

export function createStarWriter(session: Session, given: MinifluxStarMode | null): StarWriter {
  let mode = given;

  async function explicit(batch: readonly string[], starred: boolean, options?: MinifluxCallOptions) {
    const json = `{"entry_ids":${wireIdList(batch)},"starred":${starred}}`;
    await session.send('PUT', 'v1/entries', { json }, options);
  }

  async function toggleWhereDifferent(
    ids: readonly string[],
    starred: boolean,
    outcome: MinifluxStarOutcome,
    options?: MinifluxCallOptions,
  ) {
    for (const id of ids) {
      const path = `v1/entries/${wireId(id)}`;
      const body = await session.send('GET', path, { allowNotFound: true }, options);
      const entry = body === null ? null : parseEntry(parseJson(body, `GET ${path}`));
      if (entry === null) outcome.missing.push(id);
      else if (entry.starred === starred) outcome.unchanged.push(id);
      else {
        await session.send('PUT', `${path}/bookmark`, {}, options);
        outcome.changed.push(id);
      }
    }
  }

  return {
    mode: () => mode,
    async setStarred(ids, starred, options) {
      const outcome: MinifluxStarOutcome = { changed: [], unchanged: [], missing: [] };
      const unique = uniqueIds(ids);
      if (unique.length === 0) return outcome;
      for (const batch of chunks(unique, IDS_PER_UPDATE)) {
        if (mode === 'toggle') {
          await toggleWhereDifferent(batch, starred, outcome, options);
          continue;
        }
        try {
          await explicit(batch, starred, options);
          mode = 'explicit';
          // Setting a state is idempotent: every id is as asked now (ids the server lacks are ignored by it).
          outcome.changed.push(...batch);
        } catch (error) {
          if (mode !== null || !(error instanceof MinifluxRefusedError) || error.status !== 400) throw error;
          mode = 'toggle';
          await toggleWhereDifferent(batch, starred, outcome, options);
        }
      }
      return outcome;
    },
  };
}
