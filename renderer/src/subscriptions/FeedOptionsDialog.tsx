/**
 * One feed's options: full articles, its own refresh interval, paused. A sync service's feed is refreshed when its
 * account syncs, so it has the full-articles option alone (its pages and pictures are fetched here, after each sync).
 */
import { useState } from 'react';
import type { Feed, FeedOptions } from '@contract/library-models';
import { LOCAL_ACCOUNT_ID } from '@contract/methods/accounts';
import { Modal } from '../ui/Modal';
import { FormError } from '../ui/FormError';
import { useSubmit } from './use-submit';

/** Refresh intervals a reader can give one feed; "" uses the app-wide setting. */
const INTERVALS: { minutes: number | null; label: string }[] = [
  { minutes: null, label: 'Use the app setting' },
  { minutes: 15, label: 'Every 15 minutes' },
  { minutes: 30, label: 'Every 30 minutes' },
  { minutes: 60, label: 'Every hour' },
  { minutes: 180, label: 'Every 3 hours' },
  { minutes: 720, label: 'Every 12 hours' },
  { minutes: 1440, label: 'Once a day' },
  { minutes: 10_080, label: 'Once a week' },
];

export function FeedOptionsDialog({
  feed,
  onSave,
  onClose,
}: {
  feed: Feed;
  onSave: (options: FeedOptions) => Promise<unknown>;
  onClose: () => void;
}) {
  const [options, setOptions] = useState<FeedOptions>(feed.options);
  const { busy, error, run } = useSubmit();
  const polledHere = feed.accountId === LOCAL_ACCOUNT_ID;
  return (
    <Modal
      title={`Options for “${feed.title}”`}
      onClose={onClose}
      onSubmit={() => void run(() => onSave(options), onClose)}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Save
          </button>
        </>
      }
    >
      <label className="check">
        <input
          type="checkbox"
          checked={options.fullText}
          onChange={(event) => setOptions({ ...options, fullText: event.target.checked })}
        />
        Download full articles from the web page
      </label>
      {polledHere ? (
        <ScheduleOptions options={options} setOptions={setOptions} />
      ) : (
        <p className="field__hint">This feed comes from a sync service: it is refreshed each time its account syncs.</p>
      )}
      <FormError message={error} />
    </Modal>
  );
}

/** A feed polled here: its own refresh interval, and paused. */
function ScheduleOptions({
  options,
  setOptions,
}: {
  options: FeedOptions;
  setOptions: (options: FeedOptions) => void;
}) {
  const intervals = INTERVALS.some((entry) => entry.minutes === options.refreshMinutes)
    ? INTERVALS
    : [...INTERVALS, { minutes: options.refreshMinutes, label: `Every ${options.refreshMinutes} minutes` }];
  return (
    <>
      <label className="field">
        <span className="field__label">Refresh</span>
        <select
          value={options.refreshMinutes === null ? '' : String(options.refreshMinutes)}
          onChange={(event) =>
            setOptions({ ...options, refreshMinutes: event.target.value === '' ? null : Number(event.target.value) })
          }
        >
          {intervals.map((entry) => (
            <option key={entry.label} value={entry.minutes === null ? '' : String(entry.minutes)}>
              {entry.label}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={options.paused}
          onChange={(event) => setOptions({ ...options, paused: event.target.checked })}
        />
        Pause: do not refresh this feed on schedule
      </label>
    </>
  );
}
