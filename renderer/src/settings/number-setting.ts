/** A whole-number setting's bounds, read from its schema so the view never disagrees with it. */
import type { z } from 'zod';

export interface Bounds {
  min: number;
  max: number;
}

export function boundsOf(schema: z.ZodNumber): Bounds {
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** The typed text as a valid whole number, or the message to show under the field. */
export function parseWholeNumber(text: string, { min, max }: Bounds): { value: number } | { error: string } {
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    return { error: `Enter a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.` };
  }
  return { value };
}
