import { describe, expect, it } from 'vitest';
import { el, serializeXml, textEl, XmlCharacterError } from '../../../shared/exchange/xml-writer';

describe('xml writer', () => {
  it('escapes text and attributes and omits empty parts', () => {
    const xml = serializeXml(el('A', { name: 'a "b" <c> & d\ne', skip: undefined }, [textEl('T', 'x < y & z\r\n😀'), null, el('E')]));
    expect(xml).toBe('<?xml version="1.0" encoding="utf-8"?>\n<A name="a &quot;b&quot; &lt;c&gt; &amp; d&#10;e">\n  <T>x &lt; y &amp; z&#13;\n😀</T>\n  <E/>\n</A>\n');
  });

  it('refuses characters XML cannot carry, naming where', () => {
    expect(() => serializeXml(textEl('Note', 'bad \u0001'))).toThrow(XmlCharacterError);
    expect(() => serializeXml(textEl('Note', 'lone \uD800 surrogate'))).toThrow(/<Note> contains the character U\+D800/);
  });
});
