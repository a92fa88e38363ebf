import { describe, expect, test } from 'vitest';
import { sniffImageType } from '../../../electron/core/images/image-type';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('sniffImageType', () => {
  test.each([
    ['png', bytes([0x89], 'PNG\r\n\x1a\n', 'rest'), 'image/png'],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['gif89a', bytes('GIF89a....'), 'image/gif'],
    ['gif87a', bytes('GIF87a'), 'image/gif'],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    ['avif major brand', bytes([0, 0, 0, 20], 'ftypavif', [0, 0, 0, 0], 'mif1'), 'image/avif'],
    ['avif compatible brand', bytes([0, 0, 0, 24], 'ftypmif1', [0, 0, 0, 0], 'miafavif'), 'image/avif'],
    ['heic is not avif', bytes([0, 0, 0, 20], 'ftypheic', [0, 0, 0, 0], 'mif1'), null],
    ['svg refused', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), null],
    ['xml-declared svg refused', bytes('<?xml version="1.0"?><svg/>'), null],
    ['html refused', bytes('<!doctype html><html>'), null],
    ['riff but not webp (wav)', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '), null],
    ['empty', bytes(), null],
    ['truncated png', bytes([0x89], 'PN'), null],
    ['bogus ftyp size', bytes([0, 0, 0, 4], 'ftypavif'), null],
  ])('%s', (_name, input, expected) => {
    expect(sniffImageType(input)).toBe(expected);
  });
});
