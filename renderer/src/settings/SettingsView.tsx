import { useEffect, useRef } from 'react';
import type { Settings } from '@contract/settings-schema';
import { BackupPanel } from '../backup/BackupPanel';
import { useLibraryData } from '../library/library-data';
import { Icon } from '../ui/Icon';
import { AboutGroup } from './AboutGroup';
import { AccountsGroup } from './AccountsGroup';
import { AppearanceGroup, NotificationsGroup } from './PreferenceGroups';
import { NetworkGroup, RefreshGroup, StorageGroup } from './SettingsGroups';
import { RulesGroup } from './RulesGroup';
import { SubscriptionsGroup } from './SubscriptionsGroup';
import { useSettingsSaver, type SaveStatus } from './use-settings-saver';
import './settings.css';

const STATUS_TEXT: Record<SaveStatus['state'], string> = {
  idle: 'Changes are saved as you make them.',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved: see the message under the setting.',
};

/**
 * Every setting in one view beside the sidebar, saved as it changes. Opens
 * with focus on its heading so the keyboard starts at the top; Escape (outside
 * a field) or the close button goes back to reading.
 */
export function SettingsView({ settings, onClose }: { settings: Settings; onClose: () => void }) {
  const { sections } = useLibraryData();
  const saver = useSettingsSaver(settings);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Back to where the reader was (the gear button, or the list for ","), once the view closes.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus();
    return () => previous?.focus();
  }, []);

  return (
    <main
      className="pane settings-view"
      aria-labelledby="settings-title"
      onKeyDown={(event) => {
        if (
          event.key === 'Escape' &&
          !(
            event.target instanceof HTMLInputElement &&
            event.target.type !== 'checkbox' &&
            event.target.type !== 'radio'
          )
        )
          onClose();
      }}
    >
      <header className="pane-header settings-view__header">
        <h2 className="pane-header__title" id="settings-title" ref={headingRef} tabIndex={-1}>
          Settings
        </h2>
        <p className={`settings-view__status settings-view__status--${saver.status.state}`} role="status">
          {saver.status.state === 'saved' && <Icon name="check" />}
          {STATUS_TEXT[saver.status.state]}
        </p>
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </header>
      <div className="settings-view__scroll">
        <div className="settings-view__body">
          <AccountsGroup saver={saver} />
          <SubscriptionsGroup />
          <RulesGroup />
          <RefreshGroup saver={saver} />
          <StorageGroup saver={saver} />
          <AppearanceGroup saver={saver} />
          <NetworkGroup saver={saver} />
          <NotificationsGroup saver={saver} sections={sections} />
          <BackupPanel />
          <AboutGroup />
        </div>
      </div>
    </main>
  );
}
