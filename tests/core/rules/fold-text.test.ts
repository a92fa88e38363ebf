import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../electron/core/library/search/fold';
import { foldText } from '../../../electron/core/rules/fold-text';

describe('foldText', () => {
  it('folds as search folds, for any text', () => {
    const pieces = fc.constantFrom(
      'Séoul ',
      'ÉCOLE ',
      'naïve ',
      'e\u0301',
      '지진 ',
      'Ελλάδα ',
      'İstanbul ',
      '😀',
      'ß',
      'x'.repeat(70),
      'Ǆ ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(foldText(text)).toBe(fold(text));
      }),
      { numRuns: 300, seed: 18 },
    );
  });
});
