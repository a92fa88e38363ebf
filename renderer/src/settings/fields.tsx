/**
 * The settings view's labelled inputs. Each has a description and an inline
 * error tied to it with aria-describedby, and reports changes the way the
 * reader commits them: toggles at once, typed values on Enter or on leaving
 * the field (so "1" on the way to "15" is never saved).
 */
import { useId, useState, type ReactNode } from 'react';

interface FieldFrame {
  label: string;
  description?: ReactNode;
  error?: string;
}

function Messages({ id, description, error }: { id: string; description?: ReactNode; error?: string }) {
  return (
    <>
      {description && (
        <span className="settings-field__description" id={`${id}-description`}>
          {description}
        </span>
      )}
      {error && (
        <span className="settings-field__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </>
  );
}

const describedBy = (id: string, description: unknown, error: unknown) =>
  [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function ToggleField({
  label,
  description,
  error,
  checked,
  disabled,
  onChange,
}: FieldFrame & { checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="settings-field settings-field--toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy(id, description, error)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id} className="settings-field__label">
        {label}
      </label>
      <Messages id={id} description={description} error={error} />
    </div>
  );
}

interface TextFieldProps extends FieldFrame {
  value: string;
  unit?: string;
  type?: 'text' | 'number';
  min?: number;
  max?: number;
  placeholder?: string;
  disabled?: boolean;
  /** Called with the typed text when the reader commits it, if it differs from `value` (or to clear an error). */
  onCommit: (text: string) => void;
}

export function TextField({
  label,
  description,
  error,
  value,
  unit,
  type = 'text',
  min,
  max,
  placeholder,
  disabled,
  onCommit,
}: TextFieldProps) {
  const id = useId();
  // A draft belongs to the stored value it started from; a new stored value replaces it.
  const [draft, setDraft] = useState<{ base: string; text: string } | null>(null);
  const text = draft?.base === value ? draft.text : value;
  const commit = () => {
    if (text.trim() !== value || error) onCommit(text.trim());
  };
  return (
    <div className="settings-field">
      <label htmlFor={id} className="settings-field__label">
        {label}
      </label>
      <span className="settings-field__control">
        <input
          id={id}
          className={type === 'number' ? 'settings-input settings-input--number' : 'settings-input'}
          type={type}
          inputMode={type === 'number' ? 'numeric' : undefined}
          min={min}
          max={max}
          value={text}
          placeholder={placeholder}
          disabled={disabled}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
          onChange={(event) => setDraft({ base: value, text: event.target.value })}
          onBlur={commit}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
        />
        {unit && <span className="settings-field__unit">{unit}</span>}
      </span>
      <Messages id={id} description={description} error={error} />
    </div>
  );
}
