import { describe, expect, it } from 'vitest';
import { declaredCharset, importHtml } from '../../../../electron/core/importers/html-importer';
import { ImportError, type ImportedDocument } from '../../../../electron/core/importers/imported-document';

const cpSlice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');
const blockTexts = (d: ImportedDocument): string[] => d.blocks.map((b) => cpSlice(d.text, b.start, b.end));
const latin1 = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('importHtml', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Judul</title>
<style>p { color: red }</style><script>document.write("jahat")</script><link rel="stylesheet" href="http://example.invalid/a.css"></head>
<body><h1>Wawancara &amp; catatan</h1>
<p>Kalimat   pertama,
   kalimat kedua.<br>Baris berikut</p>
<blockquote>Kutipan &ldquo;penting&rdquo; &#8212; &#x263A;</blockquote>
<ul><li>satu<ul><li>dua</li></ul></li><li>tiga</ul>
<table><tr><th>Nama</th><th>Umur</th></tr><tr><td><p>Ani</p><p>Rahma</p></td><td>30</td></tr></table>
<pre>  kode   di sini
  baris dua</pre>
<iframe src="http://example.invalid/">teks iframe</iframe><object data="x.swf">teks objek</object><noscript>teks noscript</noscript>
<img src="http://example.invalid/x.png" alt="gambar"><h3>Penutup</h3><div>Teks <b>tebal</b> dan <i>miring</i></div></body></html>`;

  it('blocks, kinds and levels from a page; dropped elements leave no text', () => {
    const d = importHtml(utf8(page), 'page.html');
    expect(blockTexts(d)).toEqual([
      'Wawancara & catatan',
      'Kalimat pertama, kalimat kedua.\nBaris berikut',
      'Kutipan “penting” — ☺',
      'satu',
      'dua',
      'tiga',
      'Nama | Umur',
      'Ani Rahma | 30',
      'kode   di sini\n  baris dua',
      'Penutup',
      'Teks tebal dan miring',
    ]);
    expect(d.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1], ['paragraph', undefined], ['paragraph', undefined], ['list-item', 1], ['list-item', 2], ['list-item', 1],
      ['table-row', undefined], ['table-row', undefined], ['paragraph', undefined], ['heading', 3], ['paragraph', undefined],
    ]);
    for (const gone of ['jahat', 'color', 'Judul', 'iframe', 'objek', 'noscript', 'gambar']) expect(d.text).not.toContain(gone);
    expect(d.warnings.map((w) => w.english)).toEqual(['1 image skipped (only text is imported)']);
    expect(d.encoding).toBe('UTF-8');
    expect(d.format).toBe('html');
  });

  it('reads the charset from a meta tag (http-equiv and charset forms)', () => {
    const a = importHtml(latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Caf\xe9 \x93ok\x94</p></body></html>'), 'a.htm');
    expect(a.text).toBe('Café “ok”');
    expect(a.encoding).toBe('windows-1252');
    // ISO-8859-1 is read as windows-1252, as browsers do.
    const b = importHtml(latin1('<meta charset=ISO-8859-1><p>\x93x\x94</p>'), 'b.html');
    expect(b.text).toBe('“x”');
    expect(declaredCharset(latin1('<meta charset="koi8-r">'))).toBe('koi8-r');
  });

  it('a UTF-8 BOM wins over a wrong meta charset', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1252"><p>Ελληνικά</p>')]);
    expect(importHtml(bytes, 'bom.html').text).toBe('Ελληνικά');
  });

  it('speaker turns in an HTML transcript', () => {
    const d = importHtml(utf8('<p>P: Apa kabar?</p><p>R: Baik.</p><p>P: Syukurlah.</p><p>R: Ya.</p>'), 't.html');
    expect(d.blocks.map((b) => b.speaker)).toEqual(['P', 'R', 'P', 'R']);
  });

  it('a page with no text is refused as empty', () => {
    const err = (() => {
      try {
        importHtml(utf8('<html><head><title>x</title></head><body><script>1</script></body></html>'), 'e.html');
      } catch (e) {
        return e as ImportError;
      }
      throw new Error('expected an error');
    })();
    expect(err).toBeInstanceOf(ImportError);
    expect(err.code).toBe('empty');
  });
});
