/**
 * The backend conformance suite: what every account backend must do, run
 * against each target (the protocol fake in every variant, the real
 * FreshRSS; "More services" adds theirs). Each case checks what a reader
 * would: the articles, sections, read and starred state on both sides.
 * The cases are in conformance-state-cases.ts and
 * conformance-structure-cases.ts; what each starts from is
 * conformance-context.ts.
 */
import { describe } from 'vitest';
import { conformanceContext } from './conformance-context';
import { stateCases } from './conformance-state-cases';
import { structureCases } from './conformance-structure-cases';
import type { ConformanceTarget } from './remote-side';

export function conformanceSuite(target: ConformanceTarget): void {
  const suite = target.unavailable === null ? describe : describe.skip;
  suite(
    `account backend conformance: ${target.name}${target.unavailable ? ` (skipped: ${target.unavailable})` : ''}`,
    () => {
      const context = conformanceContext(target);
      stateCases(target, context);
      structureCases(context);
    },
  );
}
