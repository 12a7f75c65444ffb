import { describe, expect, it } from 'vitest';
import { cleanCueText } from '../../../../electron/core/importers/cue-text';

describe('cleanCueText', () => {
  it('removes tags and inline timestamps, joins lines with one space', () => {
    expect(cleanCueText(["That's <00:00:21.000><c.colorE5E5E5>amore</c>"])).toEqual({ text: "That's amore" });
    expect(cleanCueText(['  - Det smakar som te.  ', '', ' </c>', '<b>ok</b>'])).toEqual({ text: '- Det smakar som te. ok' });
    expect(cleanCueText(['<ruby>漢<rt>kan</rt></ruby>字'])).toEqual({ text: '漢kan字' });
  });

  it('takes the first voice as speaker and writes later different voices inline', () => {
    expect(cleanCueText(['<v Roger Bingham>We are in New York City'])).toEqual({ text: 'We are in New York City', voice: 'Roger Bingham' });
    expect(cleanCueText(['<v.first.loud Esme>It’s a blue apple tree!</v>', '<v Mary>No way!</v>', '<v Esme>Yes.</v>'])).toEqual({
      text: 'It’s a blue apple tree! Mary: No way! Yes.',
      voice: 'Esme',
    });
  });

  it('decodes character references and leaves unknown ones as written', () => {
    expect(cleanCueText(['a &amp; b &lt;3 &#233;t&#xE9; &nbsp;x &bogus; &#xD800;'])).toEqual({
      text: 'a & b <3 été \u00A0x &bogus; &#xD800;',
    });
  });
});
