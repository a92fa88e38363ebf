/**
 * A small piece of view state (collapsed sections, list layout) kept in
 * localStorage: it is about this window's look, not the library, so it
 * does not belong in the settings file. Unreadable values fall back.
 */
import { useState } from 'react';

export function useStoredState<T>(
  key: string,
  fallback: T,
  isValid: (value: unknown) => value is T,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(key);
      const parsed: unknown = raw === null ? null : JSON.parse(raw);
      return isValid(parsed) ? parsed : fallback;
    } catch {
      return fallback;
    }
  });
  const set = (next: T) => {
    setValue(next);
    try {
      localStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Storage full or disabled: the choice still holds for this session.
    }
  };
  return [value, set];
}
