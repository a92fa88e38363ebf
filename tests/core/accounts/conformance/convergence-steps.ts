/**
 * Random interleavings for the convergence property: local changes (read and unread by id, bookmarks, a section
 * or everything marked read), changes on another device (read, star, new items), syncs (some with a local change
 * made while they run) and the server going away and coming back. Plain data, so fast-check prints a failing run
 * as a readable list and shrinks it to the fewest steps. Every target can take every step: none changes
 * subscriptions or folders (what a target may lack), and marking a section or everything read goes as the server's
 * own call or as item ids as the account's `markAllOnServer` says (the model reads it; Fever sends ids).
 */
import fc from 'fast-check';
import type { LocalStep, Step } from './convergence-model';

// Mostly the first few items, so changes on both sides meet on the same item often.
const itemIndex = fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 3 }) }, { weight: 1, arbitrary: fc.nat({ max: 63 }) });
const itemIndexes = fc.uniqueArray(itemIndex, { minLength: 1, maxLength: 3 });

const localStep: fc.Arbitrary<LocalStep> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ do: fc.constant('read' as const), items: itemIndexes, read: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ do: fc.constant('bookmark' as const), item: itemIndex }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('readSection' as const), section: fc.nat({ max: 1 }) }) },
  { weight: 1, arbitrary: fc.constant({ do: 'readAll' as const }) },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: localStep },
  {
    weight: 3,
    arbitrary: fc.record({ do: fc.constant('remoteRead' as const), items: itemIndexes, read: fc.boolean() }),
  },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('remoteStar' as const), items: itemIndexes, on: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constant('remoteAdd' as const),
      feed: fc.nat({ max: 2 }),
      count: fc.integer({ min: 1, max: 2 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      do: fc.constant('sync' as const),
      during: fc.oneof(
        { weight: 2, arbitrary: fc.constant(null) },
        {
          weight: 1,
          // Mostly as the push goes out, else somewhere in the pull (a Google Reader sync makes about 6 to 10 requests,
          // a Fever one about 5 plus one per item changed here).
          arbitrary: fc.record({
            change: localStep,
            at: fc.oneof(
              { weight: 1, arbitrary: fc.constant(1) },
              { weight: 1, arbitrary: fc.integer({ min: 2, max: 10 }) },
            ),
          }),
        },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ do: 'down' as const }) },
  { weight: 2, arbitrary: fc.constant({ do: 'up' as const }) },
);

export const stepsArbitrary: fc.Arbitrary<Step[]> = fc.array(step, { minLength: 1, maxLength: 30, size: 'max' });
