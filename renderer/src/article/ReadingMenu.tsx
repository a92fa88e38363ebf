/**
 * The "Aa" button and its panel: font, size, spacing, width and theme,
 * applied as they change and saved to the settings. A non-modal dialog:
 * focus moves in when it opens; Escape, the button again or a click outside
 * closes it, and Escape returns focus to the button.
 *
 * The panel opens in the toolbar's dock, below the toolbar and aligned to the
 * button's edge, and takes its own room there: the article moves down rather
 * than having its headline covered while the reader tries a font on it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Settings, SettingsPatch } from '@contract/settings-schema';
import { ReadingControls } from '../settings/ReadingControls';

export function ReadingMenu({
  settings,
  onSave,
  dock,
}: {
  settings: Settings;
  onSave: (patch: SettingsPatch, field: string) => void;
  /** Where the panel opens (below the toolbar); without one it opens beside the button. */
  dock: HTMLElement | null;
}) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const chosenFontRef = useRef<HTMLInputElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    chosenFontRef.current?.focus();
    const onPointer = (event: MouseEvent) => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (!rootRef.current?.contains(target) && !panelRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const panel = (
    <div className="reading-menu__panel" id={panelId} role="dialog" aria-label="Reading settings" ref={panelRef}>
      <ReadingControls settings={settings} onSave={onSave} withTheme chosenFontRef={chosenFontRef} />
    </div>
  );

  return (
    <div
      className="reading-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="tool-button reading-menu__button"
        aria-label="Reading settings"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        title="Reading settings"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">
          <span className="reading-menu__small-a">A</span>a
        </span>
      </button>
      {open && (dock ? createPortal(panel, dock) : panel)}
    </div>
  );
}
