import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import type { RuleInput } from '@contract/rule-model';
import type { FakeHandlers } from '../support/fake-client';
import { openRules, rulesBackend } from '../support/rules';

const recent = [
  { id: 'a1', title: 'Brexit talks stall again', feedTitle: 'The Daily Courier', sortTime: new Date().toISOString() },
  { id: 'a2', title: 'What Brexit means for fishing', feedTitle: 'Coast News', sortTime: new Date().toISOString() },
];

async function openEditor(
  preview?: (input: RuleInput) => { matches: number; recent: typeof recent },
  overrides: FakeHandlers = {},
) {
  const backend = rulesBackend([], preview);
  const opened = await openRules(backend, overrides);
  await opened.user.click(within(opened.group).getByRole('button', { name: 'New rule…' }));
  const dialog = await screen.findByRole('dialog', { name: 'New rule' });
  return { ...opened, backend, dialog };
}

describe('the rule editor', { timeout: 20_000 }, () => {
  it('says what is missing by each field when the reader tries to save', async () => {
    const { dialog, user, client } = await openEditor();
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'The preview shows once every condition has something to look for.',
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Action 1' }), 'tag');
    await user.click(within(dialog).getByRole('button', { name: 'Save rule' }));

    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      'Give the rule a name, so you can find it in the list.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Text of condition 1' })).toHaveAccessibleDescription(
      'Type the text to look for.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Tag of action 1' })).toHaveAccessibleDescription(
      'Type the tag to add.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Text of condition 1' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(client.calls).not.toHaveBeenCalledWith('rules.save', expect.anything());

    // A pattern's empty value says "pattern".
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Test of condition 1' }), 'matches');
    expect(within(dialog).getByRole('textbox', { name: 'Pattern of condition 1' })).toHaveAccessibleDescription(
      'Type the pattern to look for.',
    );
  });

  it('previews the matching articles as the rule is typed, then saves, applies and undoes', async () => {
    const { dialog, user, client, group } = await openEditor((input) =>
      input.conditions[0]?.value === 'Brexit' ? { matches: 132, recent } : { matches: 0, recent: [] },
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'No Brexit');
    await user.type(within(dialog).getByRole('textbox', { name: 'Text of condition 1' }), 'Brexit');
    const preview = within(dialog).getByRole('region', { name: 'Preview' });
    expect(await within(preview).findByText('This rule matches 132 articles.')).toBeInTheDocument();
    const newest = within(preview).getByRole('list', { name: 'Newest matching articles' });
    expect(
      within(newest)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['Brexit talks stall again', 'What Brexit means for fishing']);
    expect(newest).toHaveTextContent('Coast News');
    // Asked once the typing paused, not for every letter.
    const asked = client.calls.mock.calls.filter(([method]) => method === 'rules.preview');
    expect(asked.map(([, input]) => (input as RuleInput).conditions[0]?.value)).toEqual(['Brexit']);

    await user.click(within(dialog).getByRole('button', { name: 'Save rule' }));
    expect(client.calls).toHaveBeenCalledWith('rules.save', {
      name: 'No Brexit',
      enabled: true,
      match: 'all',
      conditions: [{ field: 'title', op: 'contains', value: 'Brexit' }],
      actions: [{ type: 'hide' }],
    });
    const offer = await screen.findByRole('dialog', { name: 'Apply to existing articles?' });
    expect(offer).toHaveTextContent('It also matches 132 articles you already have.');
    await user.click(within(offer).getByRole('button', { name: 'Apply to 132 articles' }));
    expect(client.calls).toHaveBeenCalledWith('rules.apply', 'r100');
    expect(await screen.findByText('“No Brexit” changed 132 articles.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: 132 articles are as before.')).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('rules.undoApply');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    // The new rule is in the list.
    expect(await within(group).findByRole('listitem', { name: 'No Brexit' })).toHaveTextContent(
      'Title contains “Brexit” → Hide',
    );
  });

  it('shows the engine’s reason for a refused pattern beside that pattern', async () => {
    const reason = 'The pattern “(a)\\1” uses a backreference, which rules cannot run. Remove it.';
    const { dialog, user, client } = await openEditor((input) => {
      if (input.conditions.some((condition) => condition.value.includes('\\1')))
        throw new ApiError('INVALID_ARGUMENTS', reason);
      return { matches: 3, recent: [] };
    });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Echoes');
    await user.click(within(dialog).getByRole('button', { name: 'Add condition' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Text of condition 1' }), 'Seoul');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Test of condition 2' }), 'matches');
    await user.type(within(dialog).getByRole('textbox', { name: 'Pattern of condition 2' }), '(a)\\1');
    const pattern = within(dialog).getByRole('textbox', { name: 'Pattern of condition 2' });
    await waitFor(() => expect(pattern).toHaveAccessibleDescription(reason));
    expect(pattern).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: 'Text of condition 1' })).not.toHaveAttribute('aria-invalid');
    // Said once, by the pattern; the preview points there.
    expect(within(dialog).getByRole('region', { name: 'Preview' })).toHaveTextContent(
      'No preview until the pattern marked above is changed.',
    );
    expect(client.calls).toHaveBeenCalledWith('rules.preview', expect.anything(), 5);
  });

  it('places a refusal on save by the condition the core names', async () => {
    const { dialog, user } = await openEditor(() => ({ matches: 0, recent: [] }), {
      'rules.save': () => {
        throw new ApiError('INVALID_ARGUMENTS', 'Lookaround cannot run in linear time.', { condition: 1 });
      },
    });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Two');
    await user.type(within(dialog).getByRole('textbox', { name: 'Text of condition 1' }), 'one');
    await user.click(within(dialog).getByRole('button', { name: 'Add condition' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Text of condition 2' }), 'two');
    await user.click(within(dialog).getByRole('button', { name: 'Save rule' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Text of condition 2' })).toHaveAccessibleDescription(
        'Lookaround cannot run in linear time.',
      ),
    );
    expect(within(dialog).getByRole('textbox', { name: 'Text of condition 1' })).not.toHaveAttribute('aria-invalid');
    // Still open, nothing typed lost; a change clears the refusal.
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Two');
    await user.type(within(dialog).getByRole('textbox', { name: 'Text of condition 2' }), 's');
    expect(within(dialog).getByRole('textbox', { name: 'Text of condition 2' })).not.toHaveAccessibleDescription();
    // Removing a row moves the keyboard to the row left in its place.
    await user.click(within(dialog).getByRole('button', { name: 'Remove condition 2' }));
    expect(within(dialog).getByRole('combobox', { name: 'Field of condition 1' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Remove condition 1' })).toBeDisabled();
  });

  it('saves all / any, match case, a bookmark tag and a scope from the library’s lists', async () => {
    const { dialog, user, client } = await openEditor();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Keep F1');
    await user.click(within(dialog).getByRole('button', { name: 'Any of these' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Text of condition 1' }), 'F1');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Match case in condition 1' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Action 1' }), 'bookmark');
    await user.type(within(dialog).getByRole('textbox', { name: 'Bookmark tag of action 1 (optional)' }), 'racing');
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    // A rule does each thing once: the new row offers what is left.
    const second = within(dialog).getByRole('combobox', { name: 'Action 2' });
    expect(within(second).queryByRole('option', { name: 'Bookmark' })).toBeNull();
    await user.selectOptions(second, 'notify');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Applies to' }), 'section');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Section' }), 'Technology');
    await user.click(within(dialog).getByRole('button', { name: 'Save rule' }));
    await waitFor(() =>
      expect(client.calls).toHaveBeenCalledWith('rules.save', {
        name: 'Keep F1',
        enabled: true,
        match: 'any',
        conditions: [{ field: 'title', op: 'contains', value: 'F1', matchCase: true }],
        actions: [{ type: 'bookmark', tag: 'racing' }, { type: 'notify' }],
        scope: { section: 'Technology' },
      }),
    );
    // Nothing stored matches: no offer to apply.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
