import type { Theme } from '../theme/use-theme-setting';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Match system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'sepia', label: 'Sepia' },
];

export function ThemePicker({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  return (
    <label className="theme-picker">
      <span className="theme-picker__label">Theme</span>
      <select
        className="theme-picker__select"
        value={theme}
        onChange={(event) => onChange(event.currentTarget.value as Theme)}
      >
        {THEMES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
