/**
 * The backend conformance suite: what every account backend must do, run
 * against each target (the Google Reader fake in every variant, the Fever
 * fake, the real FreshRSS over either API; README.md lists which target runs
 * which suite). Each case checks what a reader
 * would: the articles, sections, read and starred state on both sides.
 * The cases are in conformance-state-cases.ts and
 * conformance-structure-cases.ts; what each starts from is
 * conformance-context.ts.
 */
import { describe } from 'vitest';
import { conformanceContext } from './conformance-context';
import { stateCases } from './conformance-state-cases';
import { structureCases } from './conformance-structure-cases';
import { skipped, type ConformanceTarget } from './remote-side';

export function conformanceSuite(target: ConformanceTarget): void {
  const suite = target.unavailable === null ? describe : describe.skip;
  suite(`account backend conformance: ${target.name}${skipped(target)}`, () => {
    const context = conformanceContext(target);
    stateCases(target, context);
    structureCases(context);
  });
}
