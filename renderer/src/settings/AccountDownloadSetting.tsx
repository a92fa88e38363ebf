/**
 * Settings → Accounts: "Download unread articles from the last N days at first". A sync service's first sync
 * brings the bodies of that many days of unread articles at once; older unread ones are counted at once (so the
 * unread count matches the reader's phone) and arrive a few hundred per sync.
 */
import { useId } from 'react';
import { ACCOUNT_UNREAD_DAYS, type AccountUnreadDays } from '@contract/settings-schema';
import type { SettingsSaver } from './use-settings-saver';

const CHOICE_TEXT: Record<`${AccountUnreadDays}`, string> = {
  '7': 'From the last 7 days',
  '30': 'From the last 30 days',
  '90': 'From the last 90 days',
  '365': 'From the last year',
  all: 'All of them',
};

export function AccountDownloadSetting({ saver }: { saver: SettingsSaver }) {
  const id = useId();
  const error = saver.errors.accountUnreadDays;
  return (
    <div className="settings-field">
      <label htmlFor={id} className="settings-field__label">
        Download unread articles at first
      </label>
      <span className="settings-field__control">
        <select
          id={id}
          className="settings-input"
          value={String(saver.current.accountUnreadDays)}
          aria-describedby={[`${id}-description`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          onChange={(event) => saver.save({ accountUnreadDays: choiceOf(event.target.value) }, 'accountUnreadDays')}
        >
          {ACCOUNT_UNREAD_DAYS.map((days) => (
            <option key={days} value={String(days)}>
              {CHOICE_TEXT[`${days}`]}
            </option>
          ))}
        </select>
      </span>
      <span className="settings-field__description" id={`${id}-description`}>
        Older unread articles count as unread at once, as on your other devices, and arrive a few hundred at each sync.
      </span>
      {error && (
        <span className="settings-field__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

function choiceOf(value: string): AccountUnreadDays {
  return ACCOUNT_UNREAD_DAYS.find((days) => String(days) === value) ?? 90;
}
