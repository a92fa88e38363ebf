/**
 * The two Miniflux generations a client meets, as flags, each with its source. `new` is 2.3.2 and later; `old`
 * is any 2.x before 2.3.0 (2.0.49+, so `changed_after` exists).
 */
export type MinifluxFakeVariantId = 'new' | 'old';

export interface MinifluxFakeVariant {
  id: MinifluxFakeVariantId;
  /**
   * `PUT /v1/entries` accepts `starred` with or without `status` (2.3.2+: miniflux.app/docs/api.html, "Update
   * Entries"; internal/validator/entry.go). Without it the JSON decoder ignores `starred` and the validator
   * requires a valid `status`: a 400 "invalid entry status", nothing changed.
   */
  explicitStarred: boolean;
  /**
   * `limit` above 1,000 is a 400 "limit value should be <= 1000", and no limit at all (0) is clamped to 1,000
   * (2.3.0: miniflux/v2 pull request #4284). Before, any limit was taken and 0 meant "all".
   */
  limitCap: number | null;
}

export const MINIFLUX_FAKE_VARIANTS: Record<MinifluxFakeVariantId, MinifluxFakeVariant> = {
  new: { id: 'new', explicitStarred: true, limitCap: 1000 },
  old: { id: 'old', explicitStarred: false, limitCap: null },
};
