import { useRef, useState, type KeyboardEvent } from 'react';
import { LOCAL_ACCOUNT_ID, type Account } from '@contract/methods/accounts';
import type { Section } from '@contract/models';
import { accountOf, useAccountList } from '../accounts/accounts-data';
import { unavailableReason } from '../accounts/capability-text';
import { useApi } from '../api/ApiProvider';
import { Modal } from '../ui/Modal';
import { FormError } from '../ui/FormError';
import { OpmlTools } from './OpmlTools';
import { SectionNameInput } from './SectionNameInput';
import { SectionRow } from './SectionRow';
import { useSubmit } from './use-submit';
import './subscriptions.css';

interface SectionsManagerProps {
  sections: readonly Section[];
  onChanged: () => void;
  onClose: () => void;
}

/**
 * Sections in one place: add, rename, delete (feeds and bookmarks stay),
 * reorder with buttons or Alt+Up/Down, and OPML in and out. With several
 * accounts each row names its account, and a service's folders follow what
 * the service lets other apps change. A new section goes into the account
 * chosen (this computer by default); a service's folder reaches its server
 * when a feed is moved into it (its servers have no empty folders).
 */
export function SectionsManager({ sections, onChanged, onClose }: SectionsManagerProps) {
  const api = useApi();
  const accounts = useAccountList();
  const several = accounts.length > 1;
  const [order, setOrder] = useState<string[] | null>(null);
  const [adding, setAdding] = useState(false);
  const { error, run } = useSubmit();
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const moveButtonRef = (id: string, by: -1 | 1) => (button: HTMLButtonElement | null) => {
    const key = `${by}:${id}`;
    if (!button) return;
    moveButtons.current.set(key, button);
    return () => {
      if (moveButtons.current.get(key) === button) moveButtons.current.delete(key);
    };
  };
  const byId = new Map(sections.map((section) => [section.id, section]));
  const sorted = [...sections].sort((a, b) => a.position - b.position);
  // A reorder shows at once; the live list takes over when it agrees again.
  const shown =
    order && order.length === sections.length && order.every((id) => byId.has(id))
      ? order.map((id) => byId.get(id)!)
      : sorted;

  const move = (index: number, by: -1 | 1) => {
    const next = shown.map((section) => section.id);
    const target = index + by;
    if (target < 0 || target >= next.length) return;
    [next[index], next[target]] = [next[target]!, next[index]!];
    setOrder(next);
    void run(() => api.call('sections.reorder', next), onChanged);
    // Keep focus on the same control of the moved row.
    requestAnimationFrame(() => moveButtons.current.get(`${by}:${next[target]}`)?.focus());
  };

  const onRowKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <Modal
      title="Manage sections"
      wide
      onClose={onClose}
      footer={
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      }
    >
      {shown.length === 0 ? (
        <p>No sections yet.</p>
      ) : (
        <ul className="sections-manager__list" aria-label="Sections">
          {shown.map((section, index) => (
            <SectionRow
              key={section.id}
              section={section}
              first={index === 0}
              last={index === shown.length - 1}
              onMove={(by) => move(index, by)}
              moveButtonRef={(by) => moveButtonRef(section.id, by)}
              onKeyDown={onRowKeyDown(index)}
              {...(several ? { accountName: accountOf(accounts, section.accountId)?.name ?? '' } : {})}
              locked={unavailableReason(accountOf(accounts, section.accountId), 'folders')}
              onRename={(name) => api.call('sections.rename', section.id, name).then(onChanged)}
              onDelete={() => api.call('sections.delete', section.id).then(onChanged)}
            />
          ))}
        </ul>
      )}
      <p className="field__hint">Alt+↑ and Alt+↓ move the focused section.</p>
      {adding ? (
        <NewSectionForm
          accounts={accounts}
          onCancel={() => setAdding(false)}
          onCreate={async (name, accountId) => {
            await api.call('sections.create', name, accountId);
            setAdding(false);
            onChanged();
          }}
        />
      ) : (
        <div>
          <button type="button" className="button" onClick={() => setAdding(true)}>
            New section
          </button>
        </div>
      )}
      <FormError message={error} />
      <OpmlTools onImported={onChanged} />
    </Modal>
  );
}

function NewSectionForm({
  accounts,
  onCreate,
  onCancel,
}: {
  accounts: readonly Account[];
  onCreate: (name: string, accountId: string) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [accountId, setAccountId] = useState(LOCAL_ACCOUNT_ID);
  const { busy, error, run } = useSubmit();
  const submit = () => name.trim() && void run(() => onCreate(name.trim(), accountId));
  return (
    <div className="field">
      {accounts.length > 1 && (
        <label className="field">
          <span className="field__label">Account</span>
          <select value={accountId} onChange={(event) => setAccountId(event.target.value)}>
            {accounts.map((account) => (
              <option
                key={account.id}
                value={account.id}
                disabled={unavailableReason(account, 'folders') !== null}
                title={unavailableReason(account, 'folders') ?? undefined}
              >
                {account.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field__label" htmlFor="new-section-name">
        New section name
      </label>
      <div className="sections-manager__row">
        <SectionNameInput id="new-section-name" value={name} onChange={setName} onSubmit={submit} />
        <button type="button" className="button button--primary" disabled={busy || name.trim() === ''} onClick={submit}>
          Add
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <FormError message={error} />
    </div>
  );
}
