/** OPML in (a file the reader picks) and out (a .opml download). */
import { useRef, useState, type ChangeEvent } from 'react';
import { useApi } from '../api/ApiProvider';
import { FormError } from '../ui/FormError';
import { useSubmit } from './use-submit';
import { downloadText } from '../ui/download';

export function OpmlTools({ onImported, focusImport = false }: { onImported: () => void; focusImport?: boolean }) {
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
      const result = await api.call('opml.import', await file.text());
      const parts = [`${result.imported} added`, `${result.skipped} skipped`];
      if (result.invalid > 0) parts.push(`${result.invalid} not usable`);
      setStatus(`Imported ${file.name}: ${parts.join(', ')}.`);
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
