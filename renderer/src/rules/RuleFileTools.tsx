/**
 * The rule export file out (a .json download, as OPML goes out) and in (a file the reader picks): rules read from
 * a file are added after the existing ones, all or none.
 */
import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useApi } from '../api/ApiProvider';
import { downloadText } from '../ui/download';
import { FormError } from '../ui/FormError';
import { useSubmit } from '../subscriptions/use-submit';

export function RuleFileTools({
  count,
  onImported,
  children,
}: {
  count: number;
  onImported: () => void;
  /** Shown first in the row of buttons ("New rule…"). */
  children?: ReactNode;
}) {
  const api = useApi();
  const fileRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();

  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus(null);
    void run(async () => {
      const { added } = await api.call('rules.importText', await file.text());
      setStatus(`Imported ${file.name}: ${added === 1 ? '1 rule' : `${added} rules`} added after yours.`);
      onImported();
    });
  };

  const exportFile = () => {
    setStatus(null);
    void run(async () => {
      const text = await api.call('rules.exportText');
      downloadText(text, `broadsheet-rules-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
      setStatus(`Exported ${count === 1 ? '1 rule' : `${count} rules`}.`);
    });
  };

  return (
    <div className="rule-files">
      {children}
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={importFile}
        aria-label="Rule file to import"
      />
      <button type="button" className="button" disabled={busy} onClick={() => fileRef.current?.click()}>
        Import rules…
      </button>
      <button type="button" className="button" disabled={busy || count === 0} onClick={exportFile}>
        Export rules…
      </button>
      <p className="field__hint" role="status">
        {status}
      </p>
      <FormError message={error} />
    </div>
  );
}
