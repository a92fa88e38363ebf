/**
 * The sidebar's navigation landmark, whose rows the arrow keys move between.
 * Each row's button registers itself as it mounts, so the keys reach exactly
 * the rows shown (not the feeds of a folded section), with no lookup by class.
 */
import { createContext, useCallback, useContext, useRef, type ReactNode } from 'react';
import { inDocumentOrder, moveFocusWithArrows } from './move-focus';

type RegisterRow = (row: HTMLElement) => () => void;

const RowRegistry = createContext<RegisterRow | null>(null);

export function RowNavigation({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  const rows = useRef(new Set<HTMLElement>());
  const register = useCallback<RegisterRow>((row) => {
    rows.current.add(row);
    return () => rows.current.delete(row);
  }, []);
  return (
    <nav
      className={className}
      aria-label={label}
      onKeyDown={(event) => moveFocusWithArrows(event, inDocumentOrder(rows.current))}
    >
      <RowRegistry value={register}>{children}</RowRegistry>
    </nav>
  );
}

/** How a row joins the arrow keys' order; null outside a <RowNavigation>. */
export function useRowRegistration(): RegisterRow | null {
  return useContext(RowRegistry);
}
