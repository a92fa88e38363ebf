import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ITEM_ID_PREFIX,
  longItemIdFromBigInt,
  toLongItemId,
  toShortItemId,
} from '../../../electron/core/greader/item-id';

const long = (hex: string) => ITEM_ID_PREFIX + hex;

describe('toLongItemId, numeric servers', () => {
  // The three rows of Google's own table (mihaip/google-reader-api wiki, ItemId) and Inoreader's article-ids page.
  it.each([
    ['6705009029382226760', long('5d0cfa30041d4348')],
    ['162170919393841362', long('024025978b5e50d2')],
    ['-355401917359550817', long('fb115bd6d34a8e9f')],
    ['344691561', long('00000000148b9369')],
    ['344668222', long('00000000148b383e')],
  ])('reads the decimal short form %s', (short, expected) => {
    expect(toLongItemId(short, 'number')).toBe(expected);
  });

  it('reads FreshRSS ids, which are crawl times in microseconds', () => {
    expect(toLongItemId('1796651912304567', 'number')).toBe(long('0006620b9f0497b7'));
  });

  it.each([
    ['0', long('0000000000000000')],
    ['1', long('0000000000000001')],
    ['-1', long('ffffffffffffffff')],
    ['9223372036854775807', long('7fffffffffffffff')],
    ['-9223372036854775808', long('8000000000000000')],
    ['18446744073709551615', long('ffffffffffffffff')],
    ['007', long('0000000000000007')],
  ])('handles the 64-bit edge %s', (short, expected) => {
    expect(toLongItemId(short, 'number')).toBe(expected);
  });

  it.each(['18446744073709551616', '-9223372036854775809', '123456789012345678901'])(
    'refuses %s, which does not fit in 64 bits',
    (short) => {
      expect(toLongItemId(short, 'number')).toBeNull();
    },
  );

  it.each([
    [long('00000000148b9369'), long('00000000148b9369')],
    [long('00000000148B9369'), long('00000000148b9369')],
    [long('2f2'), long('00000000000002f2')],
    ['000000000000048c', long('000000000000048c')],
    ['000000000000048C', long('000000000000048c')],
  ])('normalises %s (long forms, NetNewsWire’s unpadded and Reeder’s bare hex)', (input, expected) => {
    expect(toLongItemId(input, 'number')).toBe(expected);
  });

  it('reads 16 digits with no letter as a decimal, the way FreshRSS writes them', () => {
    expect(toLongItemId('1000000000000000', 'number')).toBe(long('00038d7ea4c68000'));
  });

  it.each(['', ' ', '12 34', 'abc', '0x1f', '1.5', '1e3', 'tag:google.com,2005:reader/item/', '12\n', '\u00a0'])(
    'refuses %j',
    (input) => {
      expect(toLongItemId(input, 'number')).toBeNull();
    },
  );

  it('refuses an absurdly long id', () => {
    expect(toLongItemId('a'.repeat(200), 'opaque')).toBeNull();
  });

  it('round-trips every 64-bit value through both forms', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), (value) => {
        const longId = toLongItemId(value.toString(), 'number');
        expect(longId).toMatch(/^tag:google\.com,2005:reader\/item\/[0-9a-f]{16}$/);
        expect(toShortItemId(longId!)).toBe(value.toString());
        expect(toLongItemId(longId!, 'number')).toBe(longId);
      }),
    );
  });
});

describe('toLongItemId, The Old Reader', () => {
  it('keeps an ObjectId as it is, behind the prefix', () => {
    expect(toLongItemId('5c3f2d0e9e1f6a0012345678', 'opaque')).toBe(long('5c3f2d0e9e1f6a0012345678'));
    expect(toLongItemId(long('5c3f2d0e9e1f6a0012345678'), 'opaque')).toBe(long('5c3f2d0e9e1f6a0012345678'));
  });

  it('does not read a short opaque id as a number', () => {
    expect(toLongItemId('12345', 'opaque')).toBe(long('12345'));
  });

  it('never turns a long ObjectId into a 64-bit number', () => {
    expect(toShortItemId(long('5c3f2d0e9e1f6a0012345678'))).toBeNull();
  });
});

describe('longItemIdFromBigInt', () => {
  it('pads to 16 digits and refuses what does not fit', () => {
    expect(longItemIdFromBigInt(255n)).toBe(long('00000000000000ff'));
    expect(longItemIdFromBigInt(1n << 64n)).toBeNull();
    expect(longItemIdFromBigInt(-(1n << 63n) - 1n)).toBeNull();
  });
});
