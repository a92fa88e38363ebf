import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@contract/errors';
import { feed } from '../support/library-data';
import { openRules, rule, rulesBackend } from '../support/rules';

const names = (group: HTMLElement) =>
  within(within(group).getByRole('list', { name: 'Rules' }))
    .getAllByRole('listitem')
    .map((row) => within(row).getByRole('heading').textContent);

describe('Settings → Rules: the list', { timeout: 20_000 }, () => {
  it('shows each rule in run order with what it does and where', async () => {
    const backend = rulesBackend([
      rule('r1', { name: 'No live blogs', conditions: [{ field: 'title', op: 'matches', value: '^Live:' }] }),
      rule('r2', {
        name: 'Football',
        match: 'any',
        conditions: [
          { field: 'category', op: 'contains', value: 'Football' },
          { field: 'title', op: 'contains', value: 'Premier League', matchCase: true },
        ],
        actions: [{ type: 'mark-read' }, { type: 'tag', tag: 'sport' }],
        scope: { feed: 'https://feeds.example/f1.xml' },
        enabled: false,
      }),
    ]);
    const { group } = await openRules(backend, {
      'feeds.list': () => [feed('f1', 'The Daily Courier', 's1')],
    });
    expect(names(group)).toEqual(['No live blogs', 'Football']);
    const live = within(group).getByRole('listitem', { name: 'No live blogs' });
    expect(live).toHaveTextContent('Title matches the pattern “^Live:” → Hide');
    expect(live).toHaveTextContent('Everywhere');
    expect(within(live).getByRole('switch')).toBeChecked();
    const football = within(group).getByRole('listitem', { name: 'Football' });
    expect(football).toHaveTextContent(
      'Category contains “Football” or Title contains “Premier League” (match case) → Mark as read, Add the tag “sport”',
    );
    await waitFor(() => expect(football).toHaveTextContent('Feed: The Daily Courier'));
    expect(within(football).getByRole('switch')).not.toBeChecked();
    expect(within(live).getByRole('button', { name: 'Move “No live blogs” up' })).toBeDisabled();
    expect(within(football).getByRole('button', { name: 'Move “Football” down' })).toBeDisabled();
  });

  it('moves a rule with the keyboard: the order is saved and focus stays on the moved rule', async () => {
    const backend = rulesBackend([
      rule('r1', { name: 'First' }),
      rule('r2', { name: 'Second' }),
      rule('r3', { name: 'Third' }),
    ]);
    const { group, user, client } = await openRules(backend);
    within(group).getByRole('button', { name: 'Move “First” down' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(names(group)).toEqual(['Second', 'First', 'Third']));
    expect(client.calls).toHaveBeenCalledWith('rules.reorder', ['r2', 'r1', 'r3']);
    expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Move “First” down' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(names(group)).toEqual(['Second', 'Third', 'First']));
    // At the bottom, "down" is off: focus goes to "up" on the same rule.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Move “First” up' })),
    );
    expect(backend.rules.map((each) => each.id)).toEqual(['r2', 'r3', 'r1']);
  });

  it('edits a rule in the editor, prefilled, and shows the saved rule without offering to apply it', async () => {
    const backend = rulesBackend(
      [
        rule('r1', {
          name: 'Sport',
          match: 'any',
          conditions: [{ field: 'category', op: 'contains', value: 'Sport', matchCase: true }],
          actions: [{ type: 'tag', tag: 'later' }],
          scope: { section: 'World' },
        }),
      ],
      () => ({ matches: 40, recent: [] }),
    );
    const { group, user, client } = await openRules(backend);
    await user.click(
      within(within(group).getByRole('listitem', { name: 'Sport' })).getByRole('button', { name: 'Edit…' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit rule' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Sport');
    expect(within(dialog).getByRole('button', { name: 'Any of these' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(dialog).getByRole('combobox', { name: 'Field of condition 1' })).toHaveValue('category');
    expect(within(dialog).getByRole('checkbox', { name: 'Match case in condition 1' })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'Tag of action 1' })).toHaveValue('later');
    expect(within(dialog).getByRole('combobox', { name: 'Section' })).toHaveValue('World');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Tag of action 1' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Tag of action 1' }), 'sport');
    await user.click(within(dialog).getByRole('button', { name: 'Save rule' }));
    expect(
      await within(group).findByText('Category contains “Sport” (match case) → Add the tag “sport”'),
    ).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('rules.save', expect.objectContaining({ name: 'Sport' }), 'r1');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('turns a rule off and on again, saving the whole rule', async () => {
    const backend = rulesBackend([rule('r1', { name: 'Quiet', scope: { section: 'World' } })]);
    const { group, user, client } = await openRules(backend);
    const toggle = within(group).getByRole('switch');
    await user.click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(client.calls).toHaveBeenCalledWith(
      'rules.save',
      {
        name: 'Quiet',
        enabled: false,
        match: 'all',
        conditions: [{ field: 'title', op: 'contains', value: 'Brexit' }],
        actions: [{ type: 'hide' }],
        scope: { section: 'World' },
      },
      'r1',
    );
    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect(backend.rules[0]?.enabled).toBe(true);
  });

  it('deletes a rule only after asking, saying what it leaves behind', async () => {
    const backend = rulesBackend([rule('r1', { name: 'Keep' }), rule('r2', { name: 'Go' })]);
    const { group, user, client } = await openRules(backend);
    await user.click(
      within(within(group).getByRole('listitem', { name: 'Go' })).getByRole('button', { name: 'Delete…' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Go”?' });
    expect(dialog).toHaveTextContent('articles it hid stay in “Hidden by rules”');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(client.calls).not.toHaveBeenCalledWith('rules.remove', expect.anything());
    await user.click(
      within(within(group).getByRole('listitem', { name: 'Go' })).getByRole('button', { name: 'Delete…' }),
    );
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete rule' }));
    await waitFor(() => expect(names(group)).toEqual(['Keep']));
    expect(client.calls).toHaveBeenCalledWith('rules.remove', 'r2');
  });

  it('applies a saved rule on demand, with its count first, or says it matches nothing', async () => {
    const backend = rulesBackend([rule('r1', { name: 'Busy' }), rule('r2', { name: 'Idle' })], (input) =>
      input.name === 'Busy' ? { matches: 7, recent: [] } : { matches: 0, recent: [] },
    );
    const { group, user, client } = await openRules(backend, { 'rules.apply': () => ({ changed: 7 }) });
    await user.click(
      within(within(group).getByRole('listitem', { name: 'Idle' })).getByRole('button', { name: 'Apply now…' }),
    );
    expect(await screen.findByText('“Idle” matches none of your stored articles.')).toBeInTheDocument();
    await user.click(
      within(within(group).getByRole('listitem', { name: 'Busy' })).getByRole('button', { name: 'Apply now…' }),
    );
    const offer = await screen.findByRole('dialog', { name: 'Apply “Busy” now?' });
    expect(offer).toHaveTextContent('“Busy” matches 7 articles you already have.');
    await user.click(within(offer).getByRole('button', { name: 'Apply to 7 articles' }));
    expect(await screen.findByText('“Busy” changed 7 articles.')).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('rules.apply', 'r1');
    expect(client.calls).not.toHaveBeenCalledWith('rules.apply', 'r2');
  });

  it('exports the rule file as a download and imports one the reader picks', async () => {
    const backend = rulesBackend([rule('r1', { name: 'Only' })]);
    const { group, user, client } = await openRules(backend);
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', {
      ...URL,
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:rules';
      },
      revokeObjectURL: () => undefined,
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^broadsheet-rules-\d{4}-\d{2}-\d{2}\.json$/);
    });
    await user.click(within(group).getByRole('button', { name: 'Export rules…' }));
    expect(await within(group).findByText('Exported 1 rule.')).toBeInTheDocument();
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ rules: backend.rules });

    const file = new File(['{"rules":[]}'], 'rules.json', { type: 'application/json' });
    await user.upload(within(group).getByLabelText('Rule file to import'), file);
    expect(await within(group).findByText('Imported rules.json: 2 rules added after yours.')).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('rules.importText', '{"rules":[]}');
  });

  it('says so when there are no rules, and when they could not be loaded', async () => {
    let fail = true;
    const { group, user } = await openRules(rulesBackend(), {
      'rules.list': () => {
        if (fail) throw new ApiError('STORAGE', 'The library could not be read.');
        return [];
      },
    });
    expect(await within(group).findByText(/Your rules could not be loaded/)).toBeInTheDocument();
    fail = false;
    await user.click(within(group).getByRole('button', { name: /Try again|Retry/ }));
    expect(await within(group).findByText('No rules yet.')).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Export rules…' })).toBeDisabled();
  });
});
