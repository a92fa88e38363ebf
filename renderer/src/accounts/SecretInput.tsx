/**
 * A password-type field whose value never enters React state: the form reads it once with `take()`, which also
 * empties the input, so a password or key stays in the page only until the form is sent. The form learns only
 * whether it is filled (to enable its button).
 */
import { useId, useImperativeHandle, useRef, type Ref } from 'react';

export interface SecretField {
  /** The value typed, and the field emptied. */
  take(): string;
  focus(): void;
}

interface SecretInputProps {
  ref: Ref<SecretField>;
  label: string;
  hint?: string | undefined;
  maxLength: number;
  disabled?: boolean;
  onFilled: (filled: boolean) => void;
}

export function SecretInput({ ref, label, hint, maxLength, disabled, onFilled }: SecretInputProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      take() {
        const element = input.current;
        if (!element) return '';
        const value = element.value;
        element.value = '';
        return value;
      },
      focus: () => input.current?.focus(),
    }),
    [],
  );
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onFilled(event.target.value !== '')}
      />
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
