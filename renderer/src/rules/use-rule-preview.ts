/**
 * The editor's live preview: what the rule as typed would match now, asked for once the reader pauses (every key
 * would be a query over every stored article). An answer for an older version of the rule is dropped; while a new
 * one is on its way the last answer stays, marked as updating, so the count does not flicker.
 */
import { useEffect, useState } from 'react';
import type { RuleInput, RulePreview } from '@contract/rule-model';
import { useApi } from '../api/ApiProvider';
import { toError } from '../errors/to-error';

/** How many of the newest matches the editor lists. */
export const PREVIEW_ARTICLES = 5;
export const PREVIEW_DELAY_MS = 400;

export type PreviewState =
  | { status: 'waiting' }
  | { status: 'ready'; preview: RulePreview; updating: boolean }
  | { status: 'error'; error: Error; updating: boolean };

type Settled = { key: string; result: { preview: RulePreview } | { error: Error } };

export function useRulePreview(input: RuleInput | null, delayMs = PREVIEW_DELAY_MS): PreviewState {
  const api = useApi();
  const key = input ? JSON.stringify(input) : '';
  const [settled, setSettled] = useState<Settled | null>(null);

  useEffect(() => {
    if (!key) return;
    let current = true;
    const timer = setTimeout(() => {
      api.call('rules.preview', JSON.parse(key) as RuleInput, PREVIEW_ARTICLES).then(
        (preview) => current && setSettled({ key, result: { preview } }),
        (error: unknown) => current && setSettled({ key, result: { error: toError(error) } }),
      );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, key, delayMs]);

  if (!settled) return { status: 'waiting' };
  const updating = settled.key !== key;
  return 'preview' in settled.result
    ? { status: 'ready', preview: settled.result.preview, updating }
    : { status: 'error', error: settled.result.error, updating };
}
