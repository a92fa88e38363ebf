/**
 * The "Aa" button and its popover: font, size, spacing, width and theme,
 * applied as they change and saved to the settings. A non-modal dialog:
 * focus moves in when it opens; Escape, the button again or a click outside
 * closes it, and Escape returns focus to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Settings, SettingsPatch } from '@contract/settings-schema';
import { ReadingControls } from '../settings/ReadingControls';

export function ReadingMenu({
  settings,
  onSave,
}: {
  settings: Settings;
  onSave: (patch: SettingsPatch, field: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const chosenFontRef = useRef<HTMLInputElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    chosenFontRef.current?.focus();
    const onPointer = (event: MouseEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

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
      {open && (
        <div className="reading-menu__panel" id={panelId} role="dialog" aria-label="Reading settings">
          <ReadingControls settings={settings} onSave={onSave} withTheme chosenFontRef={chosenFontRef} />
        </div>
      )}
    </div>
  );
}
