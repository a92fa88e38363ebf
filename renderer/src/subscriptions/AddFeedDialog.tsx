import { useLayoutEffect, useRef, useState } from 'react';
import type { FeedCandidate } from '@contract/methods/feeds';
import { LIMITS } from '@contract/library-models';
import type { Section } from '@contract/models';
import { useApi } from '../api/ApiProvider';
import { Modal } from '../ui/Modal';
import { CandidateList } from './CandidateList';
import { FormError } from '../ui/FormError';
import { useLibraryActions } from './library-actions';
import { SectionChooser, NEW_SECTION } from './SectionChooser';
import { useSubmit } from './use-submit';
import { useBrowserOnline } from '../sync/use-online';

const OFFLINE_REASON = 'Finding feeds needs a connection. Try again when you’re back online.';
import './subscriptions.css';

interface AddFeedDialogProps {
  sections: readonly Section[];
  /** The section to offer first (the one the reader is looking at). */
  preferredSectionId: string | null;
  onAdded: (sectionId: string | null) => void;
  onClose: () => void;
}

/**
 * Subscribing: a site or feed address → the feeds it offers, with titles →
 * the reader picks one or more and a section (or names a new one).
 */
export function AddFeedDialog({ sections, preferredSectionId, onAdded, onClose }: AddFeedDialogProps) {
  const api = useApi();
  const { refresh } = useLibraryActions();
  const [url, setUrl] = useState('');
  const [candidates, setCandidates] = useState<FeedCandidate[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [sectionId, setSectionId] = useState(preferredSectionId ?? sections[0]?.id ?? NEW_SECTION);
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
        target = sectionId === NEW_SECTION ? (await api.call('sections.create', newName.trim())).id : sectionId;
        for (const candidate of candidates.filter((entry) => chosen.includes(entry.url))) {
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
          <SectionChooser
            sections={sections}
            value={sectionId}
            onChange={setSectionId}
            newName={newName}
            onNewName={setNewName}
          />
        </>
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
