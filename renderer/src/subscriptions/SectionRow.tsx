import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { Section } from '@contract/models';
import { Icon } from '../ui/Icon';
import { FormError } from '../ui/FormError';
import { SectionNameInput } from './SectionNameInput';
import { useSubmit } from './use-submit';

interface SectionRowProps {
  section: Section;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  /** The up and down buttons, so focus can follow a moved row. */
  moveButtonRef: (by: -1 | 1) => Ref<HTMLButtonElement>;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  onRename: (name: string) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
  /** With several accounts, the section's account, named beside its feed count. */
  accountName?: string;
  /** Why its account's service does not let it be renamed or deleted here; null when it does. */
  locked?: string | null;
}

/**
 * One section in the manager: its name, up/down, rename in place, delete with a confirmation. A sync service's
 * folder that the service keeps to itself shows rename and delete unavailable, with the reason on hover.
 */
export function SectionRow(props: SectionRowProps) {
  const { section, first, last, onMove, moveButtonRef, onKeyDown, onRename, onDelete } = props;
  const { accountName, locked = null } = props;
  const reasonId = useId();
  const lockedProps = locked ? { 'aria-disabled': true, 'aria-describedby': reasonId, title: locked } : {};
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(section.name);
  const { busy, error, run } = useSubmit();
  const feeds = `${section.feedCount} ${section.feedCount === 1 ? 'feed' : 'feeds'}`;

  if (mode === 'rename') {
    const save = () =>
      name.trim() &&
      void run(
        () => onRename(name.trim()),
        () => setMode('view'),
      );
    return (
      <li className="sections-manager__item">
        <div className="sections-manager__row">
          <SectionNameInput
            aria-label={`New name for ${section.name}`}
            value={name}
            onChange={setName}
            onSubmit={save}
            onCancel={() => setMode('view')}
          />
          <button type="button" className="button button--primary" disabled={busy || name.trim() === ''} onClick={save}>
            Save
          </button>
          <button type="button" className="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </div>
        <FormError message={error} />
      </li>
    );
  }

  if (mode === 'delete') {
    return (
      <li className="sections-manager__item">
        <div className="sections-manager__row" role="group" aria-label={`Delete ${section.name}?`}>
          <span className="sections-manager__name">
            Delete “{section.name}”? Its {feeds} move to Other feeds; bookmarks are kept.
          </span>
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            autoFocus
            onClick={() => void run(onDelete)}
          >
            Delete
          </button>
          <button type="button" className="button" onClick={() => setMode('view')}>
            Keep
          </button>
        </div>
        <FormError message={error} />
      </li>
    );
  }

  return (
    <li className="sections-manager__item" onKeyDown={onKeyDown}>
      <div className="sections-manager__row">
        <span className="sections-manager__name">{section.name}</span>
        <span className="sections-manager__count">{accountName ? `${accountName} · ${feeds}` : feeds}</span>
        {locked && (
          <span className="visually-hidden" id={reasonId}>
            {locked}
          </span>
        )}
        <button
          type="button"
          ref={moveButtonRef(-1)}
          className="icon-button"
          aria-label={`Move ${section.name} up`}
          disabled={first}
          onClick={() => onMove(-1)}
        >
          <Icon name="chevron-up" />
        </button>
        <button
          type="button"
          ref={moveButtonRef(1)}
          className="icon-button"
          aria-label={`Move ${section.name} down`}
          disabled={last}
          onClick={() => onMove(1)}
        >
          <Icon name="chevron-down" />
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={`Rename ${section.name}`}
          {...lockedProps}
          onClick={locked ? undefined : () => setMode('rename')}
        >
          Rename
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={`Delete ${section.name}`}
          {...lockedProps}
          onClick={locked ? undefined : () => setMode('delete')}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
