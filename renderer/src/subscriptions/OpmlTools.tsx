/**
 * OPML in (a file the reader picks, into the account chosen when there are several: this computer unless the
 * reader picks a sync service that lets other apps manage its subscriptions) and out (a .opml download). Into a
 * sync service, its server subscribes to each feed: the ones it would not take are listed with the reason.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import type { OpmlImportResult } from '@contract/methods/opml';
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
  const [problems, setProblems] = useState<ImportProblems | null>(null);
  const { busy, error, run } = useSubmit();
  const accounts = useAccountList();
  const [account, setAccount] = useState(() => startingAccount(accounts, undefined));
  const into = account === LOCAL_ACCOUNT_ID ? null : accounts.find((candidate) => candidate.id === account);

  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus(null);
    setProblems(null);
    void run(async () => {
      const text = await file.text();
      const result = await (into
        ? api.call('opml.import', text, { accountId: into.id })
        : api.call('opml.import', text));
      const parts = [`${result.imported} added`, `${result.skipped} skipped`];
      if (result.invalid > 0) parts.push(`${result.invalid} not usable`);
      if ((result.failed ?? 0) > 0) parts.push(`${result.failed} not subscribed`);
      setStatus(`Imported ${file.name}${into ? ` into ${into.name}` : ''}: ${parts.join(', ')}.`);
      setProblems(into ? importProblems(result) : null);
      onImported();
    });
  };

  const exportFile = () => {
    setStatus(null);
    setProblems(null);
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
      {problems && problems.failed.length > 0 && (
        <section aria-label="Feeds not subscribed">
          <p className="field__hint">The server did not subscribe to these:</p>
          <ul className="opml-problems">
            {problems.failed.map((entry) => (
              <li key={entry.url}>
                <strong>{entry.title || entry.url}</strong> — {entry.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {problems?.warnings.map((warning) => (
        <p key={warning} className="field__hint">
          {warning}
        </p>
      ))}
      <FormError message={error} />
    </div>
  );
}

interface ImportProblems {
  failed: { url: string; title: string; reason: string }[];
  warnings: string[];
}

/** What a sync service's server would not take, and what went wrong after (its sync), in the reader's words. */
function importProblems(result: OpmlImportResult): ImportProblems {
  return {
    failed: result.entries
      .filter((entry) => entry.status === 'failed')
      .map((entry) => ({ url: entry.url, title: entry.title, reason: entry.reason ?? 'no reason was given' })),
    warnings: result.warnings,
  };
}
