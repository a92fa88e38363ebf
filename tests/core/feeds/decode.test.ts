import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../electron/core/feeds/decode';
import { parseOk } from './support';

const xml = (encoding: string, body: number[]) => {
  const head = new TextEncoder().encode(
    `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>`,
  );
  const tail = new TextEncoder().encode('</title></channel></rss>');
  return new Uint8Array([...head, ...body, ...tail]);
};

describe('decodeDocument', () => {
  it.each([
    ['windows-1251', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], 'Привет'],
    ['koi8-r', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], 'Привет'],
    ['iso-8859-2', [0xa3, 0xf3, 0x64, 0xbc], 'Łódź'],
    ['iso-8859-7', [0xe1, 0xe2, 0xe3], 'αβγ'],
    ['windows-1252', [0x93, 0x68, 0x69, 0x94], '“hi”'],
    ['shift_jis', [0x93, 0xfa, 0x96, 0x7b], '日本'],
    ['euc-kr', [0xb3, 0xe2], '년'],
    ['big5', [0xa4, 0xa4, 0xa4, 0xe5], '中文'],
    ['gbk', [0xd6, 0xd0, 0xce, 0xc4], '中文'],
    ['gb2312', [0xd6, 0xd0, 0xce, 0xc4], '中文'],
  ])('reads %s from the XML declaration', (encoding, body, title) => {
    const feed = parseOk(xml(encoding, body));
    expect(feed.feed.title?.value).toBe(title);
    expect(feed.bozo).toBe(false);
  });

  it('reports gb2312 as its superset gb18030', () => {
    expect(decodeDocument(xml('gb2312', [0xd6, 0xd0])).encoding).toBe('gb18030');
  });

  it('lets the HTTP charset win over the declaration', () => {
    const doc = xml('iso-8859-1', [0xcf, 0xf0]);
    const decoded = decodeDocument(doc, 'application/rss+xml; charset="windows-1251"');
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toContain('Пр');
  });

  it('reads UTF-16 and UTF-32 from their byte-order marks, with or without a BOM', () => {
    const text = '<?xml version="1.0"?><rss><channel><title>ok ✓</title></channel></rss>';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(parseOk(le).feed.title?.value).toBe('ok ✓');
    expect(parseOk(le).encoding).toBe('utf-16le');
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(parseOk(new Uint8Array(be)).encoding).toBe('utf-16be');
    const utf32 = new Uint8Array(text.length * 4);
    [...text].forEach((ch, i) => new DataView(utf32.buffer).setUint32(i * 4, ch.codePointAt(0)!, true));
    expect(parseOk(utf32.subarray(0, [...text].length * 4)).feed.title?.value).toBe('ok ✓');
  });

  it('strips a UTF-8 byte-order mark', () => {
    const doc = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<rss><channel><title>x</title></channel></rss>'),
    ]);
    expect(parseOk(doc).feed.title?.value).toBe('x');
  });

  it('follows RFC 3023 for text/xml (us-ascii) and flags the override when the bytes disagree', () => {
    const doc = new TextEncoder().encode(
      '<?xml version="1.0" encoding="utf-8"?><rss><channel><title>café</title></channel></rss>',
    );
    const feed = parseOk(doc, { contentType: 'text/xml' });
    expect(feed.feed.title?.value).toBe('café');
    expect(feed.encoding).toBe('utf-8');
    expect(feed.bozo).toBe(true);
    expect(feed.warnings.join()).toMatch(/not valid us-ascii/);
  });

  it('falls back to windows-1252 for invalid UTF-8 instead of failing', () => {
    const feed = parseOk(xml('utf-8', [0x93, 0x41, 0x94]));
    expect(feed.feed.title?.value).toBe('“A”');
    expect(feed.bozo).toBe(true);
  });

  it('survives an unknown charset label', () => {
    const feed = parseOk(xml('x-no-such-charset', [0x41]));
    expect(feed.feed.title?.value).toBe('A');
    expect(feed.encoding).toBe('utf-8');
  });

  it('flags a feed served as text/plain or text/html', () => {
    expect(parseOk(xml('utf-8', [0x41]), { contentType: 'text/plain; charset=utf-8' }).bozo).toBe(true);
  });
});
