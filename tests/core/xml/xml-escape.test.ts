import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, stripInvalidXml } from '../../../electron/core/xml/xml-escape';

describe('XML escaping', () => {
  it.each([
    ['markup characters', 'a < b && c > d', 'a &lt; b &amp;&amp; c &gt; d', 'a &lt; b &amp;&amp; c &gt; d'],
    ['an entity already written', '&amp;', '&amp;amp;', '&amp;amp;'],
    ['quotes', `say "hi" it's`, `say "hi" it's`, 'say &quot;hi&quot; it&#39;s'],
    ['tab, newline and return', 'a\tb\nc\rd', 'a\tb\nc\rd', 'a&#9;b&#10;c&#13;d'],
    ['C0 controls XML forbids', 'a\u0000b\u0008c\u000bd\u001fe', 'abcde', 'abcde'],
    ['U+FFFE and U+FFFF', 'a\ufffeb\uffffc', 'abc', 'abc'],
    ['lone surrogates', 'a\ud800b\udc00c', 'abc', 'abc'],
    ['a surrogate pair, kept', 'emoji 😀', 'emoji 😀', 'emoji 😀'],
    ['DEL and C1 controls, which XML 1.0 allows', 'a\u007fb\u0085c', 'a\u007fb\u0085c', 'a\u007fb\u0085c'],
    [
      'a hostile title breaking out',
      '"><script>alert(1)</script>',
      '"&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
      '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    ],
  ])('%s', (_label, input, text, attribute) => {
    expect(escapeXmlText(input)).toBe(text);
    expect(escapeXmlAttribute(input)).toBe(attribute);
  });

  it('drops only what XML 1.0 forbids', () => {
    expect(stripInvalidXml('ok\u0001 ok\ud83d')).toBe('ok ok');
  });
});
