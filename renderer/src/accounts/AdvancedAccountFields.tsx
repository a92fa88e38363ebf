/**
 * The Add account form's "Advanced" part, closed by default: the SHA-256 fingerprint of a server's own certificate
 * (a self-hosted server whose certificate nobody vouches for). Read the way the core reads it
 * (`@contract/certificate-fingerprint`), so what the form accepts is what the connection compares.
 */
import { useId, useState } from 'react';
import { FINGERPRINT_FORMAT, normalizeFingerprint } from '@contract/certificate-fingerprint';

/** The fingerprint as typed, read: `pin` to send (null: none typed), or the problem to show. */
export function readPin(typed: string): { pin: string | null; problem: string | null } {
  if (typed.trim() === '') return { pin: null, problem: null };
  const pin = normalizeFingerprint(typed);
  return pin === null ? { pin: null, problem: FINGERPRINT_FORMAT } : { pin, problem: null };
}

export function AdvancedAccountFields({
  fingerprint,
  onFingerprint,
  disabled,
}: {
  fingerprint: string;
  onFingerprint: (value: string) => void;
  disabled: boolean;
}) {
  const ids = useId();
  const [left, setLeft] = useState(false);
  const { problem } = readPin(fingerprint);
  const showProblem = left && problem !== null;
  return (
    <details className="account-form__advanced">
      <summary>Advanced</summary>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-pin`}>
          Certificate fingerprint (SHA-256, optional)
        </label>
        <input
          id={`${ids}-pin`}
          type="text"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={200}
          value={fingerprint}
          placeholder="AB:CD:EF:…"
          disabled={disabled}
          aria-invalid={showProblem ? true : undefined}
          aria-describedby={[`${ids}-pin-hint`, showProblem ? `${ids}-pin-error` : ''].join(' ').trim()}
          onChange={(event) => {
            onFingerprint(event.target.value);
            setLeft(false);
          }}
          onBlur={() => setLeft(true)}
        />
        <span className="field__hint" id={`${ids}-pin-hint`}>
          For a server with a certificate of its own (self-signed): Broadsheet then accepts exactly that certificate and
          refuses any other. Find it in your browser’s certificate viewer or with{' '}
          <code>openssl x509 -noout -fingerprint -sha256</code>.
        </span>
        {showProblem && (
          <span className="field__error" id={`${ids}-pin-error`}>
            {problem}
          </span>
        )}
      </div>
    </details>
  );
}
