import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Section } from '@contract/models';
import { section } from '../support/library-data';
import { renderApp } from '../support/render-app';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { FRESH, LOCKED, twoAccountHandlers } from '../support/two-accounts';

let sections: Section[];
const handlers = {
  'sections.list': () => sections,
  'sections.create': (name: string) => {
    const created = section(`s${sections.length + 1}`, name, sections.length + 1);
    sections = [...sections, created];
    return created;
  },
  'sections.rename': (id: string, name: string) => {
    sections = sections.map((entry) => (entry.id === id ? { ...entry, name } : entry));
    return sections.find((entry) => entry.id === id)!;
  },
  'sections.delete': (id: string) => {
    sections = sections.filter((entry) => entry.id !== id);
    return null;
  },
  'sections.reorder': (ids: string[]) => {
    sections = ids.map((id, index) => ({ ...sections.find((entry) => entry.id === id)!, position: index + 1 }));
    return sections;
  },
  'opml.import': () => ({ imported: 3, skipped: 2, invalid: 0, sectionsCreated: 1, entries: [], warnings: [] }),
  'opml.export': () => ({ opml: '<?xml version="1.0"?><opml version="2.0"/>', feeds: 7 }),
};

async function openManager() {
  await userEvent.click(await screen.findByRole('button', { name: 'Manage sections' }));
  return screen.getByRole('dialog', { name: 'Manage sections' });
}

const names = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('list', { name: 'Sections' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.sections-manager__name')?.textContent);

beforeEach(() => {
  sections = [section('s1', 'World', 1), section('s2', 'Asia', 2), section('s3', 'Science', 3)];
});
afterEach(() => vi.restoreAllMocks());

describe('managing sections', { timeout: 30_000 }, () => {
  it('reorders with the up and down buttons and with Alt+arrows', async () => {
    const { client } = renderApp(handlers);
    const dialog = await openManager();
    expect(names(dialog)).toEqual(['World', 'Asia', 'Science']);
    expect(within(dialog).getByRole('button', { name: 'Move World up' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move World down' }));
    expect(client.calls).toHaveBeenCalledWith('sections.reorder', ['s2', 's1', 's3']);
    expect(names(dialog)).toEqual(['Asia', 'World', 'Science']);

    const scienceUp = within(dialog).getByRole('button', { name: 'Move Science up' });
    scienceUp.focus();
    fireEvent.keyDown(scienceUp, { key: 'ArrowUp', altKey: true });
    expect(client.calls).toHaveBeenLastCalledWith('sections.reorder', ['s2', 's3', 's1']);
    expect(names(dialog)).toEqual(['Asia', 'Science', 'World']);
  });

  it('creates, renames and deletes sections, saying that feeds and bookmarks stay', async () => {
    const { client } = renderApp(handlers);
    const dialog = await openManager();
    await userEvent.click(within(dialog).getByRole('button', { name: 'New section' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'New section name' }), 'Culture{Enter}');
    expect(client.calls).toHaveBeenCalledWith('sections.create', 'Culture', 'local');
    await within(dialog).findByRole('button', { name: 'Rename Culture' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Rename Asia' }));
    const input = within(dialog).getByRole('textbox', { name: 'New name for Asia' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Asia Pacific{Enter}');
    expect(client.calls).toHaveBeenCalledWith('sections.rename', 's2', 'Asia Pacific');
    await within(dialog).findByRole('button', { name: 'Rename Asia Pacific' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete Science' }));
    const confirm = within(dialog).getByRole('group', { name: 'Delete Science?' });
    expect(confirm).toHaveTextContent('bookmarks are kept');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(client.calls).toHaveBeenCalledWith('sections.delete', 's3');
    await within(dialog).findByRole('button', { name: 'Rename Culture' });
    expect(names(dialog)).toEqual(['World', 'Asia Pacific', 'Culture']);
  });

  it('imports an OPML file and says how many were added and skipped', async () => {
    const { client } = renderApp(handlers);
    const dialog = await openManager();
    const file = new File(['<opml version="2.0"><body/></opml>'], 'feeds.opml', { type: 'text/x-opml' });
    await userEvent.upload(within(dialog).getByLabelText('OPML file to import'), file);
    expect(await within(dialog).findByText('Imported feeds.opml: 3 added, 2 skipped.')).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('opml.import', '<opml version="2.0"><body/></opml>');
  });

  it('exports OPML as a downloaded .opml file', async () => {
    const created = vi.fn((_blob: Blob) => 'blob:broadsheet/opml');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^broadsheet-subscriptions-\d{4}-\d{2}-\d{2}\.opml$/);
      expect(this.href).toBe('blob:broadsheet/opml');
    });
    renderApp(handlers);
    const dialog = await openManager();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export OPML' }));
    expect(await within(dialog).findByText('Exported 7 feeds.')).toBeInTheDocument();
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(await created.mock.calls[0]![0].text()).toBe('<?xml version="1.0"?><opml version="2.0"/>');
  });

  it('shows a refused import inline', async () => {
    const { ApiError } = await import('@contract/errors');
    renderApp({
      ...handlers,
      'opml.import': () => {
        throw new ApiError('INVALID_ARGUMENTS', 'This is not an OPML file.');
      },
    });
    const dialog = await openManager();
    await userEvent.upload(within(dialog).getByLabelText('OPML file to import'), new File(['hello'], 'notes.opml'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This is not an OPML file.');
  });
});

describe('a new section with several accounts', { timeout: 30_000 }, () => {
  it('goes into the account chosen; one that keeps its folders to itself cannot be chosen', async () => {
    let created: [string, string | undefined] | null = null;
    const { client } = renderApp(
      twoAccountHandlers([LOCAL_ACCOUNT, FRESH, LOCKED], {
        'sections.create': (name, accountId) => {
          created = [name, accountId];
          return { ...section('r9', name, 9), accountId: accountId ?? 'local' };
        },
      }),
    );
    const nav = screen.getByRole('navigation', { name: 'Library' });
    const local = await within(nav).findByRole('group', { name: 'On this computer' });
    await userEvent.click(within(local).getByRole('button', { name: 'Manage sections' }));
    const dialog = screen.getByRole('dialog', { name: 'Manage sections' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'New section' }));
    const account = within(dialog).getByRole('combobox', { name: 'Account' });
    expect(account).toHaveValue('local');
    expect(within(account).getByRole('option', { name: 'Reading club' })).toBeDisabled();
    await userEvent.selectOptions(account, 'FreshRSS at home');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'New section name' }), 'Harbour{Enter}');
    await vi.waitFor(() => expect(created).toEqual(['Harbour', 'fresh']));
    expect(client.calls).toHaveBeenCalledWith('sections.create', 'Harbour', 'fresh');
  });
});
