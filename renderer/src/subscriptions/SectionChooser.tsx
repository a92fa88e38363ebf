/** The select value that means "a new section, named below". */
import type { Section } from '@contract/models';
import { LIMITS } from '@contract/library-models';

export const NEW_SECTION = '__new__';

interface SectionChooserProps {
  sections: readonly Section[];
  value: string;
  onChange: (value: string) => void;
  newName: string;
  onNewName: (name: string) => void;
}

/** Which section new feeds go into: an existing one or a new one. */
export function SectionChooser({ sections, value, onChange, newName, onNewName }: SectionChooserProps) {
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
          <option value={NEW_SECTION}>New section…</option>
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
