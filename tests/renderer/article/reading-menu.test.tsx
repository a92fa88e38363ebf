import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@contract/settings-schema';
import { ReadingMenu } from '../../../renderer/src/article/ReadingMenu';

/** A toolbar, its dock and an article headline, laid out as the reading pane lays them out. */
function Pane({ onSave }: { onSave: () => void }) {
  const [dock, setDock] = useState<HTMLDivElement | null>(null);
  return (
    <main>
      <div role="toolbar" aria-label="Article">
        <ReadingMenu settings={DEFAULT_SETTINGS} onSave={onSave} dock={dock} />
      </div>
      <div data-testid="dock" ref={setDock} />
      <h1>Coastal cities draw up a plan</h1>
    </main>
  );
}

describe('the reading menu', () => {
  it('opens in the dock under the toolbar, before the headline, and stays open while used', async () => {
    const onSave = vi.fn();
    render(<Pane onSave={onSave} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Reading settings' }));
    const menu = screen.getByRole('dialog', { name: 'Reading settings' });
    // In the dock, which the page lays out above the article: the headline is pushed down, not covered.
    expect(screen.getByTestId('dock')).toContainElement(menu);
    expect(within(screen.getByRole('toolbar')).queryByRole('dialog')).toBeNull();
    expect(menu.compareDocumentPosition(screen.getByRole('heading')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Clicks inside the panel are not "outside" although it is not inside the button's wrapper.
    await user.click(within(menu).getByRole('radio', { name: 'Sans' }));
    expect(onSave).toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Reading settings' })).toBeInTheDocument();
    await user.click(screen.getByRole('heading'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes on Escape from inside the panel and gives focus back to its button', async () => {
    render(<Pane onSave={vi.fn()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Reading settings' }));
    expect(within(screen.getByRole('dialog')).getByRole('radio', { name: 'Serif' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Reading settings' })).toHaveFocus();
  });
});
