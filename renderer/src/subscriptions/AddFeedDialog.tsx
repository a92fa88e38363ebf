import { useLayoutEffect, useRef, useState } from 'react';
import { LOCAL_ACCOUNT_ID } from '@contract/methods/accounts';
import type { FeedCandidate } from '@contract/methods/feeds';
import { LIMITS } from '@contract/library-models';
import type { Section } from '@contract/models';
import { useAccountList } from '../accounts/accounts-data';
import { useApi } from '../api/ApiProvider';
import { AccountChooser, startingAccount } from './AccountChooser';
import { Modal } from '../ui/Modal';
import { CandidateList } from './CandidateList';
import { FormError } from '../ui/FormError';
import { useLibraryActions } from './library-actions';
import { SectionChooser, NEW_SECTION, NO_SECTION } from './SectionChooser';
import { useSubmit } from './use-submit';
import { useBrowserOnline } from '../sync/use-online';

const OFFLINE_REASON = 'Finding feeds needs a connection. Try again when you’re back online.';
import './subscriptions.css';

interface AddFeedDialogProps {
  sections: readonly Section[];
  /** The section to offer first (the one the reader is looking at), when it is in the account offered first. */
  preferredSectionId: string | null;
  /** The account to offer first (an account's own "Add feed"); this computer otherwise. */
  accountId?: string;
  onAdded: (sectionId: string | null) => void;
  onClose: () => void;
}

/**
 * Subscribing: a site or feed address → the feeds it offers, with titles →
 * the reader picks one or more, the account (when there are several) and a
 * section of that account (or names a new one on this computer). A sync
 * service's server subscribes, and its account's sync brings the feed.
 */
export function AddFeedDialog({ sections, preferredSectionId, accountId, onAdded, onClose }: AddFeedDialogProps) {
  const api = useApi();
  const { refresh } = useLibraryActions();
  const accounts = useAccountList();
  const [account, setAccount] = useState(() => startingAccount(accounts, accountId));
  const local = account === LOCAL_ACCOUNT_ID;
  const accountInfo = accounts.find((candidate) => candidate.id === account);
  const sectionsOf = (id: string) => sections.filter((section) => section.accountId === id);
  const offered = sectionsOf(account);
  // A new section is made in the chosen account (`sections.create`); a service's feed subscribed into it makes the
  // folder on the server, which the next sync ties to that section. A service's feed may also go into no folder.
  const firstSection = (id: string, preferred: string | null) => {
    const inAccount = sectionsOf(id);
    const fallback = id === LOCAL_ACCOUNT_ID ? NEW_SECTION : NO_SECTION;
    return inAccount.find((section) => section.id === preferred)?.id ?? inAccount[0]?.id ?? fallback;
  };
  const [url, setUrl] = useState('');
  const [candidates, setCandidates] = useState<FeedCandidate[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [sectionId, setSectionId] = useState(() => firstSection(account, preferredSectionId));
  const [newName, setNewName] = useState('');
  const { busy, error, setError, run } = useSubmit();
  // Finding feeds is a network action: offline it rests, saying why, instead of failing against the site.
  const online = useBrowserOnline();
  const firstCandidateRef = useRef<HTMLInputElement>(null);

  // The Find button gives way to Subscribe: keep focus in the dialog, on the first feed found, in the commit that
  // shows it (a frame scheduled earlier can come before that render).
  useLayoutEffect(() => {
    if (candidates) firstCandidateRef.current?.focus();
  }, [candidates]);

  const find = () =>
    online &&
    run(async () => {
      setCandidates(null);
      const found = await api.call('feeds.discover', url.trim());
      setCandidates(found);
      setChosen(found.slice(0, 1).map((candidate) => candidate.url));
    });

  const subscribe = () => {
    if (!candidates) return;
    if (sectionId === NEW_SECTION && newName.trim() === '')
      return setError('Name the new section, or choose an existing one.');
    let target: string | null = null;
    void run(
      async () => {
        if (sectionId === NEW_SECTION) target = (await api.call('sections.create', newName.trim(), account)).id;
        else if (sectionId !== NO_SECTION) target = sectionId;
        for (const candidate of candidates.filter((entry) => chosen.includes(entry.url))) {
          if (!local) {
            await subscribeWithService(candidate.url, target);
            continue;
          }
          const feed = await api.call('feeds.add', {
            url: candidate.url,
            title: candidate.title || undefined,
            sectionId: target,
          });
          // Through the sync view, so the refresh's progress shows at once.
          await refresh({ kind: 'feed', id: feed.id });
        }
      },
      () => onAdded(target),
    );
  };

  // The service subscribes (into the section's folder) and the account's sync brings the feed and its articles.
  const subscribeWithService = async (feedUrl: string, target: string | null) => {
    const outcome = await api.call('feeds.subscribe', { url: feedUrl, sectionId: target, accountId: account });
    if (outcome.kind === 'choose')
      throw new Error(`${feedUrl} offers several feeds; find it again and choose the one to subscribe to.`);
  };

  const found = candidates !== null;
  return (
    <Modal
      title="Add a feed"
      wide
      onClose={onClose}
      onSubmit={found ? subscribe : () => void find()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {found ? (
            <button type="submit" className="button button--primary" disabled={busy || chosen.length === 0}>
              {chosen.length > 1 ? `Subscribe to ${chosen.length} feeds` : 'Subscribe'}
            </button>
          ) : (
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || url.trim() === '' || !online}
              title={online ? undefined : OFFLINE_REASON}
            >
              {busy ? 'Looking…' : 'Find feeds'}
            </button>
          )}
        </>
      }
    >
      <label className="field">
        <span className="field__label">Site or feed address</span>
        {/* Text, not type="url": a reader types "bbc.co.uk" or "127.0.0.1:8080/news", which the browser's URL
            check refuses; the core reads what was typed (a bare address tries https, then http). */}
        <input
          type="text"
          inputMode="url"
          autoComplete="url"
          autoCapitalize="off"
          spellCheck={false}
          value={url}
          maxLength={LIMITS.url}
          placeholder="example.com or https://example.com/feed"
          onChange={(event) => {
            setUrl(event.target.value);
            setCandidates(null);
          }}
        />
      </label>
      {found && (
        <>
          <CandidateList candidates={candidates} chosen={chosen} onChange={setChosen} firstRef={firstCandidateRef} />
          <AccountChooser
            accounts={accounts}
            value={account}
            disabled={busy}
            onChange={(next) => {
              setAccount(next);
              setSectionId(firstSection(next, sectionId));
            }}
          />
          {(local || accountInfo?.capabilities.folders !== false) && (
            <SectionChooser
              sections={offered}
              value={sectionId}
              onChange={setSectionId}
              newName={newName}
              onNewName={setNewName}
              allowNone={!local}
            />
          )}
        </>
      )}
      {busy && found && !local && (
        <p className="field__hint" role="status">
          Subscribing with {accountInfo?.name ?? 'the service'}…
        </p>
      )}
      {busy && !found && (
        <p className="field__hint" role="status">
          Looking for feeds…
        </p>
      )}
      {!online && !found && (
        <p className="field__hint" role="status">
          {OFFLINE_REASON}
        </p>
      )}
      <FormError message={error} />
    </Modal>
  );
}
