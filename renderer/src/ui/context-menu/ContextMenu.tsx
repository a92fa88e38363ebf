import { useEffect, useEffectEvent, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import './context-menu.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** Destructive actions are set apart in colour. */
  danger?: boolean;
  disabled?: boolean;
  /** Why a disabled item cannot be chosen; each different reason is written once under the items. */
  reason?: string;
  /** A separator is drawn before this item. */
  separated?: boolean;
}

/** An item's `disabled` and `reason` for a reason that may be null (then the item is available). */
export function unavailable(reason: string | null): Pick<MenuItem, 'disabled' | 'reason'> {
  return reason ? { disabled: true, reason } : {};
}

interface ContextMenuProps {
  label: string;
  items: readonly MenuItem[];
  /** Where the menu opens, in viewport pixels (the pointer, or the element it belongs to). */
  at: { x: number; y: number };
  /** Closes the menu; `restoreFocus` is false when an item opened something that takes focus itself. */
  onClose: (restoreFocus: boolean) => void;
}

/**
 * A real ARIA menu: focus moves to the first item, arrows, Home and End move
 * between items, Enter or Space chooses, Escape and Tab close (the caller
 * returns focus to what opened it), and a click outside closes it too. Why
 * some items are unavailable is written under them (and is the menu's
 * description), once per reason.
 */
export function ContextMenu({ label, items, at, onClose }: ContextMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  const reasonsId = useId();
  const reasons = [...new Set(items.flatMap((item) => (item.disabled && item.reason ? [item.reason] : [])))];
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  // The items the keys move between: disabled ones are read out but skipped.
  const enabled = (): HTMLButtonElement[] =>
    items.flatMap((item, index) => {
      const button = itemRefs.current[index];
      return item.disabled || !button ? [] : [button];
    });
  const focusFirst = useEffectEvent(() => enabled()[0]?.focus());
  const [position, setPosition] = useState(at);

  // Keep the menu inside the window: open up or to the left near an edge.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPosition({
      x: Math.max(4, Math.min(at.x, window.innerWidth - width - 4)),
      y: Math.max(4, at.y + height > window.innerHeight - 4 ? at.y - height : at.y),
    });
  }, [at]);

  useEffect(() => {
    focusFirst();
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = enabled();
    const index = entries.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (next: number) => entries[(next + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(entries.length - 1);
    else if (event.key === 'Escape') onClose(true);
    else if (event.key === 'Tab') onClose(true);
    else if (event.key.length === 1 && event.key !== ' ') focusByLetter(entries, index, event.key);
    // Other keys stay in the menu too: they must not reach the reader's single-key shortcuts.
    event.stopPropagation();
    if (['ArrowDown', 'ArrowUp', 'Home', 'End', 'Escape', 'Tab'].includes(event.key)) event.preventDefault();
  };

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    onClose(true);
    item.onSelect();
  };

  return createPortal(
    <div
      ref={menuRef}
      className="context-menu"
      style={{ left: position.x, top: position.y }}
      onContextMenu={(event) => {
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      <ul
        className="context-menu__items"
        role="menu"
        aria-label={label}
        aria-describedby={reasons.length > 0 ? reasonsId : undefined}
        onKeyDown={onKeyDown}
      >
        {items.map((item, index) => (
          <li key={item.label} role="none" className={item.separated ? 'context-menu__group' : undefined}>
            <button
              type="button"
              role="menuitem"
              ref={(button) => {
                itemRefs.current[index] = button;
              }}
              tabIndex={-1}
              className={item.danger ? 'context-menu__item context-menu__item--danger' : 'context-menu__item'}
              aria-disabled={item.disabled || undefined}
              title={item.disabled ? item.reason : undefined}
              onClick={() => choose(item)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      {reasons.length > 0 && (
        <div className="context-menu__reasons" id={reasonsId}>
          {reasons.map((reason) => (
            <p key={reason}>{reason}</p>
          ))}
        </div>
      )}
    </div>,
    document.body,
  );
}

/** Typing a letter moves to the next item starting with it, as in native menus. */
function focusByLetter(entries: HTMLElement[], index: number, letter: string): void {
  const lower = letter.toLowerCase();
  const order = [...entries.slice(index + 1), ...entries.slice(0, index + 1)];
  order.find((entry) => entry.textContent?.trim().toLowerCase().startsWith(lower))?.focus();
}
