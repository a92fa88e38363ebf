import { useId, type RefObject } from 'react';
import type { Settings, SettingsPatch } from '@contract/settings-schema';
import { FONT_OPTIONS, STEPPERS, THEME_OPTIONS, stepValue, type StepperSpec } from './reading-options';
import './reading-controls.css';

interface ReadingControlsProps {
  settings: Settings;
  onSave: (patch: SettingsPatch, field: string) => void;
  /** The theme is part of the article's "Aa" menu; the settings view shows it in its own group. */
  withTheme?: boolean;
  /** Given the chosen font's radio, which takes the focus when the controls open in a popover. */
  chosenFontRef?: RefObject<HTMLInputElement | null>;
}

/**
 * Font, text size, line spacing, column width (and theme): the same controls
 * in the article's "Aa" menu and in Settings. Radios and buttons, so every
 * one works from the keyboard with its usual keys.
 */
export function ReadingControls({ settings, onSave, withTheme = false, chosenFontRef }: ReadingControlsProps) {
  const name = useId();
  return (
    <div className="reading-controls">
      <fieldset className="reading-controls__row">
        <legend className="reading-controls__label">Font</legend>
        <div className="choice-group">
          {FONT_OPTIONS.map((option) => (
            <label key={option.value} className={`choice choice--${option.value}`}>
              <input
                type="radio"
                name={`${name}-font`}
                value={option.value}
                checked={settings.reading.font === option.value}
                ref={settings.reading.font === option.value ? chosenFontRef : undefined}
                onChange={() => onSave({ reading: { font: option.value } }, 'reading.font')}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {STEPPERS.map((spec) => (
        <Stepper
          key={spec.key}
          spec={spec}
          value={settings.reading[spec.key]}
          onChange={(value) => onSave({ reading: { [spec.key]: value } }, `reading.${spec.key}`)}
        />
      ))}
      {withTheme && <ThemeChoice theme={settings.theme} onChange={(theme) => onSave({ theme }, 'theme')} />}
    </div>
  );
}

function Stepper({ spec, value, onChange }: { spec: StepperSpec; value: number; onChange: (value: number) => void }) {
  const labelId = useId();
  return (
    <div className="reading-controls__row" role="group" aria-labelledby={labelId}>
      <span className="reading-controls__label" id={labelId}>
        {spec.label}
      </span>
      <div className="stepper">
        <button
          type="button"
          className="stepper__button"
          aria-label={spec.lessLabel}
          disabled={value <= spec.min}
          onClick={() => onChange(stepValue(spec, value, -1))}
        >
          −
        </button>
        <output className="stepper__value" aria-live="polite">
          {spec.format(value)}
        </output>
        <button
          type="button"
          className="stepper__button"
          aria-label={spec.moreLabel}
          disabled={value >= spec.max}
          onClick={() => onChange(stepValue(spec, value, 1))}
        >
          +
        </button>
      </div>
    </div>
  );
}

export function ThemeChoice({
  theme,
  onChange,
}: {
  theme: Settings['theme'];
  onChange: (theme: Settings['theme']) => void;
}) {
  const name = useId();
  return (
    <fieldset className="reading-controls__row reading-controls__row--themes">
      <legend className="reading-controls__label">Theme</legend>
      <div className="theme-choices">
        {THEME_OPTIONS.map((option) => (
          <label key={option.value} className="theme-choice">
            <input
              type="radio"
              name={`${name}-theme`}
              value={option.value}
              checked={theme === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className={`theme-choice__swatch theme-choice__swatch--${option.value}`} aria-hidden="true" />
            <span className="theme-choice__label">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
