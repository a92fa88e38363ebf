import { useCallback, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

export interface MenuAnchor {
  x: number;
  y: number;
}

/**
 * Opening a context menu three ways: right-click (at the pointer), a "⋯"
 * button, or Shift+F10 / the ContextMenu key (below the focused row). Focus
 * goes back to whatever opened it when the menu closes.
 */
export function useContextMenu() {
  const [anchor, setAnchor] = useState<MenuAnchor | null>(null);
  /** The row the menu belongs to: focus returns there, whichever part of the row opened the menu. */
  const rowRef = useRef<HTMLElement | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const openAt = (element: HTMLElement, at: MenuAnchor) => {
    opener.current = rowRef.current ?? element;
    setAnchor(at);
  };

  const onContextMenu = (event: MouseEvent<HTMLElement>) => {
    event.preventDefault();
    openAt(event.currentTarget, { x: event.clientX, y: event.clientY });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu')) return false;
    event.preventDefault();
    const rect = event.currentTarget.getBoundingClientRect();
    openAt(event.currentTarget, { x: rect.left + 16, y: rect.bottom });
    return true;
  };

  const onButtonClick = (event: MouseEvent<HTMLElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    openAt(event.currentTarget, { x: rect.left, y: rect.bottom + 2 });
  };

  const close = useCallback((restoreFocus: boolean) => {
    setAnchor(null);
    if (restoreFocus) opener.current?.focus();
  }, []);

  return { anchor, rowRef, onContextMenu, onKeyDown, onButtonClick, close };
}
