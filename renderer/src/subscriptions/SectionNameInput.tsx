/** A section's name being typed, new or renamed: Enter submits, Escape (when offered) cancels. */
import { LIMITS } from '@contract/library-models';

export function SectionNameInput({
  value,
  onChange,
  onSubmit,
  onCancel,
  ...labelling
}: {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onCancel?: () => void;
} & ({ id: string } | { 'aria-label': string })) {
  return (
    <input
      {...labelling}
      type="text"
      className="sections-manager__name"
      value={value}
      maxLength={LIMITS.sectionName}
      autoFocus
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onSubmit();
        } else if (event.key === 'Escape' && onCancel) {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    />
  );
}
