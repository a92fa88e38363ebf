/** The "⋯" button of a sidebar row, and the row's menu while it is open. */
import { Icon } from '../Icon';
import { ContextMenu, type MenuItem } from './ContextMenu';
import type { useContextMenu } from './use-context-menu';

export function RowMenu({
  name,
  items,
  menu,
}: {
  name: string;
  items: readonly MenuItem[];
  menu: ReturnType<typeof useContextMenu>;
}) {
  return (
    <>
      <button
        type="button"
        className="icon-button sidebar-row__more"
        // The name leaves out the row's own, so a search for the row by name finds the row alone.
        aria-label="More actions"
        title={`More actions for ${name}`}
        aria-haspopup="menu"
        aria-expanded={menu.anchor !== null}
        tabIndex={-1}
        onClick={menu.onButtonClick}
      >
        <Icon name="more" />
      </button>
      {menu.anchor && <ContextMenu label={`Actions for ${name}`} items={items} at={menu.anchor} onClose={menu.close} />}
    </>
  );
}
