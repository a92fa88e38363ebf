/** Appearance and reading defaults, and notifications: how Broadsheet looks and when it speaks up. */
import type { Section } from '@contract/models';
import { ReadingControls, ThemeChoice } from './ReadingControls';
import { ToggleField } from './fields';
import type { SettingsSaver } from './use-settings-saver';

export function AppearanceGroup({ saver }: { saver: SettingsSaver }) {
  return (
    <fieldset className="settings-group">
      <legend className="settings-group__title">Appearance &amp; reading</legend>
      <ThemeChoice theme={saver.current.theme} onChange={(theme) => saver.save({ theme }, 'theme')} />
      <ReadingControls settings={saver.current} onSave={saver.save} />
      <ToggleField
        label="Mark articles read when opened"
        description="Otherwise an article stays unread until you mark it (m)."
        checked={saver.current.markReadOnOpen}
        error={saver.errors.markReadOnOpen}
        onChange={(checked) => saver.save({ markReadOnOpen: checked }, 'markReadOnOpen')}
      />
      <ToggleField
        label="Mark articles read as they scroll past"
        description="Rows that scroll off the top of a list are marked read, as on a news site's front page."
        checked={saver.current.markReadOnScroll}
        error={saver.errors.markReadOnScroll}
        onChange={(checked) => saver.save({ markReadOnScroll: checked }, 'markReadOnScroll')}
      />
      <ToggleField
        label="Reading one source marks the whole story read"
        description="A story told by several outlets is read once. Off: only the article you opened."
        checked={saver.current.storyReadMarksAll}
        error={saver.errors.storyReadMarksAll}
        onChange={(checked) => saver.save({ storyReadMarksAll: checked }, 'storyReadMarksAll')}
      />
    </fieldset>
  );
}

export function NotificationsGroup({ saver, sections }: { saver: SettingsSaver; sections: Section[] }) {
  const { enabled, sectionIds } = saver.current.notifications;
  const chosen = new Set(sectionIds);
  const toggleSection = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : [...chosen].filter((other) => other !== id);
    saver.save({ notifications: { sectionIds: next } }, 'notifications.sectionIds');
  };
  return (
    <fieldset className="settings-group">
      <legend className="settings-group__title">Notifications</legend>
      <ToggleField
        label="Notify me about new articles"
        description="A desktop notification after a refresh brings new articles in the sections you choose (desktop app only)."
        checked={enabled}
        error={saver.errors['notifications.enabled']}
        onChange={(checked) => saver.save({ notifications: { enabled: checked } }, 'notifications.enabled')}
      />
      <fieldset className="settings-subgroup" disabled={!enabled}>
        <legend className="settings-subgroup__title">Sections to notify about</legend>
        {sections.length === 0 && <p className="settings-field__description">No sections yet.</p>}
        {sections.map((section) => (
          <ToggleField
            key={section.id}
            label={section.name}
            checked={chosen.has(section.id)}
            onChange={(on) => toggleSection(section.id, on)}
          />
        ))}
        {saver.errors['notifications.sectionIds'] && (
          <p className="settings-field__error" role="alert">
            {saver.errors['notifications.sectionIds']}
          </p>
        )}
      </fieldset>
    </fieldset>
  );
}
