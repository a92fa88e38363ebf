/**
 * OPML in (a file the reader picks, into the account chosen when there are several: this computer unless the
 * reader picks a sync service that lets other apps manage its subscriptions) and out (a .opml download).
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { LOCAL_ACCOUNT_ID } from '@contract/methods/accounts';
import { useAccountList } from '../accounts/accounts-data';
import { useApi } from '../api/ApiProvider';
import { AccountChooser, startingAccount } from './AccountChooser';
import { FormError } from '../ui/FormError';
import { useSubmit } from './use-submit';
import { downloadText } from '../ui/download';

export function OpmlTools({ onImported, focusImport = false }: { onImported: () => void; focusImport?: boolean }) {
  const api = useApi();
  const fileRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const accounts = useAccountList();
  const [account, setAccount] = useState(() => startingAccount(accounts, undefined));
  const into = account === LOCAL_ACCOUNT_ID ? null : accounts.find((candidate) => candidate.id === account);

  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus(null);
    void run(async () => {
      const text = await file.text();
      const result = await (into
        ? api.call('opml.import', text, { accountId: into.id })
        : api.call('opml.import', text));
      const parts = [`${result.imported} added`, `${result.skipped} skipped`];
      if (result.invalid > 0) parts.push(`${result.invalid} not usable`);
      setStatus(`Imported ${file.name}${into ? ` into ${into.name}` : ''}: ${parts.join(', ')}.`);
      onImported();
    });
  };

  const exportFile = () => {
    setStatus(null);
    void run(async () => {
      const { opml, feeds } = await api.call('opml.export');
      downloadText(opml, `broadsheet-subscriptions-${new Date().toISOString().slice(0, 10)}.opml`, 'text/x-opml');
      setStatus(`Exported ${feeds} ${feeds === 1 ? 'feed' : 'feeds'}.`);
    });
  };

  return (
    <div className="sections-manager__tools">
      <AccountChooser
        accounts={accounts}
        value={account}
        onChange={setAccount}
        disabled={busy}
        label="Import into account"
      />
      <input
        ref={fileRef}
        type="file"
        accept=".opml,.xml,text/xml,text/x-opml,application/xml"
        hidden
        onChange={importFile}
        aria-label="OPML file to import"
      />
      <button
        type="button"
        className="button"
        disabled={busy}
        data-autofocus={focusImport || undefined}
        onClick={() => fileRef.current?.click()}
      >
        Import OPML…
      </button>
      <button type="button" className="button" disabled={busy} onClick={exportFile}>
        Export OPML
      </button>
      <p className="field__hint" role="status">
        {status}
      </p>
      <FormError message={error} />
    </div>
  );
}
