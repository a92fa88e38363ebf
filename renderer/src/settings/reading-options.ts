/**
 * The choices the reading controls offer, with their bounds read from the
 * settings schema so the controls can never offer a value it refuses.
 */
import { ReadingSettingsSchema, type Settings } from '@contract/settings-schema';

export const THEME_OPTIONS: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'sepia', label: 'Sepia' },
];

export const FONT_OPTIONS: { value: Settings['reading']['font']; label: string }[] = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans' },
];

type NumericReading = 'fontSize' | 'lineHeight' | 'columnWidth';

export interface StepperSpec {
  key: NumericReading;
  label: string;
  lessLabel: string;
  moreLabel: string;
  step: number;
  min: number;
  max: number;
  format: (value: number) => string;
}

const bounds = (key: NumericReading) => {
  const schema = ReadingSettingsSchema.shape[key];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
};

export const STEPPERS: StepperSpec[] = [
  {
    key: 'fontSize',
    label: 'Text size',
    lessLabel: 'Smaller text',
    moreLabel: 'Larger text',
    step: 1,
    ...bounds('fontSize'),
    format: (v) => `${v} px`,
  },
  {
    key: 'lineHeight',
    label: 'Line spacing',
    lessLabel: 'Tighter lines',
    moreLabel: 'Looser lines',
    step: 0.1,
    ...bounds('lineHeight'),
    format: (v) => v.toFixed(1),
  },
  {
    key: 'columnWidth',
    label: 'Column width',
    lessLabel: 'Narrower column',
    moreLabel: 'Wider column',
    step: 40,
    ...bounds('columnWidth'),
    format: (v) => `${v} px`,
  },
];

/** One step up or down, kept inside the bounds and free of floating-point dust (1.2000000002). */
export function stepValue(spec: StepperSpec, value: number, direction: 1 | -1): number {
  const next = Math.round((value + direction * spec.step) * 10) / 10;
  return Math.min(spec.max, Math.max(spec.min, next));
}
