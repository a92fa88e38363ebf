/**
 * "Section" with one of the given sections or none (the empty value), for the dialogs that move a feed. Adding
 * a feed uses SectionChooser instead, which can also make a new section.
 */
import type { Section } from '@contract/models';

/** The select's value for "No section". */
export const NO_SECTION = '';

export function SectionSelect({
  sections,
  value,
  onChange,
  disabled = false,
}: {
  sections: readonly Section[];
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}) {
  return (
    <label className="field">
      <span className="field__label">Section</span>
      <select value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {sections.map((section) => (
          <option key={section.id} value={section.id}>
            {section.name}
          </option>
        ))}
        <option value={NO_SECTION}>No section</option>
      </select>
    </label>
  );
}
