/**
 * Miniflux signs other apps in with an API key (made in Miniflux under Settings → API Keys) or with the user name
 * and password: the reader picks one. The key is typed into the form's secret field (never React state), which the
 * form labels "API key" while this choice says so.
 */
import { useId } from 'react';

export type MinifluxAuth = 'token' | 'password';

export function MinifluxAuthChoice({
  value,
  onChange,
  disabled,
}: {
  value: MinifluxAuth;
  onChange: (auth: MinifluxAuth) => void;
  disabled: boolean;
}) {
  const name = useId();
  const option = (auth: MinifluxAuth, label: string) => (
    <label className="check">
      <input type="radio" name={name} checked={value === auth} disabled={disabled} onChange={() => onChange(auth)} />
      {label}
    </label>
  );
  return (
    <fieldset className="account-form__app">
      <legend className="field__label">Sign in with</legend>
      {option('token', 'An API key')}
      {option('password', 'My user name and password')}
    </fieldset>
  );
}

/** Under the key field: where Miniflux makes one. */
export const MINIFLUX_TOKEN_HINT =
  'Create one in Miniflux under Settings → API Keys → Create a new API key, and paste it here.';
