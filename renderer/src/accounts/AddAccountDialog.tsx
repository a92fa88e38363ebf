/**
 * "Add account…": pick the service, give the server's address where it needs one, the user name and password
 * (and Inoreader's App ID and App key), then "Test and add": the core tests the credentials before anything is
 * saved. The password and App key live only in their inputs, never in React state, and are cleared as the form
 * is sent, whether the server accepts them or not.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Account, AddAccountInput, GReaderService } from '@contract/methods/accounts';
import type { AccountServiceInfo } from '@contract/methods/accounts';
import { ACCOUNT_LIMITS } from '@contract/methods/accounts';
import { LIMITS } from '@contract/library-models';
import { checkAccountServerUrl, plainHttpNeedsConsent } from '@contract/url-policy/account-server-policy';
import { useApi } from '../api/ApiProvider';
import { useQuery } from '../hooks/use-query';
import { FormError } from '../ui/FormError';
import { InlineError } from '../ui/InlineError';
import { Modal } from '../ui/Modal';
import { formErrorText, isRefusal } from './account-text';
import { AdvancedAccountFields, readPin } from './AdvancedAccountFields';
import { MINIFLUX_TOKEN_HINT, MinifluxAuthChoice, type MinifluxAuth } from './MinifluxAuthChoice';
import { SecretInput, type SecretField } from './SecretInput';
import { INOREADER_DEVELOPER_URL, serviceHints } from './service-hints';
import './accounts.css';

interface AddAccountDialogProps {
  onAdded: (account: Account) => void;
  onClose: () => void;
}

export function AddAccountDialog({ onAdded, onClose }: AddAccountDialogProps) {
  const services = useQuery('accounts.services', []);
  return (
    <Modal
      title="Add an account"
      wide
      onClose={onClose}
      footer={
        // Once the services are in, the form has its own buttons.
        services.status === 'ready' ? undefined : (
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        )
      }
    >
      {services.status === 'loading' && <p role="status">Loading the services…</p>}
      {services.status === 'error' && (
        <InlineError what="The services could not be loaded." error={services.error} onRetry={services.retry} />
      )}
      {services.status === 'ready' && <AccountForm services={services.value} onAdded={onAdded} onClose={onClose} />}
    </Modal>
  );
}

function AccountForm({
  services,
  onAdded,
  onClose,
}: {
  services: AccountServiceInfo[];
  onAdded: (account: Account) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const ids = useId();
  const [chosen, setChosen] = useState(services[0]?.service);
  const [url, setUrl] = useState('');
  const [urlLeft, setUrlLeft] = useState(false);
  const [user, setUser] = useState('');
  const [name, setName] = useState('');
  const [appId, setAppId] = useState('');
  const [allowHttp, setAllowHttp] = useState(false);
  const [fingerprint, setFingerprint] = useState('');
  const [minifluxAuth, setMinifluxAuth] = useState<MinifluxAuth>('token');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const password = useRef<SecretField>(null);
  const appKey = useRef<SecretField>(null);
  const [filled, setFilled] = useState({ password: false, appKey: false });
  const serviceRef = useRef<HTMLSelectElement>(null);
  // The dialog opened while the services loaded: the form's first field takes focus when it appears.
  useEffect(() => serviceRef.current?.focus(), []);

  const info = services.find((service) => service.service === chosen) ?? services[0];
  if (!info) return <p>No sync services are available.</p>;
  const hints = serviceHints(info.service);
  // Miniflux's API key replaces the user name and password (the server names the user).
  const usesToken = info.kind === 'miniflux' && minifluxAuth === 'token';
  const typedUrl = url.trim();
  const urlVerdict = info.needsUrl && typedUrl ? checkAccountServerUrl(typedUrl, { allowHttp: true }) : null;
  const urlProblem = urlVerdict && !urlVerdict.allowed ? `This address cannot be used: ${urlVerdict.reason}.` : null;
  const asksHttp = info.needsUrl && plainHttpNeedsConsent(typedUrl);
  // Only a self-hosted server's certificate is pinned: a service's own is renewed under it every few weeks.
  const pinned = info.needsUrl ? readPin(fingerprint) : { pin: null, problem: null };
  const ready =
    (!info.needsUrl || (typedUrl !== '' && !urlProblem)) &&
    (!asksHttp || allowHttp) &&
    pinned.problem === null &&
    (usesToken || user.trim() !== '') &&
    filled.password &&
    (!info.needsAppCredentials || (appId.trim() !== '' && filled.appKey));

  const submit = async () => {
    if (!ready || busy) return setUrlLeft(true);
    const common = {
      ...(usesToken ? {} : { user: user.trim() }),
      // Read and cleared at once: from here on the password (or API key) exists only in this call.
      password: password.current?.take() ?? '',
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(asksHttp ? { allowHttp: true } : {}),
      ...(pinned.pin === null ? {} : { pinnedFingerprint: pinned.pin }),
    };
    const withUser = { ...common, user: user.trim() };
    const inputFor = (): AddAccountInput => {
      switch (info.kind) {
        case 'fever':
          return { kind: 'fever', url: typedUrl, ...withUser };
        case 'miniflux':
          return { kind: 'miniflux', auth: minifluxAuth, url: typedUrl, ...common };
        case 'nextcloud':
          return { kind: 'nextcloud', url: typedUrl, ...withUser };
        case 'feedbin':
          return { kind: 'feedbin', ...withUser };
        case 'greader':
          return {
            kind: 'greader',
            service: info.service as GReaderService,
            ...withUser,
            ...(info.needsUrl ? { url: typedUrl } : {}),
            ...(info.needsAppCredentials ? { appId: appId.trim(), appKey: appKey.current?.take() ?? '' } : {}),
          };
      }
    };
    const input = inputFor();
    setFilled({ password: false, appKey: false });
    setBusy(true);
    setError(null);
    try {
      onAdded(await api.call('accounts.add', input));
    } catch (caught) {
      // Enabled again before focus moves back to the (now empty) password field.
      flushSync(() => {
        setBusy(false);
        setError(formErrorText(caught));
      });
      if (isRefusal(caught)) password.current?.focus();
    }
  };

  const hint = (key: string) => `${ids}-${key}`;
  return (
    <form
      className="account-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span className="field__label">Service</span>
        <select
          ref={serviceRef}
          value={info.service}
          disabled={busy}
          onChange={(event) => {
            setChosen(event.target.value as AccountServiceInfo['service']);
            setError(null);
          }}
        >
          {services.map((service) => (
            <option key={service.service} value={service.service}>
              {service.label}
            </option>
          ))}
        </select>
      </label>
      {info.needsUrl && (
        <div className="field">
          <label className="field__label" htmlFor={hint('url')}>
            Server address
          </label>
          <input
            id={hint('url')}
            type="text"
            inputMode="url"
            autoComplete="url"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={LIMITS.url}
            value={url}
            placeholder={hints.urlPlaceholder}
            disabled={busy}
            aria-invalid={urlLeft && urlProblem ? true : undefined}
            aria-describedby={[hint('url-hint'), urlLeft && urlProblem ? hint('url-error') : ''].join(' ').trim()}
            onChange={(event) => {
              setUrl(event.target.value);
              setUrlLeft(false);
            }}
            onBlur={() => setUrlLeft(true)}
          />
          <span className="field__hint" id={hint('url-hint')}>
            {hints.url}
          </span>
          {urlLeft && urlProblem && (
            <span className="field__error" id={hint('url-error')}>
              {urlProblem}
            </span>
          )}
        </div>
      )}
      {!info.needsUrl && info.defaultUrl && <p className="field__hint">Connects to {info.defaultUrl}.</p>}
      {info.can && <p className="field__hint">{info.can}</p>}
      {info.cannot && <p className="field__hint">{info.cannot}</p>}
      {asksHttp && (
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              checked={allowHttp}
              disabled={busy}
              aria-describedby={hint('http-hint')}
              onChange={(event) => setAllowHttp(event.target.checked)}
            />
            Allow plain HTTP on my local network
          </label>
          <span className="field__hint" id={hint('http-hint')}>
            This address starts with http://, so your password would travel unencrypted. Allow it only for a server in
            your own home or office network; anywhere else, use its https:// address.
          </span>
        </div>
      )}
      {info.kind === 'miniflux' && (
        <MinifluxAuthChoice
          value={minifluxAuth}
          disabled={busy}
          onChange={(auth) => {
            setMinifluxAuth(auth);
            setFilled((was) => ({ ...was, password: false }));
          }}
        />
      )}
      {!usesToken && (
        <label className="field">
          <span className="field__label">{hints.userLabel ?? 'User name'}</span>
          <input
            type="text"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={ACCOUNT_LIMITS.user}
            value={user}
            disabled={busy}
            onChange={(event) => setUser(event.target.value)}
          />
        </label>
      )}
      <SecretInput
        // A new field when the key replaces the password (or back): what was typed for one never goes as the other.
        key={usesToken ? 'token' : 'password'}
        ref={password}
        label={usesToken ? 'API key' : hints.passwordLabel}
        hint={usesToken ? MINIFLUX_TOKEN_HINT : hints.password}
        maxLength={ACCOUNT_LIMITS.password}
        disabled={busy}
        onFilled={(isFilled) => setFilled((was) => ({ ...was, password: isFilled }))}
      />
      {info.needsAppCredentials && (
        <InoreaderAppFields
          appId={appId}
          onAppId={setAppId}
          appKey={appKey}
          disabled={busy}
          onAppKeyFilled={(isFilled) => setFilled((was) => ({ ...was, appKey: isFilled }))}
        />
      )}
      <label className="field">
        <span className="field__label">Name (optional)</span>
        <input
          type="text"
          maxLength={ACCOUNT_LIMITS.name}
          value={name}
          placeholder={info.label}
          disabled={busy}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      {info.needsUrl && (
        <AdvancedAccountFields fingerprint={fingerprint} onFingerprint={setFingerprint} disabled={busy} />
      )}
      {busy && (
        <p className="field__hint" role="status">
          Checking your {usesToken ? 'API key' : 'user name and password'} with {info.label}…
        </p>
      )}
      <FormError message={error} />
      <footer className="modal__footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy || !ready}>
          {busy ? 'Testing…' : 'Test and add'}
        </button>
      </footer>
    </form>
  );
}

function InoreaderAppFields({
  appId,
  onAppId,
  appKey,
  disabled,
  onAppKeyFilled,
}: {
  appId: string;
  onAppId: (value: string) => void;
  appKey: RefObject<SecretField | null>;
  disabled: boolean;
  onAppKeyFilled: (filled: boolean) => void;
}) {
  const api = useApi();
  const hintId = useId();
  return (
    <fieldset className="account-form__app">
      <legend className="field__label">Inoreader app</legend>
      <p className="field__hint" id={hintId}>
        Inoreader lets other apps in with an App ID and App key of your own: create them under Preferences → Developer
        (the developer API needs a paid Inoreader plan).{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => void api.call('links.openExternal', INOREADER_DEVELOPER_URL).catch(() => undefined)}
        >
          Where to find your App ID and App key
        </button>
      </p>
      <label className="field">
        <span className="field__label">App ID</span>
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={ACCOUNT_LIMITS.appId}
          value={appId}
          disabled={disabled}
          aria-describedby={hintId}
          onChange={(event) => onAppId(event.target.value)}
        />
      </label>
      <SecretInput
        ref={appKey}
        label="App key"
        maxLength={ACCOUNT_LIMITS.appKey}
        disabled={disabled}
        onFilled={onAppKeyFilled}
      />
    </fieldset>
  );
}
