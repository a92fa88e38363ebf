/**
 * Rules behind the fake client: a list the rules.* methods change as the core would (new rules run last, reorder
 * takes every id), a preview answer the test chooses, and what apply, undo and unhide were asked. Plus opening
 * Settings → Rules in the whole app.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Rule, RuleInput, RulePreview } from '@contract/rule-model';
import type { FakeHandlers } from './fake-client';
import { libraryHandlers } from './library-handlers';
import { renderApp } from './render-app';

export function rule(id: string, overrides: Partial<Rule> = {}): Rule {
  return {
    id,
    name: `Rule ${id}`,
    enabled: true,
    match: 'all',
    conditions: [{ field: 'title', op: 'contains', value: 'Brexit' }],
    actions: [{ type: 'hide' }],
    position: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export interface RulesBackend {
  rules: Rule[];
  handlers: FakeHandlers;
}

/** `preview` answers rules.preview (a function may throw, as the core does for a pattern it refuses). */
export function rulesBackend(
  initial: Rule[] = [],
  preview: (input: RuleInput) => RulePreview = () => ({ matches: 0, recent: [] }),
): RulesBackend {
  const backend: RulesBackend = { rules: initial.map((each, position) => ({ ...each, position })), handlers: {} };
  const stored = (input: RuleInput, id: string, position: number): Rule => ({
    ...rule(id),
    ...input,
    enabled: input.enabled ?? true,
    position,
  });
  let next = 100;
  backend.handlers = {
    'rules.list': () => backend.rules,
    'rules.save': (input, id) => {
      if (id) {
        backend.rules = backend.rules.map((each) => (each.id === id ? stored(input, id, each.position) : each));
        return backend.rules.find((each) => each.id === id)!;
      }
      const added = stored(input, `r${next++}`, backend.rules.length);
      backend.rules = [...backend.rules, added];
      return added;
    },
    'rules.remove': (id) => {
      backend.rules = backend.rules.filter((each) => each.id !== id);
      return null;
    },
    'rules.reorder': (ids) => {
      backend.rules = ids.map((id, position) => ({ ...backend.rules.find((each) => each.id === id)!, position }));
      return backend.rules;
    },
    'rules.preview': (input) => preview(input),
    'rules.apply': () => ({ changed: 132 }),
    'rules.undoApply': () => ({ restored: 132 }),
    'rules.unhide': (ids) => ({ changed: ids.length }),
    'rules.exportText': () => JSON.stringify({ rules: backend.rules }),
    'rules.importText': () => ({ added: 2 }),
  };
  return backend;
}

/** Renders the app, opens Settings and returns the Rules group once it has loaded. */
export async function openRules(backend: RulesBackend, overrides: FakeHandlers = {}) {
  const rendered = renderApp({ ...libraryHandlers(), ...backend.handlers, ...overrides });
  await screen.findByRole('region', { name: 'Front page' });
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  const settings = await screen.findByRole('main', { name: 'Settings' });
  const group = within(settings).getByRole('region', { name: 'Rules' });
  await within(group).findByRole('button', { name: 'New rule…' });
  if (backend.rules.length > 0) await within(group).findByRole('list', { name: 'Rules' });
  return { ...rendered, user, group };
}
