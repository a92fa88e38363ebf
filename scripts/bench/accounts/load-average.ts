/**
 * The machine's load average as the kernel writes it in /proc/loadavg ("0.52 0.61 0.70 2/180 3065"): the
 * benchmark runs on a shared machine, so its figures are printed beside how busy the machine was.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface LoadAverage {
  one: number;
  five: number;
  fifteen: number;
}

/** The three averages, or null when the text is not /proc/loadavg's. */
export function parseLoadAverage(text: string): LoadAverage | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)(?:\s|$)/.exec(text);
  if (!match) return null;
  return { one: Number(match[1]), five: Number(match[2]), fifteen: Number(match[3]) };
}

/** /proc/loadavg, or Node's reading of the same where there is no /proc. */
export function readLoadAverage(): LoadAverage {
  try {
    const parsed = parseLoadAverage(readFileSync('/proc/loadavg', 'utf8'));
    if (parsed) return parsed;
  } catch {
    // No /proc (macOS): fall through.
  }
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return { one, five, fifteen };
}
