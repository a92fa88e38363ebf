/** Refresh, storage and network: the settings the sync engine and the image cache follow. */
import { SettingsSchema, type Settings, type SettingsPatch } from '@contract/settings-schema';
import { TextField, ToggleField } from './fields';
import { boundsOf, parseWholeNumber, type Bounds } from './number-setting';
import type { SettingsSaver } from './use-settings-saver';

type NumberKey = 'refreshIntervalMinutes' | 'retentionDays' | 'offlineImagesDays' | 'imageCacheQuotaMB';

const BOUNDS: Record<NumberKey, Bounds> = {
  refreshIntervalMinutes: boundsOf(SettingsSchema.shape.refreshIntervalMinutes),
  retentionDays: boundsOf(SettingsSchema.shape.retentionDays),
  offlineImagesDays: boundsOf(SettingsSchema.shape.offlineImagesDays.unwrap()),
  imageCacheQuotaMB: boundsOf(SettingsSchema.shape.imageCacheQuotaMB),
};

function NumberSetting({
  saver,
  field,
  label,
  unit,
  description,
  disabled,
}: {
  saver: SettingsSaver;
  field: NumberKey;
  label: string;
  unit: string;
  description: string;
  disabled?: boolean;
}) {
  const bounds = BOUNDS[field];
  const stored = saver.current[field];
  const commit = (text: string) => {
    const parsed = parseWholeNumber(text, bounds);
    if ('error' in parsed) return saver.setFieldError(field, parsed.error);
    if (parsed.value === stored) return saver.setFieldError(field, null);
    saver.save({ [field]: parsed.value } as SettingsPatch, field);
  };
  return (
    <TextField
      type="number"
      label={label}
      unit={unit}
      description={description}
      min={bounds.min}
      max={bounds.max}
      value={String(stored)}
      error={saver.errors[field]}
      disabled={disabled}
      onCommit={commit}
    />
  );
}

function Toggle({
  saver,
  field,
  label,
  description,
  disabled,
}: {
  saver: SettingsSaver;
  field: 'keepUnread' | 'offlineImages' | 'markReadOnOpen';
  label: string;
  description: string;
  disabled?: boolean;
}) {
  return (
    <ToggleField
      label={label}
      description={description}
      checked={saver.current[field]}
      disabled={disabled}
      error={saver.errors[field]}
      onChange={(checked) => saver.save({ [field]: checked } as Pick<Settings, typeof field>, field)}
    />
  );
}

export function RefreshGroup({ saver }: { saver: SettingsSaver }) {
  return (
    <fieldset className="settings-group">
      <legend className="settings-group__title">Refresh</legend>
      <NumberSetting
        saver={saver}
        field="refreshIntervalMinutes"
        label="Check feeds every"
        unit="minutes"
        description="How often Broadsheet looks for new articles while it is open. A feed can ask to be checked less often."
      />
    </fieldset>
  );
}

export function StorageGroup({ saver }: { saver: SettingsSaver }) {
  const images = saver.current.offlineImages;
  return (
    <fieldset className="settings-group">
      <legend className="settings-group__title">Storage</legend>
      <NumberSetting
        saver={saver}
        field="retentionDays"
        label="Keep articles for"
        unit="days"
        description="Older articles are removed. Bookmarks, notes, sections and subscriptions are never removed."
      />
      <Toggle
        saver={saver}
        field="keepUnread"
        label="Keep unread articles"
        description="Unread articles stay however old they are. A sync service’s unread articles always stay: they are unread on your other devices too."
      />
      <Toggle
        saver={saver}
        field="offlineImages"
        label="Save images for reading offline"
        description="Pictures of recent and bookmarked articles are downloaded after each refresh."
      />
      <NumberSetting
        saver={saver}
        field="offlineImagesDays"
        label="Save images of articles from the last"
        unit="days"
        description="Bookmarked articles always keep their images."
        disabled={!images}
      />
      <NumberSetting
        saver={saver}
        field="imageCacheQuotaMB"
        label="Image cache size limit"
        unit="MB"
        description="The least recently read pictures are removed first; pictures of bookmarks are kept."
      />
    </fieldset>
  );
}

export function NetworkGroup({ saver }: { saver: SettingsSaver }) {
  return (
    <fieldset className="settings-group">
      <legend className="settings-group__title">Network</legend>
      <TextField
        label="Proxy"
        value={saver.current.proxy}
        placeholder="http://proxy.example:8080"
        description="Leave empty to connect directly. Accepts http://, https:// and socks:// addresses."
        error={saver.errors.proxy}
        onCommit={(text) => saver.save({ proxy: text }, 'proxy')}
      />
    </fieldset>
  );
}
