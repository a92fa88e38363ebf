import type { Section } from '@contract/models';
import { LIMITS } from '@contract/library-models';

/** The select value that means "a new section, named below". */
export const NEW_SECTION = '__new__';
/** The select value that means "in no section". */
export const NO_SECTION = '__none__';

interface SectionChooserProps {
  sections: readonly Section[];
  value: string;
  onChange: (value: string) => void;
  newName: string;
  onNewName: (name: string) => void;
  /** "New section…" (made in the account chosen; a sync service's folder reaches its server with its first feed). */
  allowNew?: boolean;
  /** "No section" (a sync service's feed outside every folder). */
  allowNone?: boolean;
}

/** Which section new feeds go into: an existing one or a new one. */
export function SectionChooser(props: SectionChooserProps) {
  const { sections, value, onChange, newName, onNewName, allowNew = true, allowNone = false } = props;
  return (
    <>
      <label className="field">
        <span className="field__label">Section</span>
        <select value={value} onChange={(event) => onChange(event.target.value)}>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
          {allowNone && <option value={NO_SECTION}>No section</option>}
          {allowNew && <option value={NEW_SECTION}>New section…</option>}
        </select>
      </label>
      {value === NEW_SECTION && (
        <label className="field">
          <span className="field__label">New section name</span>
          <input
            type="text"
            value={newName}
            maxLength={LIMITS.sectionName}
            onChange={(event) => onNewName(event.target.value)}
          />
        </label>
      )}
    </>
  );
}
